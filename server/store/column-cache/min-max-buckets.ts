// The in-memory min/max summary of a disk-backed series' sealed points: buckets of BUCKET_POINTS consecutive
// points (a sealed block is cut into ceil(count / BUCKET_POINTS) of them), each with the index, step, wall time
// and value of its minimum and maximum point, chosen exactly as the downsampler chooses per pixel column (the
// first minimum and first maximum in order; a NaN becomes the minimum and ends the search, so NaNs stay
// visible). The downsampler draws a chart of a long series from these extremes without reading the disk, and the
// series answers reads of an extreme point from here. About half a byte a point.
import type { SeriesExtremes } from '../scalar-series.ts';

export const BUCKET_POINTS = 128;

export interface MinMaxBuckets extends SeriesExtremes {
  /** Adds the buckets of a sealed block whose first point has index `first`. */
  addBlock(
    first: number,
    steps: ArrayLike<number>,
    walls: ArrayLike<number>,
    values: ArrayLike<number>,
    n: number,
  ): void;
  /** Point i's step, wall time or value when i is the extreme of bucket b, else undefined. */
  pointOf(b: number, i: number, col: 0 | 1 | 2): number | undefined;
  bucketCount(): number;
  clear(): void;
  bytes(): number;
}

export function createMinMaxBuckets(): MinMaxBuckets {
  let n = 0;
  let cap = 0;
  let start = new Float64Array(1); // start[n] = end of the last bucket
  let minIdx = new Float64Array(0);
  let maxIdx = new Float64Array(0);
  // [step, wall, value] of the minimum, then of the maximum: 6 per bucket
  let pts = new Float64Array(0);

  function grow(): void {
    const next = Math.max(16, cap * 2);
    const s = new Float64Array(next + 1);
    s.set(start);
    const a = new Float64Array(next);
    a.set(minIdx);
    const b = new Float64Array(next);
    b.set(maxIdx);
    const p = new Float64Array(next * 6);
    p.set(pts);
    [start, minIdx, maxIdx, pts, cap] = [s, a, b, p, next];
  }

  return {
    addBlock(first, steps, walls, values, count) {
      for (let lo = 0; lo < count; lo += BUCKET_POINTS) {
        const hi = Math.min(count, lo + BUCKET_POINTS);
        let mn = lo;
        let mx = lo;
        for (let k = lo + 1; k < hi; k++) {
          const v = values[k]!;
          const vmin = values[mn]!;
          if (Number.isNaN(vmin)) break;
          if (Number.isNaN(v) || v < vmin) mn = k;
          else if (v > values[mx]!) mx = k;
        }
        if (n === cap) grow();
        start[n] = first + lo;
        minIdx[n] = first + mn;
        maxIdx[n] = first + mx;
        const p = 6 * n;
        [pts[p], pts[p + 1], pts[p + 2]] = [steps[mn]!, walls[mn]!, values[mn]!];
        [pts[p + 3], pts[p + 4], pts[p + 5]] = [steps[mx]!, walls[mx]!, values[mx]!];
        n++;
        start[n] = first + hi;
      }
    },
    pointOf(b, i, col) {
      if (minIdx[b] === i) return pts[6 * b + col];
      if (maxIdx[b] === i) return pts[6 * b + 3 + col];
      return undefined;
    },
    bucketOf(i) {
      if (n === 0 || i < start[0]! || i >= start[n]!) return -1;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (start[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    bucketStart: (b) => start[b]!,
    bucketEnd: (b) => start[b + 1]!,
    minIndex: (b) => minIdx[b]!,
    maxIndex: (b) => maxIdx[b]!,
    bucketCount: () => n,
    clear() {
      n = 0;
      start[0] = 0;
    },
    bytes: () => start.byteLength + minIdx.byteLength + maxIdx.byteLength + pts.byteLength,
  };
}
