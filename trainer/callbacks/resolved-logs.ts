// Turns TF.js callback logs (numbers or scalar tensors, depending on the hook) into plain numbers without
// disposing anything TF.js still owns; split of Keras-style logs into training and validation metrics.
import type * as tf from '@tensorflow/tfjs';

export type MetricLogs = Record<string, number>;
type UnresolvedLogs = Record<string, number | tf.Tensor>;

export async function resolveLogs(logs: UnresolvedLogs | undefined): Promise<MetricLogs> {
  const out: MetricLogs = {};
  if (!logs) return out;
  for (const [k, v] of Object.entries(logs)) {
    if (typeof v === 'number') out[k] = v;
    else if (v && typeof v.data === 'function' && !v.isDisposed) {
      const d = await v.data();
      if (d.length > 0) out[k] = Number(d[0]);
    }
  }
  return out;
}

/** {loss, acc, val_loss, val_acc} -> train {loss, acc}, validation {loss, acc}. */
export function splitValidation(logs: MetricLogs): { train: MetricLogs; validation: MetricLogs } {
  const train: MetricLogs = {};
  const validation: MetricLogs = {};
  for (const [k, v] of Object.entries(logs)) {
    if (k.startsWith('val_')) validation[k.slice(4)] = v;
    else train[k] = v;
  }
  return { train, validation };
}

/** Keras metric names: TF.js reports `acc` for 'accuracy'; TensorBoard users expect `epoch_accuracy`. */
export function kerasMetricName(name: string): string {
  return name === 'acc' ? 'accuracy' : name.replace(/(^|_)acc$/, '$1accuracy');
}

export function formatMetrics(logs: MetricLogs): string {
  return Object.entries(logs)
    .map(
      ([k, v]) =>
        `${k}: ${Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(3) : v.toFixed(4)}`,
    )
    .join(' - ');
}
