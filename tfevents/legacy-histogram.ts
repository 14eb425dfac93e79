// Converts a legacy HistogramProto (Summary.Value.histo: right edges + counts) into TensorBoard's [k,3] rows of
// [left, right, count], as TensorBoard's Python data_compat does: empty buckets at both ends are trimmed, the
// outer edges become min and max, and values are rounded to float32. Bucket lists of different lengths are
// damage (ImplausibleShapeError); the rows built never outnumber the bucket counts decoded from the record.
import type { tensorboard } from '../proto/index.ts';
import { assertHistogramFits } from './declared-size.ts';

export function legacyHistogramToBuckets(h: tensorboard.IHistogramProto): Float64Array {
  assertHistogramFits(h);
  const counts = h.bucket ?? [];
  const limits = h.bucketLimit ?? [];
  const n = counts.length;
  let start = 0;
  while (start < n && !(counts[start]! > 0)) start++;
  let end = n - 1;
  while (end >= 0 && !(counts[end]! > 0)) end--;
  if (start > end) return new Float64Array(0);
  const k = end - start + 1;
  const out = new Float64Array(k * 3);
  for (let i = 0; i < k; i++) {
    const left = i === 0 ? (h.min ?? 0) : limits[start + i - 1]!;
    const right = i === k - 1 ? (h.max ?? 0) : limits[start + i]!;
    out[i * 3] = Math.fround(left);
    out[i * 3 + 1] = Math.fround(right);
    out[i * 3 + 2] = Math.fround(counts[start + i]!);
  }
  return out;
}
