// TensorBoard's scalar smoothing: a debiased exponential moving average, exactly as TensorBoard 2.21's line
// chart computes it (vz_line_chart2 `resmoothDataset` / line_chart_v2 `classicSmoothing`). Invariants: the
// output has the input's length; non-finite values pass through unsmoothed and do not advance the average; a
// constant series stays exactly constant; weight 0 returns the values unchanged.

/** Smooths `values` with weight in [0, 1). Returns a new array. */
export function smooth(values: ArrayLike<number>, weight: number): Float64Array {
  if (!(weight >= 0 && weight <= 1))
    throw new RangeError(`smoothing weight must be in [0, 1], got ${weight}`);
  const n = values.length;
  const out = new Float64Array(n);
  let last = n > 0 ? 0 : NaN;
  let numAccum = 0;
  let isConstant = true;
  const first = n > 0 ? values[0] : undefined;
  for (let i = 1; i < n; i++) {
    // TensorBoard compares with ==, so NaN breaks constancy exactly as it does there
    if (values[i] != first) {
      isConstant = false;
      break;
    }
  }
  for (let i = 0; i < n; i++) {
    const next = values[i] as number;
    if (isConstant || !Number.isFinite(next)) {
      out[i] = next;
    } else {
      last = last * weight + (1 - weight) * next;
      numAccum++;
      const debias = weight === 1 ? 1 : 1 - Math.pow(weight, numAccum);
      out[i] = last / debias;
    }
  }
  return out;
}
