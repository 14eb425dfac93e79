// An example custom callback: the ratio of validation to training loss after each epoch (above ~1.2 and
// growing suggests overfitting), reported through a function and added to the epoch logs as `loss_ratio`.
import * as tf from '@tensorflow/tfjs';
import { resolveLogs } from './resolved-logs.ts';

export class LossRatioCallback extends tf.Callback {
  constructor(private readonly report: (epoch: number, ratio: number) => void) {
    super();
  }

  override async onEpochEnd(epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
    const r = await resolveLogs(logs);
    if (r.loss === undefined || r.val_loss === undefined || r.loss === 0) return;
    const ratio = r.val_loss / r.loss;
    if (logs) logs.loss_ratio = ratio;
    this.report(epoch, ratio);
  }
}

export function lossRatio(report: (epoch: number, ratio: number) => void): LossRatioCallback {
  return new LossRatioCallback(report);
}
