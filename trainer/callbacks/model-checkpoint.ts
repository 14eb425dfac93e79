// Keras 3's ModelCheckpoint for TF.js: saves the model (or its weights) to a directory whose path is a Keras
// file-path template (`ckpt/{epoch:02d}-{val_loss:.2f}`, formatted before deciding whether to save, as Keras
// does) every epoch or every `saveFreq` batches; with `saveBestOnly` only when `monitor` improves on the best
// so far (which starts at `initialValueThreshold`), using the shared direction rule. A monitor missing from
// the logs warns once and saves anyway, as Keras does. A failed write is reported and training continues.
import { KerasCallback, type KerasCallbackOptions } from './keras-callback.ts';
import { isImprovement, monitorDirection, type MonitorMode } from './metric-direction.ts';
import { formatFilepath } from './filepath-template.ts';
import { saveModelToDir } from './model-files.ts';
import type { MetricLogs } from './resolved-logs.ts';

export {
  saveModelToDir,
  loadModelFromDir,
  loadWeightsFromDir,
  type SaveModelOptions,
} from './model-files.ts';

export interface ModelCheckpointOptions extends KerasCallbackOptions {
  /** Default 'val_loss'. */
  monitor?: string;
  /** 1: print Keras's lines ("Epoch 3: val_loss improved from ..."). Default 0. */
  verbose?: 0 | 1;
  saveBestOnly?: boolean;
  /** weights.json + weights.bin instead of model.json + weights.bin (no topology, no optimizer). */
  saveWeightsOnly?: boolean;
  mode?: MonitorMode;
  /** 'epoch' (default) or save every N batches. */
  saveFreq?: 'epoch' | number;
  /** The initial best value for saveBestOnly. */
  initialValueThreshold?: number;
  /** Save the optimizer state and training config with the model (default true). */
  includeOptimizer?: boolean;
  /** Where verbose lines go; default stdout. */
  log?: (line: string) => void;
  /** After each save; `epoch` and `batch` are 0-based. */
  onSaved?: (info: { epoch: number; batch?: number; dir: string; value?: number }) => void;
  onError?: (err: Error) => void;
}

export class ModelCheckpointCallback extends KerasCallback {
  readonly monitor: string;
  private readonly direction: 'min' | 'max';
  private best: number | undefined;
  private currentEpoch = 0;
  private batchesSinceSave = 0;
  private lastBatch: number | undefined;
  private readonly saveFreq: 'epoch' | number;

  constructor(
    /** The directory, or a Keras template for it. */
    readonly dir: string,
    private readonly opts: ModelCheckpointOptions = {},
  ) {
    super(opts);
    if (typeof dir !== 'string' || dir === '')
      throw new TypeError(`modelCheckpoint: the first argument must be a directory path, got ${String(dir)}`);
    this.monitor = opts.monitor ?? 'val_loss';
    this.direction = monitorDirection('modelCheckpoint', this.monitor, opts.mode);
    this.best = opts.initialValueThreshold;
    this.saveFreq = opts.saveFreq ?? 'epoch';
    if (this.saveFreq !== 'epoch' && !(Number.isInteger(this.saveFreq) && this.saveFreq > 0))
      throw new RangeError(
        `modelCheckpoint: saveFreq must be 'epoch' or an integer > 0, got ${String(opts.saveFreq)}`,
      );
  }

  private log(line: string): void {
    if (this.opts.verbose) (this.opts.log ?? ((l: string) => process.stdout.write(`${l}\n`)))(line);
  }

  override epochBegin(epoch: number): void {
    this.currentEpoch = epoch;
  }

  override async epochEnd(epoch: number, logs: MetricLogs): Promise<void> {
    if (this.saveFreq === 'epoch') await this.save(epoch, undefined, logs);
  }

  protected override wantsBatches(): boolean {
    return this.saveFreq !== 'epoch';
  }

  override async batchEnd(batch: number, logs: MetricLogs): Promise<void> {
    if (this.saveFreq === 'epoch') return;
    this.batchesSinceSave +=
      this.lastBatch === undefined || batch <= this.lastBatch ? batch + 1 : batch - this.lastBatch;
    this.lastBatch = batch;
    if (this.batchesSinceSave < this.saveFreq) return;
    this.batchesSinceSave = 0;
    const { batch: _b, size: _s, ...metrics } = logs;
    await this.save(this.currentEpoch, batch, metrics);
  }

  /** The directory a save at (epoch, batch) goes to: the template formatted with 1-based epoch and batch. */
  pathFor(epoch: number, batch: number | undefined, logs: MetricLogs): string {
    return formatFilepath(this.dir, {
      ints: { epoch: epoch + 1, ...(batch !== undefined ? { batch: batch + 1 } : {}) },
      floats: logs,
    });
  }

  private shouldSave(epoch: number, logs: MetricLogs, path: string): boolean {
    if (!this.opts.saveBestOnly) {
      this.log(`Epoch ${epoch + 1}: saving model to ${path}`);
      return true;
    }
    const current = logs[this.monitor];
    if (current === undefined) {
      this.warn(
        `modelCheckpoint can save the best model only with ${this.monitor} available, and it is not in the logs ` +
          `(no validation data?); saving every time. Available metrics are: ${Object.keys(logs).join(', ') || '(none)'}`,
      );
      return true;
    }
    const bestStr = this.best === undefined ? 'None' : this.best.toFixed(5);
    if (isImprovement(this.direction, current, this.best, 0)) {
      this.log(
        `Epoch ${epoch + 1}: ${this.monitor} improved from ${bestStr} to ${current.toFixed(5)}, saving model to ${path}`,
      );
      this.best = current;
      return true;
    }
    this.log(`Epoch ${epoch + 1}: ${this.monitor} did not improve from ${bestStr}`);
    return false;
  }

  private async save(epoch: number, batch: number | undefined, logs: MetricLogs): Promise<void> {
    const path = this.pathFor(epoch, batch, logs);
    if (!this.shouldSave(epoch, logs, path)) return;
    try {
      await saveModelToDir(this.model, path, {
        weightsOnly: this.opts.saveWeightsOnly ?? false,
        includeOptimizer: this.opts.includeOptimizer ?? true,
        warn: (m) => this.warn(m),
      });
      const value = logs[this.monitor];
      this.opts.onSaved?.({
        epoch,
        ...(batch !== undefined ? { batch } : {}),
        dir: path,
        ...(value !== undefined ? { value } : {}),
      });
    } catch (err) {
      const e = new Error(`modelCheckpoint ${path}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
      if (this.opts.onError) this.opts.onError(e);
      else this.warn(`${e.message} (training continues)`);
    }
  }
}

export function modelCheckpoint(dir: string, opts: ModelCheckpointOptions = {}): ModelCheckpointCallback {
  return new ModelCheckpointCallback(dir, opts);
}
