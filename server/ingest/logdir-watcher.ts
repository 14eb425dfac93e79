// Watches a logdir and keeps the series store current: discovers runs (nested too) as they appear, tails their
// files on file-system notifications (fs.watch, recursive; per directory above WATCH_MAX_DIRS) with a polling
// fallback every reload interval, and reads in bounded slices (records and milliseconds) so HTTP and pushes stay
// responsive while a big logdir loads (large backlogs are framed and pre-decoded on every core by a pool of
// worker threads, decode-pool.ts);
// rescans read directories asynchronously and touch only runs whose file lists changed. Invariants: the only
// reader of event files is this module's run ingestors; a logdir that disappears, an unreadable directory or a
// failing watcher never stops the server (what was read stays served; polling continues).
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runName, scanLogdir, scanLogdirAsync } from '../../tfevents/node/logdir-scan.ts';
import type { SeriesStore } from '../store/series-store.ts';
import { silentLogger, type ModuleLog } from '../logging/server-logger.ts';
import { createDecodePool, type DecodePool } from './decode-pool.ts';
import { createSliceClock, SLICE_MS, yieldTurn } from '../runtime/turn-scheduler.ts';
import { createDirectoryWatchers, type DirectoryWatchers } from './directory-watchers.ts';
import { createRunIngestor, type PollResult, type RunIngestor } from './run-ingestor.ts';
import { createReadWindow } from './tail-byte-source.ts';

/** Records read per slice before yielding to the event loop (keeps request latency low during a big load). */
const SLICE_RECORDS = 20_000;
/** Below this many directories a rescan is synchronous (measured on this 2-core machine under a load of 15:
 *  101 directories 23 ms median, 1,001 directories 47-170 ms, so large logdirs go asynchronous). */
const SYNC_SCAN_MAX_DIRS = 128;
/**
 * Above this many directories the logdir is watched one directory at a time (directory-watchers.ts), not by
 * one recursive fs.watch: Node 20's recursive fs.watch on Linux walks the tree synchronously and stat-polls
 * every file (profiled on 10,000 runs: the walk blocked the event loop about 0.7 s, and stat polling cost more
 * than the rescans).
 */
const WATCH_MAX_DIRS = 2000;
// Polls and run updates work in slices of SLICE_MS (3 ms) and yield through the shared turn budget
// (runtime/turn-scheduler.ts), so ingestion is one job among the listings, exports and pushes of a turn (it
// yielded 10 ms slices on its own setImmediate, on top of the budget's 8 ms).
/** A pump that read at least this many records was a bulk load: release the columns' growth slack after it. */
const COMPACT_AFTER_RECORDS = 100_000;

export interface LogdirWatcherOptions {
  logdir: string;
  store: SeriesStore;
  /** Seconds between full rescans (TensorBoard's --reload_interval); 0 = read once, no watching. Default 5. */
  reloadIntervalSecs?: number;
  /** Use fs.watch notifications (default true). */
  watch?: boolean;
  /** The ingest module's logger; default silent. */
  log?: ModuleLog;
  /** Decode worker threads for large backlogs (default os.availableParallelism()); 0 reads in-process only. */
  decodeWorkers?: number;
  /** A decode pool to use instead of creating one (it stays the caller's to close). */
  decodePool?: DecodePool;
  /** Called after a scan or a read that added or removed runs, changed their presence or added tags. */
  onRunsChanged?: () => void;
}

export interface LogdirWatcher {
  /** Resolves when the first full read of the logdir is done. */
  ready(): Promise<void>;
  /** Rescans and reads everything available now; resolves when caught up (tests and the poll timer use it). */
  refresh(): Promise<void>;
  logdirPresent(): boolean;
  /** `chunks` (when known): chunks of large backlogs framed by the decode workers. */
  counters(): { files: number; records: number; chunks?: number };
  /** counters() in slices on the shared turn budget (10,000 runs: a few milliseconds in one turn otherwise). */
  countersSliced?(): Promise<{ files: number; records: number; chunks?: number }>;
  close(): void;
}

export function createLogdirWatcher(opts: LogdirWatcherOptions): LogdirWatcher {
  const { logdir, store } = opts;
  const log = opts.log ?? silentLogger;
  const reloadSecs = opts.reloadIntervalSecs ?? 5;
  const ingestors = new Map<string, RunIngestor>();
  const window = createReadWindow();
  const ownPool =
    opts.decodePool || opts.decodeWorkers === 0
      ? undefined
      : createDecodePool(opts.decodeWorkers === undefined ? {} : { size: opts.decodeWorkers });
  const pool: DecodePool | undefined = opts.decodePool ?? ownPool;
  let present = true;
  let closed = false;
  let watcher: FSWatcher | undefined;
  /** Per-directory watches, for logdirs above WATCH_MAX_DIRS (undefined once unavailable: polling only). */
  let dirWatchers: DirectoryWatchers | undefined = createDirectoryWatchers({
    onEvent: (dir, name) => onFsEvent('change', name === null ? null : join(dir, name), true),
    onUnavailable: (reason) => {
      log.warn({ reason, pollSecs: reloadSecs }, 'file watching stopped: polling');
      dirWatchers = undefined;
    },
  });
  let timer: NodeJS.Timeout | undefined;
  let rescanWanted = true;
  const dirtyRuns = new Set<string>();
  let allDirty = true;
  let pumping: Promise<void> | undefined;
  let pumpAgain = false;
  let scanErrorsLogged = new Set<string>();
  /** Runs found present by the last scan, and the file list each was last given. */
  const presentRuns = new Set<string>();
  const fileLists = new Map<string, string>();
  /** Runs were added, removed or changed presence, or tags were added, since onRunsChanged was last called. */
  let changed = false;
  /** Directories the last scan read (unknown before the first: scanned asynchronously). */
  let lastScanDirs = Infinity;

  /** Rescans the logdir without blocking: directory reads are asynchronous, runs are updated in slices. */
  /** The logdir is gone (before or during a scan): keep what was read, mark its runs absent, wait for it. */
  async function logdirGone(): Promise<void> {
    if (present) {
      log.warn({ logdir }, 'logdir disappeared; serving what was read, waiting for it to come back');
      changed = true;
    }
    present = false;
    for (const run of ingestors.keys()) store.setRunPresent(run, false);
    presentRuns.clear();
    stopWatching();
    await dirWatchers?.sync([]);
  }

  async function scan(): Promise<void> {
    if (!existsSync(logdir)) return logdirGone();
    if (!present) log.info({ logdir }, 'logdir is back');
    present = true;
    let result;
    try {
      // a small logdir is scanned at once (a few milliseconds: a run created just now is found before the next
      // request is served); a large one, or one of unknown size, without blocking: its reads off the loop, its
      // work between them in slices on the shared turn budget
      result =
        lastScanDirs < SYNC_SCAN_MAX_DIRS
          ? scanLogdir(logdir)
          : await scanLogdirAsync(logdir, createSliceClock());
      lastScanDirs = result.dirs;
    } catch (err) {
      // renamed or removed while it was being read: the same as gone before the scan began
      if (!existsSync(logdir)) return logdirGone();
      log.warn({ logdir, error: err instanceof Error ? err.message : String(err) }, 'cannot scan the logdir');
      return;
    }
    if (closed) return;
    const seenErrors = new Set<string>();
    for (const e of result.errors) {
      seenErrors.add(e.dir);
      if (!scanErrorsLogged.has(e.dir)) log.warn({ dir: e.dir, error: e.message }, 'cannot read a directory');
    }
    scanErrorsLogged = seenErrors;
    const found = new Set<string>();
    let sliceStart = performance.now();
    for (const r of result.runs) {
      found.add(r.run);
      let ing = ingestors.get(r.run);
      if (!ing) {
        ing = createRunIngestor({ logdir, run: r.run, store, window, ...(pool ? { pool } : {}) });
        ingestors.set(r.run, ing);
        store.ensureRun(r.run);
        changed = true;
      }
      if (!presentRuns.has(r.run)) {
        presentRuns.add(r.run);
        store.setRunPresent(r.run, true);
        changed = true;
      }
      // only a run whose file list changed is told so (its ingestor opens the new files)
      const key = r.files.join('\0');
      if (fileLists.get(r.run) !== key) {
        fileLists.set(r.run, key);
        ing.setFiles(r.files);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldTurn();
        if (closed) return;
        sliceStart = performance.now();
      }
    }
    for (const run of presentRuns)
      if (!found.has(run)) {
        presentRuns.delete(run);
        store.setRunPresent(run, false);
        changed = true;
      }
    const watching = opts.watch !== false && reloadSecs > 0;
    if (lastScanDirs > WATCH_MAX_DIRS) {
      if (watcher) stopWatching();
      if (watching && dirWatchers) {
        const before = dirWatchers.size();
        await dirWatchers.sync(result.dirPaths);
        if (before === 0 && dirWatchers?.size())
          log.info(
            { dirs: lastScanDirs },
            'too many directories for one recursive watch: directories watched one by one',
          );
      }
    } else {
      if (dirWatchers?.size()) await dirWatchers.sync([]);
      if (!watcher && watching) startWatching();
    }
  }

  async function pump(): Promise<void> {
    do {
      pumpAgain = false;
      const tagsBefore = store.counts().tags;
      if (rescanWanted) {
        rescanWanted = false;
        allDirty = true;
        await scan();
      }
      const targets = allDirty ? [...ingestors.values()] : [...dirtyRuns].map((r) => ingestors.get(r));
      allDirty = false;
      dirtyRuns.clear();
      let pending = targets.filter((t): t is RunIngestor => t !== undefined);
      let read = 0;
      while (pending.length > 0 && !closed) {
        const next: RunIngestor[] = [];
        const offloaded: Promise<void>[] = [];
        let budget = SLICE_RECORDS;
        const sliceStart = performance.now();
        const settle = (ing: RunIngestor, r: PollResult): void => {
          read += r.records;
          if (r.more) next.push(ing);
        };
        for (const ing of pending) {
          // a slice ends after its record budget or its time (10,000 idle runs cost their stats, not records)
          if (budget <= 0 || performance.now() - sliceStart > SLICE_MS) {
            next.push(ing);
            continue;
          }
          const r = ing.poll(Math.max(1000, Math.floor(budget / pending.length)));
          // a chunk in a decode worker costs this thread only its replay, when it comes back
          if (r instanceof Promise) offloaded.push(r.then((x) => settle(ing, x)));
          else {
            budget -= r.records;
            settle(ing, r);
          }
        }
        if (offloaded.length > 0) await Promise.all(offloaded);
        pending = next;
        if (pending.length > 0) await yieldTurn();
      }
      if (read >= COMPACT_AFTER_RECORDS) store.compact();
      firstPassDone();
      if (store.counts().tags !== tagsBefore) changed = true;
      if (changed && !closed) {
        changed = false;
        try {
          opts.onRunsChanged?.();
        } catch (err) {
          log.error(
            { error: err instanceof Error ? err.message : String(err) },
            'runs-changed listener failed',
          );
        }
      }
    } while (pumpAgain && !closed);
  }

  function schedule(): Promise<void> {
    if (closed) return Promise.resolve();
    if (pumping) {
      // the running pump goes round again; if it had already finished its loop, finally() starts a new one:
      // either way the caller waits for the pass that follows its request
      pumpAgain = true;
      return pumping.then(() => pumping);
    }
    pumping = new Promise<void>((resolve) => setImmediate(resolve))
      .then(pump)
      .catch((err: unknown) =>
        log.error(
          { logdir, error: err instanceof Error ? (err.stack ?? err.message) : String(err) },
          'ingest error',
        ),
      )
      .finally(() => {
        pumping = undefined;
        if (pumpAgain && !closed) void schedule();
      });
    return pumping;
  }

  /** A notification: a known event file marks its run dirty (one lookup), anything else asks for a rescan. */
  function onFsEvent(_event: string, filename: string | Buffer | null, absolute = false): void {
    if (closed) return;
    const name = filename === null ? null : filename.toString();
    const path = name === null ? null : absolute ? name : join(logdir, name);
    const ing = path === null ? undefined : ingestors.get(runName(logdir, dirname(path)));
    if (ing && path !== null && ing.hasFile(path)) dirtyRuns.add(ing.run);
    else rescanWanted = true;
    void schedule();
  }

  function startWatching(): void {
    try {
      watcher = watch(logdir, { recursive: true, persistent: false }, onFsEvent);
      watcher.on('error', (err) => {
        log.warn({ error: err.message, pollSecs: reloadSecs }, 'file watching stopped: polling');
        stopWatching();
      });
    } catch (err) {
      log.warn(
        { error: err instanceof Error ? err.message : String(err), pollSecs: reloadSecs },
        'file watching unavailable: polling',
      );
      watcher = undefined;
    }
  }

  function stopWatching(): void {
    try {
      watcher?.close();
    } catch {
      // closing a watcher whose directory vanished can throw; it is gone either way
    }
    watcher = undefined;
  }

  // resolved after the first pass (scan and read to the end), even when rescans keep the pump busy after it
  let firstPassDone = (): void => {};
  const first = new Promise<void>((resolve) => (firstPassDone = resolve));
  void schedule().finally(() => firstPassDone());
  if (reloadSecs > 0) {
    timer = setInterval(() => {
      rescanWanted = true;
      void schedule();
    }, reloadSecs * 1000);
    timer.unref();
  }

  return {
    ready: () => first,
    refresh() {
      rescanWanted = true;
      return schedule().then(() => (pumping ? pumping : undefined));
    },
    logdirPresent: () => present,
    counters() {
      let files = 0;
      let records = 0;
      let chunks = 0;
      for (const ing of ingestors.values()) {
        const c = ing.counters();
        files += c.files;
        records += c.records;
        chunks += c.chunks;
      }
      return { files, records, chunks };
    },
    async countersSliced() {
      let files = 0;
      let records = 0;
      let chunks = 0;
      const clock = createSliceClock();
      for (const ing of [...ingestors.values()]) {
        const c = ing.counters();
        files += c.files;
        records += c.records;
        chunks += c.chunks;
        if (clock.due()) await clock.yield();
      }
      return { files, records, chunks };
    },
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      stopWatching();
      dirWatchers?.close();
      for (const ing of ingestors.values()) ing.close();
      ownPool?.close();
    },
  };
}
