// The in-memory shape every task's data takes before it becomes tensors: row-major Float32 features, targets
// per row, and the split sizes; pure, so tests can check splits and scaling without TF.js.
export interface TabularSplit {
  /** rows * width features, row-major. */
  x: Float32Array;
  /** rows * targetWidth targets (class index or value). */
  y: Float32Array;
  rows: number;
}

export interface TabularDataset {
  width: number;
  featureNames: string[];
  train: TabularSplit;
  validation: TabularSplit;
  test: TabularSplit;
}

/** Copies the chosen rows of a row-major matrix. */
export function pickRows(x: Float32Array, width: number, rows: readonly number[]): Float32Array {
  const out = new Float32Array(rows.length * width);
  rows.forEach((r, i) => out.set(x.subarray(r * width, (r + 1) * width), i * width));
  return out;
}

/** Column means and standard deviations of a row-major matrix (std 1 where a column is constant). */
export function columnStats(x: Float32Array, width: number): { mean: Float64Array; std: Float64Array } {
  const rows = x.length / width;
  const mean = new Float64Array(width);
  const std = new Float64Array(width);
  for (let r = 0; r < rows; r++) for (let c = 0; c < width; c++) mean[c]! += x[r * width + c]! / rows;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < width; c++) std[c]! += (x[r * width + c]! - mean[c]!) ** 2 / rows;
  for (let c = 0; c < width; c++) std[c] = Math.sqrt(std[c]!) || 1;
  return { mean, std };
}

/** Standardises in place with the given statistics (computed from the training split only). */
export function standardise(
  x: Float32Array,
  width: number,
  s: { mean: Float64Array; std: Float64Array },
): void {
  for (let i = 0; i < x.length; i++) x[i] = (x[i]! - s.mean[i % width]!) / s.std[i % width]!;
}

/** Keeps the first `limit` rows of a split (all when undefined). */
export function limitSplit(s: TabularSplit, limit: number | undefined): TabularSplit {
  if (limit === undefined || limit >= s.rows) return s;
  const xw = s.x.length / Math.max(1, s.rows);
  const yw = s.y.length / Math.max(1, s.rows);
  return { x: s.x.slice(0, limit * xw), y: s.y.slice(0, limit * yw), rows: limit };
}
