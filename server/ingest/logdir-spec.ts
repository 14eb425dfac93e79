// TensorBoard's `--logdir_spec name:path,...`: several logdirs (local and s3:// mixed) served as one, each read
// by its own watcher into the one store through a view that names its runs as TensorBoard's multiplexer does
// (`os.path.join(name, run)` for a named logdir, the bare run name for an unnamed one). Invariants: a spec is
// parsed as TensorBoard parses it (a `scheme://` spec or one starting with `/` has no name; the name ends at the
// first colon); the combined watcher is ready when every part is, and present when any part is.
import type { SeriesStore } from '../store/series-store.ts';
import type { LogdirWatcher } from './logdir-watcher.ts';

export interface LogdirSpecEntry {
  /** The group name; undefined for an unnamed path (its runs keep their own names). */
  name?: string;
  path: string;
}

/** Parses `--logdir_spec` as TensorBoard's data_ingester does; throws on an empty entry or a repeated path. */
export function parseLogdirSpec(spec: string): LogdirSpecEntry[] {
  const entries: LogdirSpecEntry[] = [];
  const seen = new Set<string>();
  for (const part of spec.split(',')) {
    let entry: LogdirSpecEntry = { path: part };
    if (!/^[a-zA-Z][0-9a-zA-Z.]*:\/\//.test(part) && part.includes(':') && !part.startsWith('/')) {
      const at = part.indexOf(':');
      entry = { name: part.slice(0, at), path: part.slice(at + 1) };
    }
    if (entry.path === '') throw new Error(`--logdir_spec: empty path in '${part}'`);
    if (seen.has(entry.path)) throw new Error(`--logdir_spec: path '${entry.path}' is given twice`);
    seen.add(entry.path);
    entries.push(entry);
  }
  return entries;
}

/** The run name TensorBoard gives run `run` (relative to its logdir, '.' for the logdir itself) of `entry`. */
export function specRunName(entry: LogdirSpecEntry, run: string): string {
  return entry.name ? `${entry.name}/${run}` : run;
}

/** The store as seen by one logdir's watcher: every run name it writes or reads is mapped by specRunName. */
export function storeForSpecEntry(store: SeriesStore, entry: LogdirSpecEntry): SeriesStore {
  if (!entry.name) return store;
  const n = (run: string): string => specRunName(entry, run);
  return {
    ...store,
    ensureRun: (run) => store.ensureRun(n(run)),
    applyData: (run, data, tags) => store.applyData(n(run), data, tags),
    scalarAppender: (run) => store.scalarAppender(n(run)),
    scalarColumnsAppender: (run) => store.scalarColumnsAppender(n(run)),
    reportDamage: (run, damage) => store.reportDamage(n(run), damage),
    setRunFiles: (run, files) => store.setRunFiles(n(run), files),
    setRunPresent: (run, present) => store.setRunPresent(n(run), present),
    run: (run) => store.run(n(run)),
    noteSummaryStep: (run, step) => store.noteSummaryStep(n(run), step),
    recentStep: (run) => store.recentStep(n(run)),
    setIngestState: (run, state) => store.setIngestState(n(run), state),
    takePersisted: (run) => store.takePersisted(n(run)),
    dropPersisted: (run, why) => store.dropPersisted(n(run), why),
    restoreRun: (run, p) => store.restoreRun(n(run), p),
  };
}

/** One watcher over several: ready/refresh wait for all, counters add up, present when any logdir is. */
export function combineLogdirWatchers(watchers: readonly LogdirWatcher[]): LogdirWatcher {
  return {
    ready: async () => {
      await Promise.all(watchers.map((w) => w.ready()));
    },
    refresh: async () => {
      await Promise.all(watchers.map((w) => w.refresh()));
    },
    logdirPresent: () => watchers.some((w) => w.logdirPresent()),
    counters: () =>
      watchers.reduce(
        (sum, w) => {
          const c = w.counters();
          return { files: sum.files + c.files, records: sum.records + c.records };
        },
        { files: 0, records: 0 },
      ),
    close: () => {
      for (const w of watchers) w.close();
    },
  };
}
