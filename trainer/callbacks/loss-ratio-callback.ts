// The example custom callback, built on KerasCallback: the ratio of validation to training loss after each
// epoch (above ~1.2 and growing suggests overfitting), reported through a function and added to the epoch
// logs as `loss_ratio`, where the callbacks after it (tensorBoard, csvLogger, earlyStopping) see it.
import { KerasCallback } from './keras-callback.ts';
import type { MetricLogs } from './resolved-logs.ts';

export class LossRatioCallback extends KerasCallback {
  constructor(private readonly report: (epoch: number, ratio: number) => void) {
    super();
  }

  override epochEnd(epoch: number, logs: MetricLogs): void {
    if (logs.loss === undefined || logs.val_loss === undefined || logs.loss === 0) return;
    const ratio = logs.val_loss / logs.loss;
    logs.loss_ratio = ratio;
    this.report(epoch, ratio);
  }
}

export function lossRatio(report: (epoch: number, ratio: number) => void): LossRatioCallback {
  return new LossRatioCallback(report);
}
