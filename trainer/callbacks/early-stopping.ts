// Keras 3's EarlyStopping for TF.js: each epoch with a monitored value counts toward `patience` unless it
// improves on the best by more than `minDelta` (and on `baseline`, when given); training stops at the first
// epoch > 0 where `patience` such epochs have passed, so patience 1, 2, 3 stop at epochs 2, 3, 4 of a rising
// sequence, as in Keras and TF.js. Epochs before `startFromEpoch` are ignored; `restoreBestWeights` restores
// the best epoch's weights at the end of training (also when it ran out of epochs), as Keras 3 does.
import type * as tf from '@tensorflow/tfjs';
import { KerasCallback, type KerasCallbackOptions } from './keras-callback.ts';
import { isImprovement, monitorDirection, type MonitorMode } from './metric-direction.ts';
import type { MetricLogs } from './resolved-logs.ts';

export interface EarlyStoppingOptions extends KerasCallbackOptions {
  /** Default 'val_loss'. */
  monitor?: string;
  /** Minimum change that counts as an improvement (absolute value taken). Default 0. */
  minDelta?: number;
  /** Epochs without improvement before stopping. Default 0. */
  patience?: number;
  /** 1: print "Epoch N: early stopping" and the restored epoch (through `log`). Default 0. */
  verbose?: 0 | 1;
  mode?: MonitorMode;
  /** An epoch must also improve on this value to reset the patience count. */
  baseline?: number;
  restoreBestWeights?: boolean;
  /** Epochs to wait before monitoring starts. Default 0. */
  startFromEpoch?: number;
  /** Where verbose lines go; default stdout. */
  log?: (line: string) => void;
  /** Called once when training is stopped (0-based epochs). */
  onStop?: (info: { epoch: number; bestEpoch: number; best: number; monitor: string }) => void;
}

/** Whether `value` improves on `best` (Keras's rule, see isImprovement); kept for existing callers. */
export function improves(mode: 'min' | 'max', value: number, best: number, minDelta: number): boolean {
  return isImprovement(mode, value, best, minDelta);
}

export function nonNegativeInteger(owner: string, name: string, v: number): number {
  if (!Number.isInteger(v) || v < 0)
    throw new RangeError(`${owner}: ${name} must be an integer >= 0, got ${v}`);
  return v;
}

export class EarlyStoppingCallback extends KerasCallback {
  readonly monitor: string;
  private readonly direction: 'min' | 'max';
  private readonly patience: number;
  private readonly minDelta: number;
  private readonly startFromEpoch: number;
  private best: number | undefined;
  private wait = 0;
  private bestWeights: tf.Tensor[] | null = null;
  bestEpoch = 0;
  /** The 0-based epoch at which training was stopped; 0 when it was not (as Keras). */
  stoppedEpoch = 0;

  constructor(private readonly opts: EarlyStoppingOptions = {}) {
    super(opts);
    this.monitor = opts.monitor ?? 'val_loss';
    this.direction = monitorDirection('earlyStopping', this.monitor, opts.mode);
    this.patience = nonNegativeInteger('earlyStopping', 'patience', opts.patience ?? 0);
    this.startFromEpoch = nonNegativeInteger('earlyStopping', 'startFromEpoch', opts.startFromEpoch ?? 0);
    this.minDelta = Math.abs(opts.minDelta ?? 0);
    if (!Number.isFinite(this.minDelta)) throw new RangeError(`earlyStopping: minDelta must be finite`);
  }

  override trainBegin(): void {
    this.best = undefined;
    this.wait = 0;
    this.bestEpoch = 0;
    this.stoppedEpoch = 0;
    this.dropBest();
  }

  override epochEnd(epoch: number, logs: MetricLogs): void {
    const current = this.monitored('earlyStopping', this.monitor, logs);
    if (current === undefined || epoch < this.startFromEpoch) return;
    if (this.opts.restoreBestWeights && this.bestWeights === null) {
      this.keepWeights();
      this.bestEpoch = epoch;
    }
    this.wait++;
    if (isImprovement(this.direction, current, this.best, this.minDelta)) {
      this.best = current;
      this.bestEpoch = epoch;
      if (this.opts.restoreBestWeights) this.keepWeights();
      if (
        this.opts.baseline === undefined ||
        isImprovement(this.direction, current, this.opts.baseline, this.minDelta)
      )
        this.wait = 0;
      return;
    }
    if (this.wait >= this.patience && epoch > 0) {
      this.stoppedEpoch = epoch;
      this.model.stopTraining = true;
      this.opts.onStop?.({ epoch, bestEpoch: this.bestEpoch, best: this.best ?? NaN, monitor: this.monitor });
    }
  }

  override trainEnd(): void {
    const log = this.opts.log ?? ((l: string) => process.stdout.write(`${l}\n`));
    if (this.stoppedEpoch > 0 && this.opts.verbose) log(`Epoch ${this.stoppedEpoch + 1}: early stopping`);
    if (this.opts.restoreBestWeights && this.bestWeights) {
      if (this.opts.verbose)
        log(`Restoring model weights from the end of the best epoch: ${this.bestEpoch + 1}.`);
      this.model.setWeights(this.bestWeights);
    }
    this.dropBest();
  }

  private keepWeights(): void {
    this.dropBest();
    this.bestWeights = this.model.getWeights().map((w) => w.clone());
  }

  private dropBest(): void {
    this.bestWeights?.forEach((t) => t.dispose());
    this.bestWeights = null;
  }
}

export function earlyStopping(opts: EarlyStoppingOptions = {}): EarlyStoppingCallback {
  return new EarlyStoppingCallback(opts);
}
