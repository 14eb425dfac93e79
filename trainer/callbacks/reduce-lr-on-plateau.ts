// Keras 3's ReduceLROnPlateau for TF.js: after `patience` epochs without an improvement of `monitor` by more
// than `minDelta` (shared direction rule), multiply the learning rate by `factor` (never below `minLr`), then
// wait `cooldown` epochs before counting again. Adds `learning_rate` to the epoch logs, as Keras does. The
// learning rate is compared in float32, as Keras's optimizer variable holds it.
import { KerasCallback, type KerasCallbackOptions } from './keras-callback.ts';
import { isImprovement, monitorDirection, type MonitorMode } from './metric-direction.ts';
import { learningRateOf, setLearningRate } from './optimizer-learning-rate.ts';
import type { MetricLogs } from './resolved-logs.ts';
import { nonNegativeInteger } from './early-stopping.ts';

export interface ReduceLROnPlateauOptions extends KerasCallbackOptions {
  /** Default 'val_loss'. */
  monitor?: string;
  /** New rate = rate * factor; must be < 1. Default 0.1. */
  factor?: number;
  /** Default 10. */
  patience?: number;
  verbose?: 0 | 1;
  mode?: MonitorMode;
  /** Default 1e-4. */
  minDelta?: number;
  /** Epochs to wait after a reduction. Default 0. */
  cooldown?: number;
  /** Default 0. */
  minLr?: number;
  log?: (line: string) => void;
  /** After each reduction (0-based epoch). */
  onReduce?: (info: { epoch: number; learningRate: number }) => void;
}

export class ReduceLROnPlateauCallback extends KerasCallback {
  readonly monitor: string;
  private readonly direction: 'min' | 'max';
  private readonly factor: number;
  private readonly patience: number;
  private readonly cooldown: number;
  private readonly minLr: number;
  private readonly minDelta: number;
  private best: number | undefined;
  private wait = 0;
  private cooldownCounter = 0;

  constructor(private readonly opts: ReduceLROnPlateauOptions = {}) {
    super(opts);
    this.monitor = opts.monitor ?? 'val_loss';
    this.direction = monitorDirection('reduceLROnPlateau', this.monitor, opts.mode);
    this.factor = opts.factor ?? 0.1;
    if (!(this.factor < 1))
      throw new RangeError(`reduceLROnPlateau does not support a factor >= 1.0, got ${opts.factor}`);
    this.patience = nonNegativeInteger('reduceLROnPlateau', 'patience', opts.patience ?? 10);
    this.cooldown = nonNegativeInteger('reduceLROnPlateau', 'cooldown', opts.cooldown ?? 0);
    this.minLr = opts.minLr ?? 0;
    this.minDelta = Math.abs(opts.minDelta ?? 1e-4);
  }

  override trainBegin(): void {
    this.best = undefined;
    this.cooldownCounter = 0;
    this.wait = 0;
  }

  override epochEnd(epoch: number, logs: MetricLogs): void {
    const lr = learningRateOf(this.model);
    if (lr !== undefined) logs.learning_rate = lr;
    const current = this.monitored('reduceLROnPlateau', this.monitor, logs);
    if (current === undefined) return;
    if (this.cooldownCounter > 0) {
      this.cooldownCounter--;
      this.wait = 0;
    }
    if (isImprovement(this.direction, current, this.best, this.minDelta)) {
      this.best = current;
      this.wait = 0;
    } else if (this.cooldownCounter <= 0) {
      this.wait++;
      if (this.wait >= this.patience && this.reduce(epoch)) {
        this.cooldownCounter = this.cooldown;
        this.wait = 0;
      }
    }
  }

  private reduce(epoch: number): boolean {
    const old = learningRateOf(this.model);
    if (old === undefined) {
      setLearningRate(this.model, NaN, 'reduceLROnPlateau');
      return false;
    }
    if (!(Math.fround(old) > Math.fround(this.minLr))) return false;
    const next = Math.max(Math.fround(old) * this.factor, this.minLr);
    setLearningRate(this.model, next, 'reduceLROnPlateau');
    if (this.opts.verbose)
      (this.opts.log ?? ((l: string) => process.stdout.write(`${l}\n`)))(
        `Epoch ${epoch + 1}: ReduceLROnPlateau reducing learning rate to ${next}.`,
      );
    this.opts.onReduce?.({ epoch, learningRate: next });
    return true;
  }
}

export function reduceLROnPlateau(opts: ReduceLROnPlateauOptions = {}): ReduceLROnPlateauCallback {
  return new ReduceLROnPlateauCallback(opts);
}
