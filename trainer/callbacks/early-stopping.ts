// Keras-style early stopping for TF.js: stop when `monitor` has not improved by `minDelta` for `patience`
// epochs, optionally restoring the weights of the best epoch (TF.js's own earlyStopping cannot).
import * as tf from '@tensorflow/tfjs';
import { resolveLogs } from './resolved-logs.ts';

export interface EarlyStoppingOptions {
  monitor?: string;
  minDelta?: number;
  patience?: number;
  mode?: 'auto' | 'min' | 'max';
  restoreBestWeights?: boolean;
  /** Called once when training is stopped. */
  onStop?: (info: { epoch: number; bestEpoch: number; best: number; monitor: string }) => void;
}

export function improves(mode: 'min' | 'max', value: number, best: number, minDelta: number): boolean {
  return mode === 'min' ? value < best - minDelta : value > best + minDelta;
}

export class EarlyStoppingCallback extends tf.Callback {
  readonly monitor: string;
  private readonly mode: 'min' | 'max';
  private readonly patience: number;
  private readonly minDelta: number;
  private readonly restore: boolean;
  private best = NaN;
  private wait = 0;
  private bestWeights: tf.Tensor[] | null = null;
  bestEpoch = -1;
  stoppedEpoch = -1;

  constructor(private readonly opts: EarlyStoppingOptions = {}) {
    super();
    this.monitor = opts.monitor ?? 'val_loss';
    const auto = /acc|auc|precision|recall/.test(this.monitor) ? 'max' : 'min';
    this.mode = !opts.mode || opts.mode === 'auto' ? auto : opts.mode;
    this.patience = opts.patience ?? 0;
    this.minDelta = Math.abs(opts.minDelta ?? 0);
    this.restore = opts.restoreBestWeights ?? false;
    if (!Number.isInteger(this.patience) || this.patience < 0) {
      throw new RangeError(`earlyStopping: patience must be an integer >= 0, got ${opts.patience}`);
    }
  }

  override onTrainBegin(): Promise<void> {
    this.best = NaN;
    this.wait = 0;
    this.bestEpoch = -1;
    this.stoppedEpoch = -1;
    this.dropBest();
    return Promise.resolve();
  }

  override async onEpochEnd(epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    const value = (await resolveLogs(logs))[this.monitor];
    if (value === undefined || !Number.isFinite(value)) return;
    if (Number.isNaN(this.best) || improves(this.mode, value, this.best, this.minDelta)) {
      this.best = value;
      this.bestEpoch = epoch;
      this.wait = 0;
      if (this.restore) {
        this.dropBest();
        this.bestWeights = this.model.getWeights().map((w) => w.clone());
      }
      return;
    }
    this.wait++;
    if (this.wait > this.patience) {
      this.stoppedEpoch = epoch;
      this.model.stopTraining = true;
      this.opts.onStop?.({ epoch, bestEpoch: this.bestEpoch, best: this.best, monitor: this.monitor });
    }
  }

  override onTrainEnd(): Promise<void> {
    if (this.restore && this.bestWeights && this.stoppedEpoch >= 0) this.model.setWeights(this.bestWeights);
    this.dropBest();
    return Promise.resolve();
  }

  private dropBest(): void {
    this.bestWeights?.forEach((t) => t.dispose());
    this.bestWeights = null;
  }
}

export function earlyStopping(opts: EarlyStoppingOptions = {}): EarlyStoppingCallback {
  return new EarlyStoppingCallback(opts);
}
