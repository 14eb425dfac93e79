// The in-memory min/max summary of a disk-backed series' sealed points: buckets of BUCKET_POINTS consecutive
// points (a sealed block is cut into ceil(count / BUCKET_POINTS) of them), each with the index, step, wall time
// and value of its minimum and maximum point, chosen exactly as the downsampler chooses per pixel column (the
// first minimum and first maximum in order; a NaN becomes the minimum and ends the search, so NaNs stay
// visible). The downsampler draws a chart of a long series from these extremes without reading the disk, and the
// series answers reads of an extreme point from here. About half a byte a point. A block's buckets are also kept
// on disk as one record (bucket-file.ts): a 16-byte header (magic, bucket count, CRC32 of the body, 0) then per
// bucket the minimum's and maximum's index within the block, then their step, wall time and value (8 float64s),
// so a restart rebuilds the buckets without reading the block; a record whose magic, count, CRC or indices do not
// match its block is reported (an Error naming the file and offset), never used.
import { crc32 } from 'node:zlib';
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
  /**
   * Adds the buckets of a sealed block of `n` points (first point `first`) from its record (encodeBuckets()) at
   * `offset` of `buf`; throws naming `file` and the offset when the record does not match the block.
   */
  addRecord(first: number, n: number, buf: Buffer, offset: number, file: string): void;
  /** The record of buckets [from, to) (one block's), for the bucket file. */
  encodeBuckets(from: number, to: number): Buffer;
  bucketCount(): number;
  clear(): void;
  bytes(): number;
}

const RECORD_MAGIC = 0x54424d31; // "TBM1"
const RECORD_HEADER = 16;
const BUCKET_DOUBLES = 8;

/** Bytes of the record of a block's `n` points. */
export function bucketRecordBytes(n: number): number {
  return RECORD_HEADER + 8 * BUCKET_DOUBLES * Math.ceil(n / BUCKET_POINTS);
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
    addRecord(first, count, buf, offset, file) {
      const k = Math.ceil(count / BUCKET_POINTS);
      const bytes = bucketRecordBytes(count);
      const bad = (why: string): Error =>
        new Error(`column cache ${file}: bucket record at offset ${offset} ${why}`);
      if (offset < 0 || offset + bytes > buf.length) throw bad("lies past the file's end");
      if (buf.readUInt32LE(offset) !== RECORD_MAGIC) throw bad('has no magic');
      if (buf.readUInt32LE(offset + 4) !== k)
        throw bad(`holds ${buf.readUInt32LE(offset + 4)} buckets, not ${k}`);
      if (crc32(buf.subarray(offset + RECORD_HEADER, offset + bytes)) !== buf.readUInt32LE(offset + 8))
        throw bad('fails its CRC');
      let at = offset + RECORD_HEADER;
      for (let j = 0; j < k; j++, at += 8 * BUCKET_DOUBLES) {
        const lo = j * BUCKET_POINTS;
        const hi = Math.min(count, lo + BUCKET_POINTS);
        const mn = buf.readDoubleLE(at);
        const mx = buf.readDoubleLE(at + 8);
        if (!(Number.isInteger(mn) && Number.isInteger(mx) && mn >= lo && mn < hi && mx >= lo && mx < hi))
          throw bad(`names points outside bucket ${j}`);
        if (n === cap) grow();
        start[n] = first + lo;
        minIdx[n] = first + mn;
        maxIdx[n] = first + mx;
        const p = 6 * n;
        for (let c = 0; c < 6; c++) pts[p + c] = buf.readDoubleLE(at + 16 + 8 * c);
        n++;
        start[n] = first + hi;
      }
    },
    encodeBuckets(from, to) {
      const buf = Buffer.alloc(RECORD_HEADER + 8 * BUCKET_DOUBLES * (to - from));
      buf.writeUInt32LE(RECORD_MAGIC, 0);
      buf.writeUInt32LE(to - from, 4);
      let at = RECORD_HEADER;
      const first = start[from]!;
      for (let b = from; b < to; b++, at += 8 * BUCKET_DOUBLES) {
        buf.writeDoubleLE(minIdx[b]! - first, at);
        buf.writeDoubleLE(maxIdx[b]! - first, at + 8);
        for (let c = 0; c < 6; c++) buf.writeDoubleLE(pts[6 * b + c]!, at + 16 + 8 * c);
      }
      buf.writeUInt32LE(crc32(buf.subarray(RECORD_HEADER)), 8);
      return buf;
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
