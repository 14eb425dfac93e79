// The column cache of one server: where full-resolution scalar series live on disk (column-file.ts) while memory
// holds their block index and live tail (disk-scalar-series.ts), and what lets a restarted server resume each
// run from where the last one stopped (cache-manifest.ts). Its directory defaults to
// $XDG_CACHE_HOME/trainboard/<hash of the absolute logdir> (~/.cache/... without XDG_CACHE_HOME), outside the
// logdir; `none` keeps every point in memory. The server holding the directory's lock (a `lock` file naming its
// pid) keeps columns.bin and manifest.json across restarts; a second server on the same directory writes a
// private columns-<pid>-<random>.bin, removed when it closes (files of processes that are gone are removed too).
// Invariants: the event files stay the source of truth, so the cache is safe to delete at any time (between
// runs; a running server keeps its open file); a manifest is written only after the blocks it names are synced;
// a run whose cached blocks do not check out (size, CRC) is read again from its event files, with a log line.
// Restart: beside columns.bin, buckets.bin holds each sealed block's min/max buckets; when both files are as the
// manifest's stamps say (same inode, size and mtime: nothing wrote to them since they were synced for it), a
// restored series takes its buckets from there and reads back only its last block (the others' CRCs are checked
// when they are first read); otherwise every block is read back and checked, as a first restore would.
// Housekeeping (cache-housekeeping.ts): once purges' dead blocks are half of columns.bin, they are compacted away.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { openBucketFile, type BucketFile } from './bucket-file.ts';
import {
  CACHE_FORMAT,
  manifestText,
  readManifest,
  withStamps,
  writeManifest,
  stampOf,
  type FileStamp,
  type PersistedRun,
} from './cache-manifest.ts';
import { createHousekeeping, DEFAULT_POLICY, type CompactPolicy } from './cache-housekeeping.ts';
import { openColumnFile, type ColumnFile } from './column-file.ts';
import { createDiskScalarSeries, type DiskScalarSeries, type DiskSeriesState } from './disk-scalar-series.ts';

export interface ColumnCacheLog {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
}

export interface ColumnCache {
  readonly dir: string;
  /** True when this cache outlives the process (it holds the directory's lock): checkpoints are kept. */
  readonly persistent: boolean;
  /** A disk-backed scalar series: new and empty, or restored from a manifest's state. */
  createSeries(from?: DiskSeriesState): DiskScalarSeries;
  /**
   * The run as the last checkpoint left it (undefined: none); its blocks are checked when its series are made
   * from it. Given once per run: a run taken is the caller's to checkpoint again.
   */
  takeRun(name: string): PersistedRun | undefined;
  /** Drops the run's cached state unused (its files changed: it is read again). */
  dropRun(name: string, why: string): void;
  /**
   * Writes the manifest of `runs` (plus the cached runs not taken yet) as they are now, once the blocks they name
   * are synced (off the event loop); checkpoints are written one at a time, in order.
   */
  checkpoint(runs: PersistedRun[]): Promise<void>;
  stats(): { fileBytes: number; diskBytes: number; lruBytes: number; reads: number };
  /** Bytes of columns.bin no series or cached run holds (purged blocks), and compactions done. */
  housekeeping(): { deadBytes: number; compactions: number; lastSwapMs: number };
  /** Compacts now when the dead bytes are over the threshold; resolves once done (false: nothing to do). */
  compactIfDue(): Promise<boolean>;
  /** Waits for the checkpoint being written, then closes the file (removed unless the cache is persistent). */
  close(): Promise<void>;
}

/** The default cache directory of a logdir (never inside it: a logdir may be read-only or synced elsewhere). */
export function defaultCacheDir(logdir: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache');
  const hash = createHash('sha256').update(resolve(logdir)).digest('hex').slice(0, 16);
  return join(base, 'trainboard', hash);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock (a `lock` file naming our pid) unless a live process holds it. */
function takeLock(path: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      let holder = NaN;
      try {
        holder = Number(readFileSync(path, 'utf8').trim());
      } catch {
        // removed meanwhile: try again
      }
      if (holder === process.pid || (Number.isInteger(holder) && holder > 0 && alive(holder))) return false;
      try {
        unlinkSync(path); // its holder is gone
      } catch {
        // another server took it first
      }
    }
  }
  return false;
}

const quiet: ColumnCacheLog = { info: () => {}, warn: () => {} };

const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined): boolean =>
  a !== undefined && b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

export function openColumnCache(
  dir: string,
  opts: { lruBytes?: number; logdir?: string; log?: ColumnCacheLog; compact?: Partial<CompactPolicy> } = {},
): ColumnCache {
  const log = opts.log ?? quiet;
  const logdir = opts.logdir ?? '';
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    // private files and compactions' new files of processes that are gone
    const m = /^columns-(\d+)-[0-9a-f]+\.bin$/.exec(name) ?? /\.bin\.compact-(\d+)$/.exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1])))
      try {
        unlinkSync(join(dir, name));
      } catch {
        // another server starting at the same time removed it first
      }
  }
  const lockPath = join(dir, 'lock');
  const persistent = takeLock(lockPath);
  const manifestPath = join(dir, 'manifest.json');
  const columnsPath = join(dir, 'columns.bin');
  const bucketsPath = join(dir, 'buckets.bin');
  const cached = new Map<string, PersistedRun>();
  let writing: Promise<void> = Promise.resolve();
  let file: ColumnFile;
  let buckets: BucketFile | undefined;
  let records: Buffer | undefined; // buckets.bin as the manifest names it, while cached runs are left to take
  if (persistent) {
    const r = readManifest(manifestPath, logdir);
    let keep: number | undefined;
    let keepBuckets: number | undefined;
    if (r.ok) {
      const m = r.manifest;
      const columns = stampOf(columnsPath);
      const size = columns?.size ?? -1;
      // a columns.bin of another inode is not the file the manifest describes (buckets.bin: the stamps decide)
      if (m.inodes && m.inodes.columns !== columns?.ino)
        log.warn(
          { dir, named: m.inodes.columns, found: columns?.ino },
          'column cache: columns.bin is not the file its manifest names; rebuilding from the event files',
        );
      else if (size >= m.columnsBytes) {
        keep = m.columnsBytes;
        for (const run of m.runs) cached.set(run.name, run);
        const trusted =
          m.bucketsBytes !== undefined &&
          size === m.columnsBytes &&
          m.stamps?.columns.size === m.columnsBytes &&
          m.stamps.buckets.size === m.bucketsBytes &&
          sameStamp(columns, m.stamps.columns) &&
          sameStamp(stampOf(bucketsPath), m.stamps.buckets);
        if (trusted) keepBuckets = m.bucketsBytes;
        else for (const run of cached.values()) for (const st of run.data.series) delete st.buckets; // records stale
        log.info(
          { dir, runs: cached.size, bytes: keep, trusted },
          'column cache: resuming from the last checkpoint',
        );
      } else
        log.warn(
          { dir, columnsBytes: r.manifest.columnsBytes, size },
          'column cache: columns.bin is shorter than its manifest says; rebuilding from the event files',
        );
    } else if (r.why !== 'no manifest')
      log.warn({ dir, why: r.why }, 'column cache: manifest not usable; rebuilding from the event files');
    try {
      unlinkSync(manifestPath); // until the next checkpoint, what is on disk is not a consistent state
    } catch {
      // there was none
    }
    file = openColumnFile(columnsPath, { ...opts, ...(keep === undefined ? {} : { keep }) });
    buckets = openBucketFile(bucketsPath, keepBuckets === undefined ? {} : { keep: keepBuckets });
    if (keepBuckets !== undefined)
      try {
        records = buckets.readKept(keepBuckets);
      } catch (err) {
        log.warn(
          { dir, error: String(err) },
          'column cache: buckets.bin unreadable; every block is read back',
        );
        for (const run of cached.values()) for (const st of run.data.series) delete st.buckets;
      }
  } else {
    log.info({ dir }, 'column cache: another server holds this directory; using a private file');
    file = openColumnFile(join(dir, `columns-${process.pid}-${randomBytes(4).toString('hex')}.bin`), opts);
  }

  let lastRuns: PersistedRun[] | undefined; // what the last checkpoint named

  function enqueue(write: () => Promise<void>): Promise<void> {
    const next = writing.then(write, write);
    writing = next.catch(() => {}); // the next write goes ahead even after a failed one
    return next;
  }

  /** The manifest of `runs`, written once the blocks it names are synced (unless a compaction swapped since). */
  function writeState(runs: PersistedRun[]): () => Promise<void> {
    const gen = housekeeping.generation();
    const columnsBytes = file.size();
    const bucketsBytes = buckets?.size() ?? 0;
    const inodes = { columns: file.stamp().ino, buckets: buckets ? buckets.stamp().ino : 0 };
    const text = manifestText({ format: CACHE_FORMAT, logdir, columnsBytes, bucketsBytes, inodes, runs });
    return async () => {
      if (gen !== housekeeping.generation()) return; // old offsets: the compaction wrote its own manifest
      await Promise.all([file.sync(), buckets?.sync()]);
      // stamped only when nothing was appended meanwhile (the stamps then say what the manifest names)
      const stamps = { columns: file.stamp(), buckets: buckets ? buckets.stamp() : file.stamp() };
      const exact = stamps.columns.size === columnsBytes && stamps.buckets.size === bucketsBytes;
      if (gen !== housekeeping.generation()) return;
      await writeManifest(manifestPath, exact && buckets ? withStamps(text, stamps) : text);
    };
  }

  const housekeeping = createHousekeeping({
    dir,
    persistent,
    file,
    buckets,
    manifestPath,
    log,
    policy: { ...DEFAULT_POLICY, ...opts.compact },
    cached,
    lastRuns: () => lastRuns,
    setLastRuns: (runs) => (lastRuns = runs),
    dropRecords: () => (records = undefined),
    enqueue,
    writeState,
  });
  const compactIfDue = (): Promise<boolean> => housekeeping.compactIfDue();

  return {
    dir,
    persistent,
    createSeries(from) {
      const s = createDiskScalarSeries(
        { file, ...(buckets ? { buckets } : {}), ...(from && records ? { records } : {}) },
        from,
      );
      housekeeping.track(s.blocks);
      return s;
    },
    takeRun(name) {
      const run = cached.get(name);
      cached.delete(name);
      if (cached.size === 0)
        queueMicrotask(() => {
          // the records stay until the run's series are made from it (the caller does so at once)
          records = cached.size === 0 ? undefined : records;
          // every cached run taken: the dead blocks of the files restored are known (the start's check)
          if (run) setImmediate(() => void compactIfDue());
        });
      return run;
    },
    dropRun(name, why) {
      cached.delete(name);
      if (cached.size === 0) records = undefined;
      log.info({ dir, run: name, why }, 'column cache: reading the run again from its event files');
    },
    checkpoint(runs) {
      if (!persistent) {
        void compactIfDue();
        return Promise.resolve();
      }
      const names = new Set(runs.map((r) => r.name));
      const all = [...runs, ...[...cached.values()].filter((r) => !names.has(r.name))];
      lastRuns = all;
      const next = enqueue(writeState(all));
      void next.then(
        () => compactIfDue(),
        () => {},
      );
      return next;
    },
    stats: () => ({
      fileBytes: file.size(),
      diskBytes: file.diskBytes(),
      lruBytes: file.lruBytes(),
      reads: file.reads(),
    }),
    housekeeping: () => ({
      deadBytes: housekeeping.deadBytes(),
      compactions: housekeeping.generation(),
      lastSwapMs: housekeeping.lastSwapMs(),
    }),
    compactIfDue,
    async close() {
      await housekeeping.close(); // a copy stops at its next slice; a swap under way is made durable first
      await writing; // the last checkpoint's blocks are synced from the open file
      file.close(!persistent);
      buckets?.close(false);
      if (persistent)
        try {
          unlinkSync(lockPath);
        } catch {
          // the directory was deleted meanwhile
        }
    },
  };
}
