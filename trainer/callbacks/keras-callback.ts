// The documented base for custom callbacks: hooks receive plain-number logs (TF.js hands numbers or scalar
// tensors depending on the hook), keys a hook adds to the logs are passed on to the callbacks after it (as
// Keras does with the same dict), and warnings go once each to one sink. Only the hooks a subclass defines
// cost anything: logs are resolved (a device sync) only for those.
import * as tf from '@tensorflow/tfjs';
import { resolveLogs, type MetricLogs } from './resolved-logs.ts';

type TfLogs = Record<string, number | tf.Tensor>;

export interface KerasCallbackOptions {
  /** Where warnings go (each distinct message once); default one `trainboard: ...` line on stderr. */
  warn?: (message: string) => void;
}

export abstract class KerasCallback extends tf.Callback {
  private readonly warned = new Set<string>();
  private readonly warnSink: (message: string) => void;

  constructor(opts: KerasCallbackOptions = {}) {
    super();
    this.warnSink = opts.warn ?? ((m) => process.stderr.write(`trainboard: ${m}\n`));
  }

  /** Hooks to define in a subclass; `logs` may be modified and new keys reach later callbacks. */
  trainBegin?(): void | Promise<void>;
  trainEnd?(): void | Promise<void>;
  epochBegin?(epoch: number): void | Promise<void>;
  epochEnd?(epoch: number, logs: MetricLogs): void | Promise<void>;
  batchBegin?(batch: number): void | Promise<void>;
  batchEnd?(batch: number, logs: MetricLogs): void | Promise<void>;

  /** Whether batchEnd() runs this fit (resolving batch logs costs a device sync per batch). Default: defined. */
  protected wantsBatches(): boolean {
    return this.batchEnd !== undefined;
  }

  /** Reports `message` once per callback instance. */
  protected warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnSink(message);
  }

  /**
   * The value of `monitor` in `logs`, or undefined with one warning listing the available keys (Keras warns
   * the same way: "... conditioned on metric `x` which is not available. Available metrics are: ...").
   */
  protected monitored(owner: string, monitor: string, logs: MetricLogs): number | undefined {
    const v = logs[monitor];
    if (v === undefined)
      this.warn(
        `${owner} is conditioned on metric '${monitor}', which is not in the logs. Available metrics are: ${Object.keys(logs).join(', ') || '(none)'}`,
      );
    return v;
  }

  override async onTrainBegin(): Promise<void> {
    await this.trainBegin?.();
  }

  override async onTrainEnd(): Promise<void> {
    await this.trainEnd?.();
  }

  override async onEpochBegin(epoch: number): Promise<void> {
    await this.epochBegin?.(epoch);
  }

  override async onEpochEnd(epoch: number, logs?: TfLogs): Promise<void> {
    if (!this.epochEnd) return;
    const resolved = await resolveLogs(logs);
    await this.epochEnd(epoch, resolved);
    passOn(resolved, logs);
  }

  override async onBatchBegin(batch: number): Promise<void> {
    await this.batchBegin?.(batch);
  }

  override async onBatchEnd(batch: number, logs?: TfLogs): Promise<void> {
    if (!this.batchEnd || !this.wantsBatches()) return;
    const resolved = await resolveLogs(logs);
    await this.batchEnd(batch, resolved);
    passOn(resolved, logs);
  }
}

/** Copies keys a hook added or changed into TF.js's logs object, which the next callbacks receive. */
function passOn(resolved: MetricLogs, logs: TfLogs | undefined): void {
  if (!logs) return;
  for (const [k, v] of Object.entries(resolved))
    if (logs[k] !== v && typeof logs[k] !== 'object') logs[k] = v;
}
