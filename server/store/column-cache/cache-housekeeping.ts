// When and how the column cache reclaims its dead bytes. Purges leave dead blocks in the append-only files (and
// their records in buckets.bin); once they are at least half of columns.bin and at least `minDeadBytes` (checked
// after each checkpoint, i.e. after bulk reads, and at start once every cached run is taken), a compaction
// (cache-compactor.ts) rewrites the live blocks into new files and swaps them in. At one half, each byte copied
// reclaims at least one dead byte (a compaction costs at most what it frees) and the files stay within twice
// their live bytes. The swap is made durable in an order where a crash at any point leaves the old files with
// their manifest, or no manifest (the cache is then rebuilt from the event files), or the new files with theirs:
// sync the new files, unlink the manifest, rename the new files over the old names, sync the directory, write
// the new manifest. Manifests also name the inodes of their files (a manifest over a renamed file is refused).
import { unlinkSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { createSliceClock } from '../../runtime/turn-scheduler.ts';
import type { BucketFile } from './bucket-file.ts';
import { crashPoint, startCompaction, type Compaction, type Remap } from './cache-compactor.ts';
import type { PersistedRun } from './cache-manifest.ts';
import type { ColumnFile } from './column-file.ts';
import type { DiskSeriesState, SeriesBlocks } from './disk-scalar-series.ts';

export interface CompactPolicy {
  /** Compact once dead bytes are at least this fraction of columns.bin (default 0.5). */
  deadFraction: number;
  /** ... and at least this many bytes (default 1 MiB: smaller files are not worth a rewrite). */
  minDeadBytes: number;
}

export const DEFAULT_POLICY: CompactPolicy = { deadFraction: 0.5, minDeadBytes: 2 ** 20 };

export interface HousekeepingLog {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
}

/** The column cache as its housekeeping sees it. */
export interface HousekeepingContext {
  dir: string;
  persistent: boolean;
  file: ColumnFile;
  buckets: BucketFile | undefined;
  manifestPath: string;
  log: HousekeepingLog;
  policy: CompactPolicy;
  /** Runs of the manifest not taken yet (remapped in place by a compaction). */
  cached: Map<string, PersistedRun>;
  /** What the last checkpoint named (its blocks are copied too, and its manifest rewritten). */
  lastRuns(): PersistedRun[] | undefined;
  setLastRuns(runs: PersistedRun[]): void;
  /** The restore records (the old buckets.bin's bytes) are stale. */
  dropRecords(): void;
  /** Runs `write` after the manifest writes queued before it. */
  enqueue(write: () => Promise<void>): Promise<void>;
  /** The manifest write of `runs` as the files are now. */
  writeState(runs: PersistedRun[]): () => Promise<void>;
}

export interface Housekeeping {
  /** Registers a series made by the cache (weakly: a series nobody holds is garbage, and so are its blocks). */
  track(blocks: SeriesBlocks): void;
  /** Compactions swapped in so far: a manifest text of an older generation names the old files' offsets. */
  generation(): number;
  deadBytes(): number;
  /** Milliseconds of the last compaction's swap turn (copying what was sealed meanwhile, relocating). */
  lastSwapMs(): number;
  /** Compacts when due; resolves once done (false: not due, aborted or failed). */
  compactIfDue(): Promise<boolean>;
  /** Stops a copy under way (a swap under way is made durable first); resolves when it is over. */
  close(): Promise<void>;
}

const stateBytes = (st: DiskSeriesState): number => {
  let n = 0;
  for (let k = 1; k < st.blocks.length; k += 3) n += st.blocks[k]!;
  return n;
};

/** The run with its blocks (and bucket records, unless `dropBuckets`) at their offsets in the swapped-in files. */
function remapRun(run: PersistedRun, remap: Remap, dropBuckets: boolean): PersistedRun {
  const series = run.data.series.map((st) => {
    const blocks = st.blocks.slice();
    for (let k = 0; k + 2 < blocks.length; k += 3) blocks[k] = remap.block(blocks[k]!);
    const { buckets, ...rest } = st;
    const recs = dropBuckets || !buckets ? undefined : buckets.map((r) => (r >= 0 ? remap.record(r) : r));
    return { ...rest, blocks, ...(recs ? { buckets: recs } : {}) };
  });
  return { ...run, data: { ...run.data, series } };
}

/** Makes the directory's renames durable (off the event loop: an fsync may wait for the disk). */
async function fsyncDir(dir: string): Promise<void> {
  const h = await open(dir, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

export function createHousekeeping(ctx: HousekeepingContext): Housekeeping {
  const { file, buckets, log, dir } = ctx;
  const made = new Set<WeakRef<SeriesBlocks>>();
  let generation = 0;
  let compacting: Promise<boolean> | undefined;
  let running: Compaction | undefined;
  let closing = false;
  let swapMs = 0; // the swap's turn, last compaction

  function liveSeries(): SeriesBlocks[] {
    const out: SeriesBlocks[] = [];
    for (const ref of made) {
      const s = ref.deref();
      if (s) out.push(s);
      else made.delete(ref);
    }
    return out;
  }

  function deadBytes(): number {
    let live = 0;
    for (const s of liveSeries()) live += s.liveBytes();
    for (const run of ctx.cached.values()) for (const st of run.data.series) live += stateBytes(st);
    return Math.max(0, file.size() - live);
  }

  /**
   * The last checkpoint's runs remapped to the new files, a slice per turn (they name every block: too many for
   * the swap's turn); undefined when one of their blocks was purged (not copied) or a checkpoint came meanwhile.
   */
  async function remapLast(remap: Remap): Promise<PersistedRun[] | undefined> {
    const last = ctx.lastRuns();
    if (!last) return undefined;
    const clock = createSliceClock();
    const out: PersistedRun[] = [];
    try {
      for (const r of last) {
        out.push(remapRun(r, remap, false));
        if (clock.due()) await clock.yield();
      }
    } catch {
      return undefined; // the next checkpoint writes the manifest
    }
    if (ctx.lastRuns() !== last) return undefined; // a newer checkpoint (of the new offsets) is queued
    ctx.setLastRuns(out);
    return out;
  }

  /** The swap made durable (see the head of this file); its first part runs in the swap's turn. */
  async function settle(
    c: Compaction,
    remap: Remap,
    finals: { columns: string; buckets?: string },
  ): Promise<void> {
    for (const [name, run] of ctx.cached) ctx.cached.set(name, remapRun(run, remap, true));
    ctx.dropRecords(); // runs not taken yet read their blocks back on restore
    crashPoint('swapped');
    await Promise.all([file.sync(), buckets?.sync()]);
    const runs = await remapLast(remap);
    if (ctx.persistent) {
      try {
        unlinkSync(ctx.manifestPath); // from here to the new manifest, a crash leaves no manifest: a rebuild
      } catch {
        // none was written yet
      }
      crashPoint('unlinked');
    }
    await rename(c.columnsPath, finals.columns);
    file.renamed(finals.columns);
    crashPoint('renamed-columns');
    if (buckets && c.bucketsPath && finals.buckets) {
      await rename(c.bucketsPath, finals.buckets);
      buckets.renamed(finals.buckets);
    }
    await fsyncDir(dir);
    crashPoint('renamed');
    if (ctx.persistent && runs) {
      await ctx.writeState(runs)();
      crashPoint('done');
    }
  }

  async function compact(): Promise<boolean> {
    const before = file.size();
    const dead = deadBytes();
    const finals = { columns: file.path, ...(buckets ? { buckets: buckets.path } : {}) };
    const c = startCompaction({
      file,
      buckets,
      series: liveSeries,
      states: () => [...ctx.cached.values(), ...(ctx.lastRuns() ?? [])].flatMap((r) => r.data.series),
      pending: () => [...ctx.cached.values()].flatMap((r) => r.data.series),
    });
    running = c;
    let swapped = false;
    const t0 = performance.now();
    try {
      if (!(await c.copy()) || closing) {
        c.discard();
        return false;
      }
      crashPoint('copied');
      await ctx.enqueue(async () => {
        // after the checkpoint being written (its text names the old offsets), in one turn
        const s0 = performance.now();
        const remap = c.swap();
        swapped = true;
        generation++;
        const settled = settle(c, remap, finals); // its first part is in this turn too
        swapMs = performance.now() - s0;
        await settled;
      });
      log.info(
        {
          dir,
          beforeBytes: before,
          afterBytes: file.size(),
          deadBytes: dead,
          ms: Math.round(performance.now() - t0),
        },
        'column cache: compacted (dead blocks of purges reclaimed)',
      );
      return true;
    } catch (err) {
      if (!swapped) c.discard(); // after the swap its files are the cache's (renamed, or left for a rebuild)
      log.warn(
        { dir, file: file.path, error: err instanceof Error ? err.message : String(err) },
        swapped
          ? 'column cache: compaction swapped but not settled; the next start rebuilds from the event files'
          : 'column cache: compaction failed; the cache keeps its files as they were',
      );
      return false;
    } finally {
      running = undefined;
    }
  }

  return {
    track: (blocks) => void made.add(new WeakRef(blocks)),
    generation: () => generation,
    deadBytes,
    lastSwapMs: () => swapMs,
    compactIfDue() {
      if (compacting) return compacting;
      if (closing) return Promise.resolve(false);
      const dead = deadBytes();
      if (dead < ctx.policy.minDeadBytes || dead < ctx.policy.deadFraction * file.size())
        return Promise.resolve(false);
      const run = compact();
      compacting = run;
      void run.finally(() => (compacting = undefined));
      return run;
    },
    async close() {
      closing = true;
      running?.abort();
      await compacting;
    },
  };
}
