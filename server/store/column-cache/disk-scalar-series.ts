// One scalar series whose full resolution lives in the column cache's file: sealed blocks of BLOCK_POINTS points
// on disk (an in-memory index of their offsets, first indices and step ranges), plus the live tail not yet sealed
// in memory. It is a ScalarSeries: reads stay synchronous (a point of a sealed block comes through the file's
// LRU of decoded blocks), so every plugin reads it as it reads the in-memory series. Invariants: the same as
// scalar-series.ts (arrival order, `sorted`, purge of step >= fromStep, exact int64 steps in a side table);
// memory per series is its index (about 48 bytes a block) plus a tail of at most BLOCK_POINTS points. With a
// bucket file, each sealed block's min/max buckets are appended there too, so that a restore from a trusted
// cache (column-cache.ts: its files untouched since the manifest) rebuilds them without reading the blocks.
import { createExactSteps, stepDigits } from '../exact-steps.ts';
import type { ScalarColumnsRun, ScalarSeries } from '../scalar-series.ts';
import { BLOCK_POINTS, encodeBlock, type BlockColumns } from './block-codec.ts';
import type { BucketFile } from './bucket-file.ts';
import type { ColumnFile } from './column-file.ts';
import { BUCKET_POINTS, createMinMaxBuckets } from './min-max-buckets.ts';

/** What the cache's manifest keeps of a series whose every point is sealed (see snapshot()). */
export interface DiskSeriesState {
  /** Flat triples: offset in the column file, byte length, point count. */
  blocks: number[];
  sorted: boolean;
  /** The last point's step; null for an empty series. */
  lastStep: number | null;
  /** Exact int64 steps beyond 2^53: [index, digits]. */
  exact: [number, string][];
  /** Per block, the offset of its bucket record in the bucket file (absent in caches written before them). */
  buckets?: number[];
}

/** Where a series' blocks go, and how a restored one may be rebuilt. */
export interface SeriesFiles {
  file: ColumnFile;
  /** Absent: no bucket records are written (the state then has none). */
  buckets?: BucketFile;
  /**
   * The bucket file's bytes as the manifest names them, when the cache is trusted (its files untouched since the
   * manifest): a restore then takes each block's buckets from its record and reads back only the last block.
   * Absent: every block is read back and checked, and its buckets rebuilt from it.
   */
  records?: Buffer;
}

/** A series' sealed blocks as a compaction (cache-compactor.ts) copies and relocates them. */
export interface SeriesBlocks {
  /** Sealed blocks now (a purge drops them all: the indices below refer to the blocks of this instant). */
  count(): number;
  /** Block b's offset in the column file, byte length, point count and bucket record's offset (-1: none). */
  at(b: number): number;
  bytes(b: number): number;
  points(b: number): number;
  record(b: number): number;
  /** Bytes of the column file its sealed blocks take. */
  liveBytes(): number;
  /** Counts the series' purges (each drops every block, so offsets copied before one are of dead blocks). */
  epoch(): number;
  /**
   * Moves every block (and bucket record) to its offset in the swapped-in files, given in block order (at least
   * count() of each): in the turn of the swap.
   */
  relocate(at: Float64Array, records: Float64Array): void;
}

export interface DiskScalarSeries extends ScalarSeries {
  /** Seals the live tail (a partial block) and returns the series' state for the manifest. */
  snapshot(): DiskSeriesState;
  /** Its sealed blocks, for the cache's compaction. */
  readonly blocks: SeriesBlocks;
}

/** Tails with at least this many points are sealed by compact() (fewer stay in memory: tiny blocks cost reads). */
const SEAL_ON_COMPACT = 64;

export function createDiskScalarSeries(
  files: ColumnFile | SeriesFiles,
  from?: DiskSeriesState,
): DiskScalarSeries {
  const { file, buckets, records } = 'file' in files ? files : { file: files };
  // sealed blocks: offset in the file, byte length, index of the first point, step range
  let blocks = 0;
  let blockAt = new Float64Array(4);
  let blockBytes = new Int32Array(4);
  let blockStart = new Float64Array(5); // blockStart[blocks] = sealed point count
  let firstBucket = new Float64Array(4); // the block's first min/max bucket
  let blockRecord = new Float64Array(4); // the offset of the block's bucket record (-1: none)
  const ext = createMinMaxBuckets();
  let sealed = 0;
  let liveBytes = 0; // sum of blockBytes
  let epoch = 0; // purges so far
  // the live tail
  let tailCap = 16;
  let tailN = 0;
  let tSteps = new Float64Array(tailCap);
  let tWalls = new Float64Array(tailCap);
  let tValues = new Float64Array(tailCap);
  let sorted = true;
  let lastStep = Number.NEGATIVE_INFINITY;
  let lastBlock = 0;
  const exact = createExactSteps();
  /** Indexes a sealed block; its buckets come from its columns (and are recorded) or from its record. */
  function addBlock(
    at: number,
    bytes: number,
    n: number,
    cols: BlockColumns | Float64Array[] | { record: number },
  ): void {
    if (blocks === blockAt.length) growIndex();
    blockAt[blocks] = at;
    blockBytes[blocks] = bytes;
    blockStart[blocks] = sealed;
    liveBytes += bytes;
    const first = ext.bucketCount();
    firstBucket[blocks] = first;
    if ('record' in cols) {
      ext.addRecord(sealed, n, records!, cols.record, buckets?.path ?? file.path);
      blockRecord[blocks] = cols.record;
    } else {
      const [st, wa, va] = Array.isArray(cols) ? cols : [cols.steps, cols.walls, cols.values];
      ext.addBlock(sealed, st, wa, va, n);
      blockRecord[blocks] = buckets ? buckets.append(ext.encodeBuckets(first, ext.bucketCount())) : -1;
    }
    blocks++;
    sealed += n;
    blockStart[blocks] = sealed;
  }

  if (from) {
    const recs = from.buckets;
    const fast = records !== undefined && recs !== undefined && 3 * recs.length === from.blocks.length;
    for (let k = 0; k + 2 < from.blocks.length; k += 3) {
      const [at, bytes, n] = [from.blocks[k]!, from.blocks[k + 1]!, from.blocks[k + 2]!];
      if (fast && recs[k / 3]! >= 0 && k + 5 < from.blocks.length) {
        // a trusted cache: the block's extent is checked, its buckets come from its record; its CRC is checked
        // when it is first read
        if (at + bytes > file.size())
          throw new Error(`column cache ${file.path}: block at offset ${at} lies past the file's end`);
        addBlock(at, bytes, n, { record: recs[k / 3]! });
      } else {
        // read back once: its CRC checked (a damaged one throws, naming the offset) and its buckets rebuilt
        // (the last block always: a torn write is where damage is likeliest)
        addBlock(at, bytes, n, file.check(at, bytes, n));
      }
    }
    sorted = from.sorted;
    lastStep = from.lastStep ?? Number.NEGATIVE_INFINITY;
    for (const [i, digits] of from.exact) exact.set(i, BigInt(digits));
  }

  function growIndex(): void {
    const cap = blockAt.length * 2;
    const a = new Float64Array(cap);
    a.set(blockAt);
    const b = new Int32Array(cap);
    b.set(blockBytes);
    const s = new Float64Array(cap + 1);
    s.set(blockStart);
    const f = new Float64Array(cap);
    f.set(firstBucket);
    const r = new Float64Array(cap);
    r.set(blockRecord);
    [blockAt, blockBytes, blockStart, firstBucket, blockRecord] = [a, b, s, f, r];
  }

  function resizeTail(cap: number): void {
    const s = new Float64Array(cap);
    s.set(tSteps.subarray(0, tailN));
    const w = new Float64Array(cap);
    w.set(tWalls.subarray(0, tailN));
    const v = new Float64Array(cap);
    v.set(tValues.subarray(0, tailN));
    [tSteps, tWalls, tValues, tailCap] = [s, w, v, cap];
  }

  function seal(): void {
    if (tailN === 0) return;
    const buf = encodeBlock(tSteps, tWalls, tValues, tailN);
    addBlock(file.append(buf), buf.length, tailN, [tSteps, tWalls, tValues]);
    tailN = 0;
  }

  /** The block holding sealed point i (i < sealed). */
  function blockOf(i: number): number {
    const b = lastBlock;
    if (b < blocks && blockStart[b]! <= i && i < blockStart[b + 1]!) return b;
    let lo = 0;
    let hi = blocks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (blockStart[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    lastBlock = lo;
    return lo;
  }

  function column<K extends 'steps' | 'walls' | 'values'>(i: number, col: K): number {
    if (i >= sealed) {
      const k = i - sealed;
      return col === 'steps' ? tSteps[k]! : col === 'walls' ? tWalls[k]! : tValues[k]!;
    }
    const b = blockOf(i);
    const local = i - blockStart[b]!;
    const fromBucket = ext.pointOf(
      firstBucket[b]! + Math.floor(local / BUCKET_POINTS),
      i,
      col === 'steps' ? 0 : col === 'walls' ? 1 : 2,
    );
    return fromBucket ?? file.block(blockAt[b]!, blockBytes[b]!)[col][local]!;
  }

  /** Sealed point i's block as decoded (every column, from the LRU or the disk), or the tail from i on. */
  function columnsAt(i: number): ScalarColumnsRun {
    if (i >= sealed)
      return { first: sealed, end: sealed + tailN, steps: tSteps, walls: tWalls, values: tValues };
    const b = blockOf(i);
    const cols = file.block(blockAt[b]!, blockBytes[b]!);
    return {
      first: blockStart[b]!,
      end: blockStart[b + 1]!,
      steps: cols.steps,
      walls: cols.walls,
      values: cols.values,
    };
  }

  const step = (i: number): number => column(i, 'steps');
  const length = (): number => sealed + tailN;

  function append(s: number, wallTime: number, value: number, exactStep?: bigint): void {
    if (tailN === tailCap) resizeTail(Math.min(BLOCK_POINTS, tailCap * 2));
    if (s < lastStep) sorted = false;
    lastStep = s;
    tSteps[tailN] = s;
    tWalls[tailN] = wallTime;
    tValues[tailN] = value;
    if (exactStep !== undefined) exact.set(sealed + tailN, exactStep);
    tailN++;
    if (tailN === BLOCK_POINTS) seal();
  }

  /** Points [from, to) of the columns, in order: what append() does for each, a tail's worth per copy. */
  function appendColumns(
    stepCol: Float64Array,
    wallCol: Float64Array,
    valueCol: Float64Array,
    from: number,
    to: number,
  ): void {
    let i = from;
    while (i < to) {
      if (tailN === tailCap) resizeTail(Math.min(BLOCK_POINTS, tailCap * 2));
      const n = Math.min(to - i, tailCap - tailN);
      for (let k = i; k < i + n; k++) {
        const s = stepCol[k]!;
        if (s < lastStep) sorted = false;
        lastStep = s;
      }
      tSteps.set(stepCol.subarray(i, i + n), tailN);
      tWalls.set(wallCol.subarray(i, i + n), tailN);
      tValues.set(valueCol.subarray(i, i + n), tailN);
      tailN += n;
      i += n;
      if (tailN === BLOCK_POINTS) seal();
    }
  }

  /** Every point in order (a purge's rebuild reads them all back). */
  function readAll(): { steps: Float64Array; walls: Float64Array; values: Float64Array } {
    const n = length();
    const out = { steps: new Float64Array(n), walls: new Float64Array(n), values: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      out.steps[i] = step(i);
      out.walls[i] = column(i, 'walls');
      out.values[i] = column(i, 'values');
    }
    return out;
  }

  function indexAfterStep(target: number): number {
    const n = length();
    if (!sorted) {
      for (let i = n - 1; i >= 0; i--) if (step(i) === target) return i + 1;
      for (let i = n - 1; i >= 0; i--) if (step(i) < target) return i + 1;
      return 0;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (step(mid) <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  const blockHandle: SeriesBlocks = {
    count: () => blocks,
    at: (b) => blockAt[b]!,
    bytes: (b) => blockBytes[b]!,
    points: (b) => blockStart[b + 1]! - blockStart[b]!,
    record: (b) => blockRecord[b]!,
    liveBytes: () => liveBytes,
    epoch: () => epoch,
    relocate(at, records) {
      if (at.length < blocks || records.length < blocks)
        throw new Error(`column cache ${file.path}: relocation of ${at.length} blocks for ${blocks}`);
      blockAt.set(at.subarray(0, blocks));
      blockRecord.set(records.subarray(0, blocks));
    },
  };

  return {
    blocks: blockHandle,
    get length() {
      return length();
    },
    get sorted() {
      return sorted;
    },
    step,
    exactStep: (i) => exact.get(i),
    stepText: (i) => stepDigits(step(i), exact.get(i)),
    wallTime: (i) => column(i, 'walls'),
    value: (i) => column(i, 'values'),
    indexAfterStep,
    columnsAt,
    extremes: ext,
    bytes: () =>
      blockAt.byteLength +
      blockBytes.byteLength +
      blockStart.byteLength +
      firstBucket.byteLength +
      blockRecord.byteLength +
      ext.bytes() +
      24 * tailCap,
    append,
    appendColumns,
    purge(fromStep) {
      const n = length();
      const all = readAll();
      const removed: number[] = [];
      for (let i = 0; i < n; i++) if (all.steps[i]! >= fromStep) removed.push(i);
      if (removed.length === 0) return removed;
      // the old blocks stay in the append-only file as garbage; the kept points are sealed anew
      blocks = 0;
      sealed = 0;
      liveBytes = 0;
      epoch++;
      tailN = 0;
      ext.clear();
      lastBlock = 0;
      blockStart[0] = 0;
      sorted = true;
      lastStep = Number.NEGATIVE_INFINITY;
      exact.purge(removed); // the side table follows the kept points' new indices
      for (let i = 0; i < n; i++)
        if (all.steps[i]! < fromStep) append(all.steps[i]!, all.walls[i]!, all.values[i]!);
      return removed;
    },
    snapshot() {
      seal();
      const out: number[] = [];
      const recs: number[] = [];
      for (let b = 0; b < blocks; b++) {
        out.push(blockAt[b]!, blockBytes[b]!, blockStart[b + 1]! - blockStart[b]!);
        recs.push(blockRecord[b]!);
      }
      const ex: [number, string][] = [];
      for (let i = 0; exact.size > 0 && i < sealed; i++) {
        const e = exact.get(i);
        if (e !== undefined) ex.push([i, String(e)]);
      }
      return {
        blocks: out,
        sorted,
        lastStep: sealed > 0 ? lastStep : null,
        exact: ex,
        ...(buckets ? { buckets: recs } : {}),
      };
    },
    compact() {
      const before = 24 * tailCap;
      if (tailN >= SEAL_ON_COMPACT) seal();
      const cap = Math.max(tailN, 16);
      if (cap >= tailCap) return 0;
      resizeTail(cap);
      return before - 24 * tailCap;
    },
  };
}
