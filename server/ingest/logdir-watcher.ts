// Watches a logdir and keeps the series store current: discovers runs (nested too) as they appear, tails their
// files on file-system notifications (fs.watch, recursive) with a polling fallback every reload interval, and
// reads in bounded slices so HTTP and pushes stay responsive while a big logdir loads. Invariants: the only
// reader of event files is this module's run ingestors; a logdir that disappears, an unreadable directory or a
// failing watcher never stops the server (what was read stays served; polling continues).
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { scanLogdir } from '../../tfevents/node/logdir-scan.ts';
import type { SeriesStore } from '../store/series-store.ts';
import { createRunIngestor, type RunIngestor } from './run-ingestor.ts';
import { createReadWindow } from './tail-byte-source.ts';

/** Records read per slice before yielding to the event loop (keeps request latency low during a big load). */
const SLICE_RECORDS = 20_000;
/** A pump that read at least this many records was a bulk load: release the columns' growth slack after it. */
const COMPACT_AFTER_RECORDS = 100_000;

export interface LogdirWatcherOptions {
  logdir: string;
  store: SeriesStore;
  /** Seconds between full rescans (TensorBoard's --reload_interval); 0 = read once, no watching. Default 5. */
  reloadIntervalSecs?: number;
  /** Use fs.watch notifications (default true). */
  watch?: boolean;
  log?: (line: string) => void;
}

export interface LogdirWatcher {
  /** Resolves when the first full read of the logdir is done. */
  ready(): Promise<void>;
  /** Rescans and reads everything available now; resolves when caught up (tests and the poll timer use it). */
  refresh(): Promise<void>;
  logdirPresent(): boolean;
  counters(): { files: number; records: number };
  close(): void;
}

export function createLogdirWatcher(opts: LogdirWatcherOptions): LogdirWatcher {
  const { logdir, store } = opts;
  const log = opts.log ?? (() => {});
  const reloadSecs = opts.reloadIntervalSecs ?? 5;
  const ingestors = new Map<string, RunIngestor>();
  const window = createReadWindow();
  let present = true;
  let closed = false;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let rescanWanted = true;
  const dirtyRuns = new Set<string>();
  let allDirty = true;
  let pumping: Promise<void> | undefined;
  let pumpAgain = false;
  let scanErrorsLogged = new Set<string>();

  function scan(): void {
    if (!existsSync(logdir)) {
      if (present)
        log(
          `level=warn module=ingest logdir ${logdir} disappeared; serving what was read, waiting for it to come back`,
        );
      present = false;
      for (const run of ingestors.keys()) store.setRunPresent(run, false);
      stopWatching();
      return;
    }
    if (!present) log(`level=info module=ingest logdir ${logdir} is back`);
    present = true;
    let result;
    try {
      result = scanLogdir(logdir);
    } catch (err) {
      log(
        `level=warn module=ingest cannot scan ${logdir}: ${err instanceof Error ? err.message : String(err)}`,
      );
      return;
    }
    const seenErrors = new Set<string>();
    for (const e of result.errors) {
      seenErrors.add(e.dir);
      if (!scanErrorsLogged.has(e.dir))
        log(`level=warn module=ingest cannot read directory ${e.dir}: ${e.message}`);
    }
    scanErrorsLogged = seenErrors;
    const found = new Set<string>();
    for (const r of result.runs) {
      found.add(r.run);
      let ing = ingestors.get(r.run);
      if (!ing) {
        ing = createRunIngestor({ logdir, run: r.run, store, window });
        ingestors.set(r.run, ing);
        store.ensureRun(r.run);
      }
      store.setRunPresent(r.run, true);
      ing.setFiles(r.files);
    }
    for (const run of ingestors.keys()) if (!found.has(run)) store.setRunPresent(run, false);
    if (!watcher && opts.watch !== false && reloadSecs > 0) startWatching();
  }

  async function pump(): Promise<void> {
    do {
      pumpAgain = false;
      if (rescanWanted) {
        rescanWanted = false;
        allDirty = true;
        scan();
      }
      const targets = allDirty ? [...ingestors.values()] : [...dirtyRuns].map((r) => ingestors.get(r));
      allDirty = false;
      dirtyRuns.clear();
      let pending = targets.filter((t): t is RunIngestor => t !== undefined);
      let read = 0;
      while (pending.length > 0 && !closed) {
        const next: RunIngestor[] = [];
        let budget = SLICE_RECORDS;
        for (const ing of pending) {
          if (budget <= 0) {
            next.push(ing);
            continue;
          }
          const r = ing.poll(Math.max(1000, Math.floor(budget / pending.length)));
          budget -= r.records;
          read += r.records;
          if (r.more) next.push(ing);
        }
        pending = next;
        if (pending.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (read >= COMPACT_AFTER_RECORDS) store.compact();
    } while (pumpAgain && !closed);
  }

  function schedule(): Promise<void> {
    if (closed) return Promise.resolve();
    if (pumping) {
      pumpAgain = true;
      return pumping;
    }
    pumping = new Promise<void>((resolve) => setImmediate(resolve))
      .then(pump)
      .catch((err: unknown) =>
        log(
          `level=error module=ingest ingest error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
        ),
      )
      .finally(() => {
        pumping = undefined;
      });
    return pumping;
  }

  function onFsEvent(_event: string, filename: string | Buffer | null): void {
    if (closed) return;
    const name = filename === null ? null : filename.toString();
    const path = name === null ? null : join(logdir, name);
    let known = false;
    if (path) {
      for (const ing of ingestors.values()) {
        if (ing.hasFile(path)) {
          dirtyRuns.add(ing.run);
          known = true;
          break;
        }
      }
    }
    if (!known) rescanWanted = true;
    void schedule();
  }

  function startWatching(): void {
    try {
      watcher = watch(logdir, { recursive: true, persistent: false }, onFsEvent);
      watcher.on('error', (err) => {
        log(`level=warn module=ingest file watching stopped (${err.message}); polling every ${reloadSecs} s`);
        stopWatching();
      });
    } catch (err) {
      log(
        `level=warn module=ingest file watching unavailable (${err instanceof Error ? err.message : String(err)}); polling every ${reloadSecs} s`,
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

  const first = schedule();
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
      for (const ing of ingestors.values()) {
        const c = ing.counters();
        files += c.files;
        records += c.records;
      }
      return { files, records };
    },
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      stopWatching();
      for (const ing of ingestors.values()) ing.close();
    },
  };
}
