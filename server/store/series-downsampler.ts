// Query-time downsampling of a scalar series: selects the points in an x-range and, when asked for N points
// or a pixel width, keeps per bucket the points with the minimum and maximum value (extremes are never lost),
// plus always the first and the last point in range. Pure: returns indices into the series, ascending. A long
// disk-backed series is drawn from its in-memory min/max buckets where they are fine enough (no disk read but
// the range's edges); zooming in far enough reads its points.
import type { ScalarSeriesView } from './scalar-series.ts';

/** What a series is drawn against: its step, seconds since the run's first point, or wall time. */
export type XAxis = 'step' | 'relative' | 'wall';

export interface DownsampleQuery {
  x: XAxis;
  xmin?: number;
  xmax?: number;
  /** Target number of points (>= 2). */
  points?: number;
  /** Pixel width: one bucket per pixel column over the x-range, min and max kept per column. */
  width?: number;
}

export interface DownsampleResult {
  /** Points in the x-range before downsampling. */
  inRange: number;
  /** Selected indices into the series, ascending. */
  indices: Int32Array;
}

/** The x coordinate of point i on the chosen axis. */
export function xOf(series: ScalarSeriesView, x: XAxis): (i: number) => number {
  if (x === 'step') return (i) => series.step(i);
  if (x === 'wall') return (i) => series.wallTime(i);
  const t0 = series.length > 0 ? series.wallTime(0) : 0;
  return (i) => series.wallTime(i) - t0;
}

function rangeIndices(series: ScalarSeriesView, q: DownsampleQuery): Int32Array {
  const n = series.length;
  const lo = q.xmin ?? Number.NEGATIVE_INFINITY;
  const hi = q.xmax ?? Number.POSITIVE_INFINITY;
  if (q.x === 'step' && series.sorted) {
    // binary search: first index with step >= lo, first index with step > hi
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (series.step(m) < lo) a = m + 1;
      else b = m;
    }
    const start = a;
    b = n;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (series.step(m) <= hi) a = m + 1;
      else b = m;
    }
    const out = new Int32Array(a - start);
    for (let k = 0; k < out.length; k++) out[k] = start + k;
    return out;
  }
  const xAt = xOf(series, q.x);
  const tmp = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const x = xAt(i);
    if (x >= lo && x <= hi) tmp[count++] = i;
  }
  return tmp.subarray(0, count);
}

/** Buckets per pixel column below which the min/max buckets are too coarse and the points are read instead. */
const BUCKETS_PER_COLUMN = 4;

/** First index with step >= lo and first index with step > hi, by binary search (a sorted series). */
function stepRange(series: ScalarSeriesView, lo: number, hi: number): [number, number] {
  let a = 0;
  let b = series.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (series.step(m) < lo) a = m + 1;
    else b = m;
  }
  const start = a;
  b = series.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (series.step(m) <= hi) a = m + 1;
    else b = m;
  }
  return [start, a];
}

/**
 * A pixel-width query over a long sorted series on the step axis, answered from its min/max buckets (see
 * ScalarSeriesView.extremes): each bucket wholly inside the range gives its two extreme points, the points of the
 * partial buckets at the range's edges and of the live tail are read one by one, and each candidate goes to the
 * pixel column of its own step; per column the first minimum and first maximum are kept, as in the exact
 * path, which it matches wherever no bucket straddles two columns (elsewhere an extreme of a straddling
 * bucket is kept in its own column, so no extreme is lost). Undefined when the buckets are too coarse.
 */
function downsampleFromExtremes(series: ScalarSeriesView, q: DownsampleQuery): DownsampleResult | undefined {
  const ext = series.extremes;
  if (!ext || q.width === undefined || q.x !== 'step' || !series.sorted) return undefined;
  const [start, end] = stepRange(
    series,
    q.xmin ?? Number.NEGATIVE_INFINITY,
    q.xmax ?? Number.POSITIVE_INFINITY,
  );
  const n = end - start;
  const columns = Math.max(1, Math.floor(q.width));
  if (n <= 2 * q.width + 2 || n <= 2) return undefined;
  const first = ext.bucketOf(start + 1);
  const last = ext.bucketOf(end - 2);
  const whole = (last < 0 ? -1 : last) - (first < 0 ? 0 : first) + 1;
  if (first < 0 || whole < BUCKETS_PER_COLUMN * columns) return undefined;

  const x0 = q.xmin ?? series.step(start);
  const x1 = q.xmax ?? series.step(end - 1);
  const span = x1 - x0;
  const minAt = new Float64Array(columns).fill(-1);
  const maxAt = new Float64Array(columns).fill(-1);
  const minV = new Float64Array(columns);
  const maxV = new Float64Array(columns);
  const consider = (i: number): void => {
    const c0 = span > 0 ? Math.floor(((series.step(i) - x0) / span) * columns) : 0;
    const c = c0 < 0 ? 0 : c0 >= columns ? columns - 1 : c0;
    const v = series.value(i);
    if (minAt[c]! < 0) {
      [minAt[c], maxAt[c], minV[c], maxV[c]] = [i, i, v, v];
      return;
    }
    if (Number.isNaN(minV[c]!)) return; // a NaN in a column is kept as its extreme
    if (Number.isNaN(v) || v < minV[c]!) [minAt[c], minV[c]] = [i, v];
    else if (v > maxV[c]!) [maxAt[c], maxV[c]] = [i, v];
  };
  let i = start + 1;
  while (i < end - 1) {
    const b = ext.bucketOf(i);
    if (b >= 0 && ext.bucketStart(b) === i && ext.bucketEnd(b) <= end - 1) {
      const a = ext.minIndex(b);
      const c = ext.maxIndex(b);
      consider(Math.min(a, c));
      if (a !== c) consider(Math.max(a, c));
      i = ext.bucketEnd(b);
    } else consider(i++);
  }
  const chosen: number[] = [start];
  for (let c = 0; c < columns; c++) {
    const a = minAt[c]!;
    if (a < 0) continue;
    const b = maxAt[c]!;
    chosen.push(Math.min(a, b));
    if (a !== b) chosen.push(Math.max(a, b));
  }
  chosen.push(end - 1);
  chosen.sort((p, r) => p - r);
  const out: number[] = [];
  for (const k of chosen) if (out.length === 0 || out[out.length - 1] !== k) out.push(k);
  return { inRange: n, indices: Int32Array.from(out) };
}

export function downsampleSeries(series: ScalarSeriesView, q: DownsampleQuery): DownsampleResult {
  const fromExtremes = downsampleFromExtremes(series, q);
  if (fromExtremes) return fromExtremes;
  const inRangeIdx = rangeIndices(series, q);
  const n = inRangeIdx.length;
  const byWidth = q.width !== undefined;
  const target = byWidth ? 2 * q.width! + 2 : (q.points ?? Number.POSITIVE_INFINITY);
  if (n <= target || n <= 2) return { inRange: n, indices: inRangeIdx };

  let buckets: number;
  let bucketOf: (k: number) => number;
  if (byWidth) {
    buckets = Math.max(1, Math.floor(q.width!));
    const xAt = xOf(series, q.x);
    let x0 = q.xmin ?? Number.POSITIVE_INFINITY;
    let x1 = q.xmax ?? Number.NEGATIVE_INFINITY;
    if (q.xmin === undefined || q.xmax === undefined) {
      for (let k = 0; k < n; k++) {
        const x = xAt(inRangeIdx[k]!);
        if (q.xmin === undefined && x < x0) x0 = x;
        if (q.xmax === undefined && x > x1) x1 = x;
      }
    }
    const span = x1 - x0;
    bucketOf = (k) => {
      if (!(span > 0)) return 0;
      const b = Math.floor(((xAt(inRangeIdx[k]!) - x0) / span) * buckets);
      return b < 0 ? 0 : b >= buckets ? buckets - 1 : b;
    };
  } else {
    buckets = Math.max(1, Math.floor((Math.max(2, q.points!) - 2) / 2));
    const inner = n - 2;
    bucketOf = (k) => Math.min(buckets - 1, Math.floor(((k - 1) * buckets) / inner));
  }

  const minK = new Int32Array(buckets).fill(-1);
  const maxK = new Int32Array(buckets).fill(-1);
  for (let k = 1; k < n - 1; k++) {
    const b = bucketOf(k);
    const v = series.value(inRangeIdx[k]!);
    const mk = minK[b]!;
    if (mk < 0) {
      minK[b] = k;
      maxK[b] = k;
      continue;
    }
    const vmin = series.value(inRangeIdx[mk]!);
    const vmax = series.value(inRangeIdx[maxK[b]!]!);
    if (Number.isNaN(vmin)) continue; // a NaN in a bucket is kept as its extreme: NaNs must stay visible
    if (Number.isNaN(v) || v < vmin) minK[b] = k;
    else if (v > vmax) maxK[b] = k;
  }
  const chosen: number[] = [0];
  for (let b = 0; b < buckets; b++) {
    const a = minK[b]!;
    const c = maxK[b]!;
    if (a < 0) continue;
    if (a === c) chosen.push(a);
    else chosen.push(Math.min(a, c), Math.max(a, c));
  }
  chosen.push(n - 1);
  chosen.sort((p, q2) => p - q2);
  const out: number[] = [];
  for (const k of chosen)
    if (out.length === 0 || out[out.length - 1] !== inRangeIdx[k]!) out.push(inRangeIdx[k]!);
  return { inRange: n, indices: Int32Array.from(out) };
}
