// Principal component analysis of an embedding, in the browser: the data centred, its d×d covariance, and the
// top k eigenvectors by power iteration with deflation (k ≤ 3, d in the hundreds at most for a projector
// tensor, so this is O(n·d²) once and small after). Invariants: deterministic (a fixed start vector, each
// component's sign fixed so its largest-magnitude entry is positive); components are orthonormal; a
// dimension with no variance yields a zero coordinate, never NaN. Written here rather than taken from ml-pca:
// it needs 3 components of a covariance we already hold, not a general SVD and its matrix library.

export interface PcaResult {
  /** n × k projected coordinates, row-major. */
  coords: Float64Array;
  k: number;
  /** The k eigenvalues (variances along each component), descending. */
  variances: number[];
  /** k unit vectors of length d. */
  components: Float64Array[];
}

const ITERATIONS = 500;
const TOLERANCE = 1e-12;

/** The covariance (divided by n - 1) of n rows of width d. */
function covariance(values: Float32Array, n: number, d: number, mean: Float64Array): Float64Array {
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = values[i * d + j]! - mean[j]!;
    for (let a = 0; a < d; a++) {
      const ra = row[a]!;
      if (ra === 0) continue;
      for (let b = a; b < d; b++) cov[a * d + b]! += ra * row[b]!;
    }
  }
  const div = Math.max(n - 1, 1);
  for (let a = 0; a < d; a++)
    for (let b = a; b < d; b++) {
      const c = cov[a * d + b]! / div;
      cov[a * d + b] = c;
      cov[b * d + a] = c;
    }
  return cov;
}

/** The dominant eigenvector and eigenvalue of a symmetric d×d matrix. */
function powerIteration(m: Float64Array, d: number, seed: number): { vector: Float64Array; value: number } {
  let v = new Float64Array(d);
  for (let j = 0; j < d; j++) v[j] = 1 + ((j * 7919 + seed * 104729) % 1000) / 1000; // fixed, non-degenerate
  let value = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const w = new Float64Array(d);
    for (let a = 0; a < d; a++) {
      let s = 0;
      for (let b = 0; b < d; b++) s += m[a * d + b]! * v[b]!;
      w[a] = s;
    }
    const norm = Math.hypot(...w);
    if (norm === 0) return { vector: new Float64Array(d), value: 0 };
    for (let j = 0; j < d; j++) w[j]! /= norm;
    const delta = w.reduce((acc, x, j) => Math.max(acc, Math.abs(x - v[j]!)), 0);
    v = w;
    value = norm;
    if (delta < TOLERANCE) break;
  }
  let big = 0;
  for (let j = 0; j < d; j++) if (Math.abs(v[j]!) > Math.abs(v[big]!)) big = j;
  if (v[big]! < 0) for (let j = 0; j < d; j++) v[j] = -v[j]!;
  return { vector: v, value };
}

/** The first `k` principal components of `values` (n rows of width d) and each row's coordinates on them. */
export function pca(values: Float32Array, n: number, d: number, k: number): PcaResult {
  const kk = Math.min(k, d);
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += values[i * d + j]!;
  for (let j = 0; j < d; j++) mean[j]! /= Math.max(n, 1);
  const cov = covariance(values, n, d, mean);
  const components: Float64Array[] = [];
  const variances: number[] = [];
  for (let c = 0; c < kk; c++) {
    const { vector, value } = powerIteration(cov, d, c);
    components.push(vector);
    variances.push(value);
    for (let a = 0; a < d; a++)
      for (let b = 0; b < d; b++) cov[a * d + b]! -= value * vector[a]! * vector[b]!;
  }
  const coords = new Float64Array(n * kk);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < kk; c++) {
      let s = 0;
      const comp = components[c]!;
      for (let j = 0; j < d; j++) s += (values[i * d + j]! - mean[j]!) * comp[j]!;
      coords[i * kk + c] = s;
    }
  return { coords, k: kk, variances, components };
}
