// Keras 3's BackupAndRestore for TF.js: backs up the weights, the optimizer state and the number of finished
// epochs every epoch (or every `saveFreq` batches), and resumes an interrupted fit() from there, also after
// SIGKILL. TF.js's fit() fixes its first epoch before any callback runs, so resuming takes one line:
// `initialEpoch: await backup.resume(model)`; fit() without it over an existing backup throws rather than
// silently retraining from epoch 0. Crash safety: the weights go to a new file first, then the metadata that
// names them is renamed into place, so a kill at any instant leaves the previous or the new backup whole.
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KerasCallback, type KerasCallbackOptions } from './keras-callback.ts';
import type { MetricLogs } from './resolved-logs.ts';

export interface BackupAndRestoreOptions extends KerasCallbackOptions {
  /** 'epoch' (default) or back up every N batches. */
  saveFreq?: 'epoch' | number;
  /** Remove the backup directory when fit() ends normally (default true, as Keras). */
  deleteCheckpoint?: boolean;
}

interface BackupMetadata {
  /** Finished epochs: the initialEpoch to resume at. */
  epoch: number;
  batch: number;
  weightsFile: string;
  specs: tf.io.WeightsManifestEntry[];
}

const METADATA = 'training_metadata.json';

export class BackupAndRestoreCallback extends KerasCallback {
  private currentEpoch = 0;
  private lastBatch = 0;
  private batchesSinceSave = 0;
  private resumedAt: number | undefined;
  private saves = 0;
  private readonly saveFreq: 'epoch' | number;

  constructor(
    readonly backupDir: string,
    private readonly opts: BackupAndRestoreOptions = {},
  ) {
    super(opts);
    if (typeof backupDir !== 'string' || backupDir === '')
      throw new TypeError('backupAndRestore: empty backupDir argument passed');
    this.saveFreq = opts.saveFreq ?? 'epoch';
    if (this.saveFreq !== 'epoch' && !(Number.isInteger(this.saveFreq) && this.saveFreq > 0))
      throw new RangeError(
        `backupAndRestore: saveFreq must be 'epoch' or an integer > 0, got ${String(opts.saveFreq)}`,
      );
  }

  private metadata(): BackupMetadata | undefined {
    const file = join(this.backupDir, METADATA);
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as BackupMetadata;
    } catch (err) {
      throw new Error(`backupAndRestore: ${file}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
  }

  /**
   * Loads the backup (weights and optimizer state) into `model` and returns the epoch to pass to fit() as
   * `initialEpoch`: 0 when there is no backup. The model must be compiled.
   */
  async resume(model: tf.LayersModel): Promise<number> {
    const meta = this.metadata();
    this.resumedAt = meta?.epoch ?? 0;
    this.currentEpoch = this.resumedAt;
    if (!meta) return 0;
    const file = join(this.backupDir, meta.weightsFile);
    const b = readFileSync(file);
    const named = tf.io.decodeWeights(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength), meta.specs);
    try {
      const modelWeights: tf.NamedTensorMap = {};
      const optimizerWeights: { name: string; tensor: tf.Tensor }[] = [];
      for (const s of meta.specs) {
        if (s.group === 'optimizer') optimizerWeights.push({ name: s.name, tensor: named[s.name]! });
        else modelWeights[s.name] = named[s.name]!;
      }
      model.loadWeights(modelWeights, true);
      if (model.optimizer && optimizerWeights.length > 0) await model.optimizer.setWeights(optimizerWeights);
    } catch (err) {
      throw new Error(`backupAndRestore: ${file}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    } finally {
      tf.dispose(Object.values(named));
    }
    return meta.epoch;
  }

  override async trainBegin(): Promise<void> {
    const initial = (this.params as { initialEpoch?: number }).initialEpoch ?? 0;
    if (this.resumedAt === undefined) {
      const meta = this.metadata();
      if (meta && meta.epoch !== initial)
        throw new Error(
          `backupAndRestore: ${this.backupDir} holds a backup after epoch ${meta.epoch}, but fit() starts at ` +
            `epoch ${initial}; pass initialEpoch: await backup.resume(model) to fit() to resume it`,
        );
      if (meta) await this.resume(this.model);
    }
    this.currentEpoch = initial;
    this.resumedAt = undefined;
  }

  override async epochEnd(epoch: number): Promise<void> {
    this.currentEpoch = epoch + 1;
    this.lastBatch = 0;
    if (this.saveFreq === 'epoch') await this.save();
  }

  protected override wantsBatches(): boolean {
    return this.saveFreq !== 'epoch';
  }

  override async batchEnd(batch: number, _logs: MetricLogs): Promise<void> {
    if (this.saveFreq === 'epoch') return;
    this.batchesSinceSave += batch <= this.lastBatch ? batch + 1 : batch - this.lastBatch;
    this.lastBatch = batch;
    if (this.batchesSinceSave >= this.saveFreq) {
      this.batchesSinceSave = 0;
      await this.save();
    }
  }

  private async save(): Promise<void> {
    mkdirSync(this.backupDir, { recursive: true });
    const modelWeights: tf.NamedTensorMap = {};
    for (const w of this.model.weights) modelWeights[w.originalName] = w.read();
    const model = await tf.io.encodeWeights(modelWeights);
    const optimizer = this.model.optimizer
      ? await tf.io.encodeWeights(await this.model.optimizer.getWeights(), 'optimizer')
      : { data: new ArrayBuffer(0), specs: [] };
    const weightsFile = `backup-${Date.now()}-${process.pid}-${this.saves++}.bin`;
    const data = tf.io.concatenateArrayBuffers([model.data, optimizer.data]);
    writeFileSync(join(this.backupDir, weightsFile), new Uint8Array(data));
    const meta: BackupMetadata = {
      epoch: this.currentEpoch,
      batch: this.lastBatch,
      weightsFile,
      specs: [...model.specs, ...optimizer.specs],
    };
    const tmp = join(this.backupDir, `${METADATA}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(meta));
    renameSync(tmp, join(this.backupDir, METADATA));
    for (const f of readdirSync(this.backupDir))
      if (f.startsWith('backup-') && f.endsWith('.bin') && f !== weightsFile)
        rmSync(join(this.backupDir, f), { force: true });
  }

  override trainEnd(): void {
    if ((this.opts.deleteCheckpoint ?? true) && existsSync(this.backupDir))
      rmSync(this.backupDir, { recursive: true, force: true });
  }
}

export function backupAndRestore(
  backupDir: string,
  opts: BackupAndRestoreOptions = {},
): BackupAndRestoreCallback {
  return new BackupAndRestoreCallback(backupDir, opts);
}
