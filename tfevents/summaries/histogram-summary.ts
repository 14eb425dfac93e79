// Builds a histogram summary value as TF2's tf.summary.histogram writes it: a DT_DOUBLE [k,3] tensor of rows
// [left, right, count], plugin `histograms`. The bucket layout reproduces TensorBoard's summary_v2 arithmetic
// step by step (float64): k = 30 by default; edges are min + i*(range/k) with the last edge forced to max; a
// value goes to bucket floor((x-min)/(range/k)), clamped to k-1; empty data gives k zero rows; all-equal data
// gives rows [v, v, 0] with the count in the last row. Non-finite input follows the same arithmetic, so NaN or
// +-Infinity produce the NaN/Infinity edges and lost counts that TensorFlow itself writes (see the tests).
import type { tensorboard } from '../../proto/index.ts';
import { checkTag, pluginMetadata, type DescribeOptions } from './summary-metadata.ts';
import { doubleTensor } from './tensor-encoder.ts';

export const HISTOGRAMS_PLUGIN = 'histograms';
/** TensorBoard's DEFAULT_BUCKET_COUNT (plugins/histogram/summary_v2.py). */
export const DEFAULT_BUCKET_COUNT = 30;

export interface HistogramOptions extends DescribeOptions {
  /** Number of buckets k (a non-negative integer); default 30. */
  buckets?: number;
}

/** The [k,3] rows [left, right, count], row-major, for `values`. */
export function histogramBuckets(values: ArrayLike<number>, k = DEFAULT_BUCKET_COUNT): Float64Array {
  if (!Number.isSafeInteger(k) || k < 0) {
    throw new RangeError(`histogramBuckets: bucket count must be a non-negative integer, got ${k}`);
  }
  const rows = new Float64Array(k * 3);
  const n = values.length;
  if (k === 0 || n === 0) return rows;
  // NaN propagates into min and max, as np.min / tf.reduce_min do.
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sawNaN = false;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) sawNaN = true;
    else {
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  if (sawNaN) min = max = Number.NaN;
  const range = max - min;
  if (range === 0) {
    for (let i = 0; i < k; i++) {
      rows[i * 3] = min;
      rows[i * 3 + 1] = min;
    }
    rows[(k - 1) * 3 + 2] = n;
    return rows;
  }
  const width = range / k;
  for (let i = 0; i < n; i++) {
    const index = Math.floor((values[i]! - min) / width);
    // TensorFlow casts a NaN or infinite index to int (INT_MIN), which matches no bucket: the value is lost.
    if (!Number.isFinite(index)) continue;
    rows[Math.min(index, k - 1) * 3 + 2]! += 1;
  }
  for (let i = 0; i < k; i++) {
    rows[i * 3] = i * width + min;
    rows[i * 3 + 1] = i + 1 === k ? max : (i + 1) * width + min;
  }
  return rows;
}

export function histogramValue(
  tag: string,
  values: ArrayLike<number>,
  opts: HistogramOptions = {},
): tensorboard.Summary.IValue {
  checkTag('histogramValue', tag);
  const k = opts.buckets ?? DEFAULT_BUCKET_COUNT;
  const rows = histogramBuckets(values, k);
  return {
    tag,
    tensor: doubleTensor(rows, [k, 3]),
    metadata: pluginMetadata(HISTOGRAMS_PLUGIN, undefined, opts),
  };
}
