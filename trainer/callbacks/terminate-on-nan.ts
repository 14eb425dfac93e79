// Keras 3's TerminateOnNaN for TF.js: stops training at the first batch whose loss is NaN or infinite (or,
// with raiseError, throws so fit() rejects).
import { KerasCallback, type KerasCallbackOptions } from './keras-callback.ts';
import type { MetricLogs } from './resolved-logs.ts';

export interface TerminateOnNaNOptions extends KerasCallbackOptions {
  raiseError?: boolean;
  /** Where the "Batch N: Invalid loss" line goes; default stdout. */
  log?: (line: string) => void;
}

export class TerminateOnNaNCallback extends KerasCallback {
  /** The 0-based batch (within its epoch) that stopped training, or undefined. */
  stoppedBatch: number | undefined;

  constructor(private readonly opts: TerminateOnNaNOptions = {}) {
    super(opts);
  }

  override batchEnd(batch: number, logs: MetricLogs): void {
    const loss = logs.loss;
    if (loss === undefined || Number.isFinite(loss)) return;
    if (this.opts.raiseError)
      throw new Error(
        `NaN or Inf loss encountered at batch ${batch}. Loss value: ${loss}. Terminating training immediately.`,
      );
    (this.opts.log ?? ((l: string) => process.stdout.write(`${l}\n`)))(
      `Batch ${batch}: Invalid loss, terminating training`,
    );
    this.stoppedBatch = batch;
    this.model.stopTraining = true;
  }
}

export function terminateOnNaN(opts: TerminateOnNaNOptions = {}): TerminateOnNaNCallback {
  return new TerminateOnNaNCallback(opts);
}
