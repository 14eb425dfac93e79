// The column cache's compaction: columns.bin and buckets.bin are append-only, so blocks dropped by purges (a
// restarted writer's purge_step, TensorBoard's purge_orphaned_data) and their bucket records stay in them as dead
// bytes. A compaction copies every live block (each live series', and those named by manifest states: runs not
// taken yet, the last checkpoint's) into new files beside the old ones, a slice of work per turn of the event loop
// (turn-scheduler.ts), each block checked (magic, size, CRC) as it is copied; then, in one turn, it copies what
// was sealed meanwhile, swaps the new files in under the open ColumnFile and BucketFile and relocates every
// series' block index: a read is synchronous, so no reader ever sees half of the swap. cache-housekeeping.ts then
// makes the swap durable (sync, manifest unlinked, renames over the old names, a new manifest) in an order where
// a crash at any point leaves the old files with their manifest, no manifest (the cache is rebuilt from the event
// files) or the new files with theirs: never a manifest naming offsets of the other file.
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { createSliceClock } from '../../runtime/turn-scheduler.ts';
import type { BucketFile } from './bucket-file.ts';
import type { ColumnFile } from './column-file.ts';
import type { DiskSeriesState, SeriesBlocks } from './disk-scalar-series.ts';
import { bucketRecordBytes } from './min-max-buckets.ts';

/** Where a compaction may be stopped by TRAINBOARD_CACHE_CRASH_AT (a kill -9 of itself: crash tests only). */
export type CompactPhase = 'copied' | 'swapped' | 'unlinked' | 'renamed-columns' | 'renamed' | 'done';

/** Kills the process (SIGKILL: no cleanup, as a crash) when TRAINBOARD_CACHE_CRASH_AT names this phase. */
export function crashPoint(phase: CompactPhase): void {
  if (process.env.TRAINBOARD_CACHE_CRASH_AT === phase) process.kill(process.pid, 'SIGKILL');
}

export interface CompactionSource {
  file: ColumnFile;
  buckets: BucketFile | undefined;
  /** Every live series' blocks now. */
  series(): SeriesBlocks[];
  /** Manifest states whose blocks are live but may be in no series (runs not taken yet, the last checkpoint's). */
  states(): DiskSeriesState[];
  /** The states of runs not taken yet (remapped in the swap's turn: a run may be taken at any time after it). */
  pending(): DiskSeriesState[];
}

/** Where a block or record of the old files is in the new ones (throws for one that was not copied). */
export interface Remap {
  block(at: number): number;
  record(at: number): number;
}

export interface Compaction {
  /** The new files (renamed over the old names once the swap is durable). */
  readonly columnsPath: string;
  readonly bucketsPath: string | undefined;
  /** Copies the live blocks, a slice per turn; false when aborted meanwhile. */
  copy(): Promise<boolean>;
  /** In one turn: copies what was sealed since, swaps the new files in, relocates every series. */
  swap(): Remap;
  /** Stops the copy at its next slice. */
  abort(): void;
  /** Removes the new files (a compaction that did not swap). */
  discard(): void;
  /** Bytes copied into the new column file. */
  bytes(): number;
}

/** A series' blocks as copied so far: its purge epoch then, and the new offsets of its first `n` blocks. */
interface Prepared {
  epoch: number;
  n: number;
  at: Float64Array;
  rec: Float64Array;
}

function writeAll(fd: number, buf: Buffer, at: number): void {
  let done = 0;
  while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done, at + done);
}

export function startCompaction(src: CompactionSource): Compaction {
  const columnsPath = `${src.file.path}.compact-${process.pid}`;
  const bucketsPath = src.buckets ? `${src.buckets.path}.compact-${process.pid}` : undefined;
  let colFd: number | undefined = openSync(columnsPath, 'w+');
  let bucketFd: number | undefined = bucketsPath ? openSync(bucketsPath, 'w+') : undefined;
  const blockMap = new Map<number, number>();
  const prepared = new Map<SeriesBlocks, Prepared>();
  const recordMap = new Map<number, number>();
  let colEnd = 0;
  let bucketEnd = 0;
  let aborted = false;

  function copyBlock(at: number, bytes: number, points: number): number {
    const done = blockMap.get(at);
    if (done !== undefined) return done;
    writeAll(colFd!, src.file.raw(at, bytes, points), colEnd);
    blockMap.set(at, colEnd);
    colEnd += bytes;
    return colEnd - bytes;
  }

  function copyRecord(at: number, points: number): number {
    if (at < 0 || !src.buckets) return -1;
    const done = recordMap.get(at);
    if (done !== undefined) return done;
    const bytes = bucketRecordBytes(points);
    writeAll(bucketFd!, src.buckets.read(at, bytes), bucketEnd);
    recordMap.set(at, bucketEnd);
    bucketEnd += bytes;
    return bucketEnd - bytes;
  }

  /**
   * Copies the series' blocks not copied yet, yielding after each; their new offsets are kept in order, so the
   * swap relocates the series with one array copy. A purge meanwhile (a new epoch) starts the series over.
   */
  function* copySeries(s: SeriesBlocks): Generator<void, void, void> {
    for (;;) {
      let p = prepared.get(s);
      if (!p || p.epoch !== s.epoch()) {
        const cap = Math.max(4, s.count());
        p = { epoch: s.epoch(), n: 0, at: new Float64Array(cap), rec: new Float64Array(cap) };
        prepared.set(s, p);
      }
      const b = p.n;
      if (b >= s.count()) return;
      if (b === p.at.length) {
        const at = new Float64Array(2 * b);
        at.set(p.at);
        const rec = new Float64Array(2 * b);
        rec.set(p.rec);
        [p.at, p.rec] = [at, rec];
      }
      p.at[b] = copyBlock(s.at(b), s.bytes(b), s.points(b));
      p.rec[b] = copyRecord(s.record(b), s.points(b));
      p.n = b + 1;
      yield;
    }
  }

  /** The blocks of manifest states (never changed once made: a state is replaced, not edited). */
  function* copyStates(states: DiskSeriesState[]): Generator<void, void, void> {
    for (const st of states) {
      const recs = st.buckets !== undefined && 3 * st.buckets.length === st.blocks.length ? st.buckets : [];
      for (let k = 0; k + 2 < st.blocks.length; k += 3) {
        copyBlock(st.blocks[k]!, st.blocks[k + 1]!, st.blocks[k + 2]!);
        if (recs.length > 0) copyRecord(recs[k / 3]!, st.blocks[k + 2]!);
        yield;
      }
    }
  }

  /** Every live block not copied yet, yielding after each (so the copy can be sliced). */
  function* copySteps(): Generator<void, void, void> {
    for (const s of src.series()) yield* copySeries(s);
    yield* copyStates(src.states());
  }

  function closeOwn(): void {
    if (colFd !== undefined) closeSync(colFd);
    if (bucketFd !== undefined) closeSync(bucketFd);
    colFd = bucketFd = undefined;
  }

  const lookup =
    (map: Map<number, number>, what: string) =>
    (at: number): number => {
      const v = map.get(at);
      if (v === undefined)
        throw new Error(`column cache ${src.file.path}: ${what} at offset ${at} was not copied`);
      return v;
    };

  return {
    columnsPath,
    bucketsPath,
    async copy() {
      const clock = createSliceClock();
      for (const _ of copySteps()) {
        if (aborted) return false;
        if (clock.due()) await clock.yield();
      }
      return !aborted;
    },
    swap() {
      // one turn: the blocks sealed since the copy (a purged series' all), those of runs not taken yet (copied
      // already: their states are not changed), then the swap and every series relocated by one array copy
      const series = src.series();
      for (const s of series) for (const _ of copySeries(s));
      for (const _ of copyStates(src.pending()));
      src.file.swap(columnsPath);
      if (src.buckets && bucketsPath) src.buckets.swap(bucketsPath);
      closeOwn();
      for (const s of series) {
        const p = prepared.get(s)!;
        s.relocate(p.at, p.rec);
      }
      prepared.clear();
      return { block: lookup(blockMap, 'block'), record: lookup(recordMap, 'bucket record') };
    },
    abort() {
      aborted = true;
    },
    discard() {
      closeOwn();
      for (const p of [columnsPath, bucketsPath])
        if (p)
          try {
            unlinkSync(p);
          } catch {
            // never made, or removed with the cache directory
          }
    },
    bytes: () => colEnd,
  };
}
