// The in-memory store of everything read from a logdir: its runs (run-data.ts holds each run's three data
// classes), answering the DataProvider interface and publishing typed changes to subscribers. Ingest writes
// through applyData()/reportDamage(); plugins read through the DataProvider; the live hub, the damage log and
// the session watcher subscribe. Invariant: every change is published once, synchronously, in order.
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import type { Datum, TagInfo } from '../../tfevents/event-interpreter.ts';
import { createChangeAccumulator, type StoreChanges } from './change-accumulator.ts';
import type { DataProvider, RunView, SeriesListing } from './data-provider.ts';
import { createRunData, type RunData, type ScalarColumnsAppender } from './run-data.ts';
import type { PersistedIngest, PersistedRun } from './column-cache/cache-manifest.ts';
import type { ColumnCache } from './column-cache/column-cache.ts';
import { createChangeEmitter, type ChangeStream } from './store-change.ts';

export type { StoreChanges } from './change-accumulator.ts';

export interface SeriesStore extends DataProvider, ChangeStream {
  /** Creates the run if needed (announced as a change). */
  ensureRun(name: string): void;
  /** Applies one event's data points of one run in file order; `tags` is the run interpreter's live tag map. */
  applyData(run: string, data: readonly Datum[], tags: ReadonlyMap<string, TagInfo>): void;
  /**
   * The appender of one run's scalar points (what applyData does for a scalar Datum, without building one), for
   * tags the run's interpreter already announced through applyData.
   */
  scalarAppender(run: string): (tag: string, step: number, wallTime: number, value: number) => void;
  /**
   * scalarAppender's bulk form: appends points [from, to) of one tag's columns in order, publishing one change
   * (the caller appends a batch's first point in file order first: the run's start time is its wall time).
   */
  scalarColumnsAppender(run: string): ScalarColumnsAppender;
  reportDamage(run: string, damage: DamagedRecord): void;
  setRunFiles(run: string, files: number): void;
  setRunPresent(run: string, present: boolean): void;
  /**
   * Returns and clears what changed since the last call (the live hub's view; a buffering subscriber made on
   * the first call, see change-accumulator.ts). New code subscribes instead.
   */
  drainChanges(): StoreChanges;
  /**
   * Releases the growth slack of every scalar series (and seals their tails to the column cache, then
   * checkpoints it); returns the bytes released.
   */
  compact(): number;
  /**
   * Writes the column cache's manifest of the state now (resolves once it is on disk; at once without a cache
   * that outlives the process).
   */
  checkpoint(): Promise<void>;
  /** Notes the step of a summary event of `run` that appended no scalar (the interpreter's order state). */
  noteSummaryStep(run: string, step: number): void;
  /** The step of the run's last summary event in file order (null before the first). */
  recentStep(run: string): number | null;
  /** Registers what the ingestor of `run` gives a checkpoint (undefined: the run cannot be kept); null: none. */
  setIngestState(run: string, state: (() => PersistedIngest | undefined) | null): void;
  /** The run's state from the last checkpoint of an earlier server, taken once (undefined: none). */
  takePersisted(run: string): PersistedRun | undefined;
  /** Logs why a taken state is not used (the run is read again from its files). */
  dropPersisted(run: string, why: string): void;
  /** Restores a taken state's data into the (empty) run. */
  restoreRun(run: string, p: PersistedRun): void;
  /** The running counts (no walk over the runs: cheap enough for every poll and health check). */
  counts(): { runs: number; tags: number; points: number; damaged: number; restarts: number };
  /** The bytes held by one run's scalar series (0 for an unknown run): totals() one run at a time. */
  scalarBytesOf(run: string): number;
  /** The counts plus the bytes held by scalar series (walks every run). */
  totals(): {
    runs: number;
    tags: number;
    points: number;
    scalarBytes: number;
    damaged: number;
    restarts: number;
    /** Bytes of the column cache's file on disk and of its decoded blocks in memory (absent: no cache). */
    cache?: { fileBytes: number; diskBytes: number; lruBytes: number; reads: number };
  };
}

export function createSeriesStore(opts: {
  logdir: string;
  now?: () => number;
  /** Where full-resolution scalar series live (column-cache/); absent: every point in memory. */
  columnCache?: ColumnCache;
  /**
   * Orders run names as TensorBoard's multiplexer holds them (the logdir walk: ingest/walk-order.ts); absent
   * (remote or several logdirs): name order. Called only when the runs changed since the last call, with the
   * runs added, gone or back since then.
   */
  tensorboardOrder?: (runs: readonly string[], changed: readonly string[]) => string[];
}): SeriesStore {
  const cache = opts.columnCache;
  const ingestStates = new Map<string, () => PersistedIngest | undefined>();
  const now = opts.now ?? (() => Date.now() / 1000);
  const runs = new Map<string, RunData>();
  const changes = createChangeEmitter();
  // the hub drains from the start (it is built with the app): what happens before its first drain is kept
  const accumulator = createChangeAccumulator(changes);
  let sortedList: RunData[] | null = null;
  let tensorboardNames: { runs: RunData[]; rank: Map<string, number> } | null = null;
  /** Runs added, gone or back since tensorboardOrder was last called (bounded: past twice the runs, all). */
  let orderChanged: string[] = [];
  const noteOrderChange = (run: string): void => {
    orderChanged.push(run);
    if (orderChanged.length > 2 * runs.size + 16) orderChanged = [...runs.keys()];
  };
  const counts = { points: 0, damaged: 0, restarts: 0, tags: 0 };

  function ensure(name: string): RunData {
    let r = runs.get(name);
    if (!r) {
      r = createRunData({
        name,
        emit: changes.emit,
        now,
        totals: counts,
        ...(cache ? { columnCache: cache } : {}),
      });
      runs.set(name, r);
      sortedList = null;
      tensorboardNames = null;
      noteOrderChange(name);
      changes.emit({ kind: 'run-added', run: name });
    }
    return r;
  }

  /** Writes the column cache's manifest: every run whose data and ingest state it can keep. */
  function checkpoint(): Promise<void> {
    if (!cache?.persistent) return Promise.resolve();
    const kept: PersistedRun[] = [];
    for (const [name, r] of runs) {
      const ingest = ingestStates.get(name)?.();
      const data = ingest ? r.persistedData() : undefined;
      if (ingest && data) kept.push({ name, data, ingest });
    }
    return cache.checkpoint(kept);
  }

  function sortedRuns(): readonly RunData[] {
    sortedList ??= [...runs.keys()].sort().map((n) => runs.get(n)!);
    return sortedList;
  }

  /** The runs in TensorBoard's order, computed once per change of the runs (added, gone or back). */
  function tensorboardRuns(): { runs: RunData[]; rank: Map<string, number> } {
    if (!tensorboardNames) {
      const names = sortedRuns().map((r) => r.name);
      const ordered = opts.tensorboardOrder ? opts.tensorboardOrder(names, orderChanged) : names;
      orderChanged = [];
      tensorboardNames = {
        runs: ordered.map((n) => runs.get(n)!),
        rank: new Map(ordered.map((n, i) => [n, i])),
      };
    }
    return tensorboardNames;
  }

  /** The named runs (each once) in TensorBoard's order; unknown names are left out. */
  function inTensorBoardOrder(names: readonly string[]): RunData[] {
    const { rank } = tensorboardRuns();
    const known = [...new Set(names)].filter((n) => rank.has(n));
    return known.sort((a, b) => rank.get(a)! - rank.get(b)!).map((n) => runs.get(n)!);
  }

  return {
    logdir: () => opts.logdir,
    runs: (): readonly RunView[] => sortedRuns(),
    tensorboardRuns: (): readonly RunView[] => tensorboardRuns().runs,
    inTensorBoardOrder: (names): RunView[] => inTensorBoardOrder(names),
    run: (name) => runs.get(name),
    list(plugin, dataClass, filter) {
      const out: SeriesListing[] = [];
      const wanted = filter?.tags ? new Set(filter.tags) : undefined;
      const selected = filter?.runs ? inTensorBoardOrder(filter.runs) : tensorboardRuns().runs;
      for (const r of selected)
        for (const s of r.list(plugin, dataClass)) if (!wanted || wanted.has(s.tag)) out.push(s);
      return out;
    },
    subscribe: changes.subscribe,
    ensureRun: (name) => void ensure(name),
    applyData: (run, data, tags) => ensure(run).apply(data, tags),
    scalarAppender: (run) => ensure(run).appendScalar,
    scalarColumnsAppender: (run) => ensure(run).appendScalarColumns,
    reportDamage: (run, damage) => ensure(run).addDamage(damage),
    setRunFiles: (run, files) => ensure(run).setFileCount(files),
    setRunPresent(run, present) {
      const r = runs.get(run);
      if (!r || r.present === present) return;
      r.setPresent(present);
      tensorboardNames = null;
      noteOrderChange(run);
      changes.emit({ kind: present ? 'run-added' : 'run-removed', run });
    },
    compact() {
      let released = 0;
      for (const r of runs.values()) released += r.compact();
      // a failed checkpoint leaves the previous state's absence: the next start reads the event files again
      checkpoint().catch(() => {});
      return released;
    },
    checkpoint,
    noteSummaryStep: (run, step) => ensure(run).noteSummaryStep(step),
    recentStep: (run) => runs.get(run)?.recentStep() ?? null,
    setIngestState(run, state) {
      if (state) ingestStates.set(run, state);
      else ingestStates.delete(run);
    },
    takePersisted: (run) => (cache?.persistent ? cache.takeRun(run) : undefined),
    dropPersisted: (run, why) => cache?.dropRun(run, why),
    restoreRun: (run, p) => ensure(run).restore(p.data),
    drainChanges: () => accumulator.drain(),
    counts: () => ({ runs: runs.size, ...counts }),
    scalarBytesOf: (run) => runs.get(run)?.scalarBytes() ?? 0,
    totals() {
      let scalarBytes = 0;
      for (const r of runs.values()) scalarBytes += r.scalarBytes();
      return {
        runs: runs.size,
        tags: counts.tags,
        points: counts.points,
        scalarBytes,
        damaged: counts.damaged,
        restarts: counts.restarts,
        ...(opts.columnCache ? { cache: opts.columnCache.stats() } : {}),
      };
    },
  };
}
