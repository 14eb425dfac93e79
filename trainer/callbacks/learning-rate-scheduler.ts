// Keras 3's LearningRateScheduler for TF.js: at the start of each epoch, sets the learning rate to
// `schedule(epoch, currentRate)` (0-based epoch) and adds `learning_rate` to the epoch logs at its end.
import { KerasCallback, type KerasCallbackOptions } from './keras-callback.ts';
import { learningRateOf, setLearningRate } from './optimizer-learning-rate.ts';
import type { MetricLogs } from './resolved-logs.ts';

export type LearningRateSchedule = (epoch: number, learningRate: number) => number;

export interface LearningRateSchedulerOptions extends KerasCallbackOptions {
  verbose?: 0 | 1;
  log?: (line: string) => void;
}

export class LearningRateSchedulerCallback extends KerasCallback {
  constructor(
    private readonly schedule: LearningRateSchedule,
    private readonly opts: LearningRateSchedulerOptions = {},
  ) {
    super(opts);
    if (typeof schedule !== 'function')
      throw new TypeError(
        'learningRateScheduler: schedule must be a function (epoch, learningRate) => number',
      );
  }

  override epochBegin(epoch: number): void {
    const current = learningRateOf(this.model);
    if (current === undefined) setLearningRate(this.model, NaN, 'learningRateScheduler');
    const next = this.schedule(epoch, current ?? NaN);
    if (typeof next !== 'number' || !Number.isFinite(next))
      throw new TypeError(
        `learningRateScheduler: the schedule must return a finite number, got ${String(next)}`,
      );
    setLearningRate(this.model, next, 'learningRateScheduler');
    if (this.opts.verbose)
      (this.opts.log ?? ((l: string) => process.stdout.write(`${l}\n`)))(
        `Epoch ${epoch + 1}: LearningRateScheduler setting learning rate to ${next}.`,
      );
  }

  override epochEnd(_epoch: number, logs: MetricLogs): void {
    const lr = learningRateOf(this.model);
    if (lr !== undefined) logs.learning_rate = lr;
  }
}

export function learningRateScheduler(
  schedule: LearningRateSchedule,
  opts: LearningRateSchedulerOptions = {},
): LearningRateSchedulerCallback {
  return new LearningRateSchedulerCallback(schedule, opts);
}
