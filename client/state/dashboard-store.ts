// The client's model of the logdir: sessions, runs, tags and the scalar series, kept current from the server
// (HTTP for snapshots, Socket.IO for deltas). Invariants: each series is fetched once (downsampled to the
// chart width) and then only grows from pushes; a run is subscribed with the last step held per tag so the
// server sends exactly the gap; listeners hear about every change, batched per animation frame by the views.
import type { ApiSeriesResponse, RunSummary, SessionSummary, TagSummary } from '../../server/api-contract.ts';
import type { DashboardApi } from '../api/dashboard-api.ts';
import { createRunColorer } from '../runs/run-colors.ts';
import {
  appendPoints,
  lastStep,
  purgeFrom,
  seriesFromFetch,
  type SeriesBuffer,
} from '../scalars/series-buffer.ts';

/** Points per series fetched for a chart: about two per horizontal pixel of a wide card. */
export const FETCH_WIDTH = 1200;
const BATCH = 200;

export type StoreEvent =
  | { kind: 'meta' }
  | { kind: 'series'; run: string; tag: string }
  | { kind: 'plugin'; plugin: string; run: string }
  | { kind: 'connection'; connected: boolean };

export interface DashboardStore {
  sessions(): readonly SessionSummary[];
  runs(): readonly RunSummary[];
  tags(run: string): readonly TagSummary[];
  /** Sorted union of scalar tags over all runs. */
  scalarTags(): string[];
  /** Sorted union of tags of one plugin over all runs, with the runs having each. */
  pluginTags(plugin: string): Map<string, string[]>;
  sessionOf(run: string): SessionSummary | undefined;
  /** The run's colour, stable for the page and distinct among the first twelve runs. */
  colorOf(run: string): string;
  series(run: string, tag: string): SeriesBuffer | undefined;
  /** Loads everything and starts following live data. */
  start(): Promise<void>;
  /** Fetches one tag's series of the given runs for an x-range at full resolution (zoom); not stored. */
  fetchRange(
    runs: readonly string[],
    tag: string,
    x: 'step' | 'relative' | 'wall',
    xmin: number,
    xmax: number,
  ): Promise<ApiSeriesResponse[]>;
  subscribe(fn: (e: StoreEvent) => void): () => void;
  connected(): boolean;
  lastError(): string | null;
}

const key = (run: string, tag: string): string => `${run}\u0000${tag}`;

export function createDashboardStore(api: DashboardApi): DashboardStore {
  let sessions: SessionSummary[] = [];
  let runs: RunSummary[] = [];
  let tagsByRun = new Map<string, TagSummary[]>();
  const series = new Map<string, SeriesBuffer>();
  const subscribed = new Set<string>();
  const listeners = new Set<(e: StoreEvent) => void>();
  let isConnected = false;
  let error: string | null = null;
  let metaTimer: ReturnType<typeof setTimeout> | undefined;
  const colorOf = createRunColorer();

  const emit = (e: StoreEvent): void => {
    for (const fn of listeners) fn(e);
  };

  async function loadMeta(): Promise<void> {
    const [s, r, t] = await Promise.all([api.sessions(), api.runs(), api.tags()]);
    sessions = s.sessions;
    runs = r.runs.sort((a, b) => (a.run < b.run ? -1 : a.run > b.run ? 1 : 0));
    tagsByRun = new Map(Object.entries(t.runs));
    for (const r of runs) colorOf(r.run); // assign in name order so a reload gives the same colours
    error = null;
  }

  async function fetchSeries(pairs: { run: string; tag: string }[]): Promise<void> {
    for (let i = 0; i < pairs.length; i += BATCH) {
      const res = await api.seriesBatch({ series: pairs.slice(i, i + BATCH), width: FETCH_WIDTH });
      for (const item of res.series) {
        if ('error' in item) continue;
        const fetched = seriesFromFetch(item.points, item.total, item.downsampled);
        const held = series.get(key(item.run, item.tag));
        // pushes that arrived while fetching carry later steps: keep them on top of the snapshot
        if (held) {
          const after = held.steps.findIndex((s) => s > (lastStep(fetched) ?? -Infinity));
          if (after >= 0)
            appendPoints(
              fetched,
              held.steps
                .slice(after)
                .map((s, j) => [s, held.wallTimes[after + j] ?? 0, held.values[after + j] ?? NaN]),
            );
        }
        series.set(key(item.run, item.tag), fetched);
        emit({ kind: 'series', run: item.run, tag: item.tag });
      }
    }
  }

  async function subscribeRun(run: string): Promise<void> {
    const lastSteps: Record<string, number> = {};
    for (const t of tagsByRun.get(run) ?? []) {
      if (t.plugin !== 'scalars') continue;
      const s = series.get(key(run, t.tag));
      const last = s ? lastStep(s) : undefined;
      if (last !== undefined) lastSteps[t.tag] = last;
    }
    subscribed.add(run);
    const ack = await api.subscribe({ run, lastSteps });
    if (!ack.ok) error = `could not follow run ${run}: ${ack.error.message}`;
  }

  function scalarPairs(): { run: string; tag: string }[] {
    const out: { run: string; tag: string }[] = [];
    for (const [run, tags] of tagsByRun)
      for (const t of tags) if (t.plugin === 'scalars') out.push({ run, tag: t.tag });
    return out;
  }

  /** After runs or tags change: reload the listings, fetch series not held yet, follow new runs. */
  function scheduleMetaReload(): void {
    clearTimeout(metaTimer);
    metaTimer = setTimeout(() => {
      void (async () => {
        try {
          await loadMeta();
          emit({ kind: 'meta' });
          const missing = scalarPairs().filter((p) => !series.has(key(p.run, p.tag)));
          for (const r of runs) if (!subscribed.has(r.run)) await subscribeRun(r.run);
          if (missing.length) await fetchSeries(missing);
        } catch (err) {
          error = err instanceof Error ? err.message : String(err);
          emit({ kind: 'meta' });
        }
      })();
    }, 250);
  }

  const socket = api.socket;
  socket.on('scalars:appended', (e) => {
    let s = series.get(key(e.run, e.tag));
    if (!s) {
      s = seriesFromFetch([], 0, false);
      series.set(key(e.run, e.tag), s);
    }
    if (appendPoints(s, e.points) > 0) emit({ kind: 'series', run: e.run, tag: e.tag });
  });
  socket.on('series:purged', (e) => {
    const refetch: { run: string; tag: string }[] = [];
    for (const [k, s] of series) {
      const [run, tag] = k.split('\u0000') as [string, string];
      if (run !== e.run || (e.tag !== undefined && tag !== e.tag)) continue;
      if (purgeFrom(s, e.fromStep)) refetch.push({ run, tag });
      emit({ kind: 'series', run, tag });
    }
    if (refetch.length) void fetchSeries(refetch);
  });
  socket.on('series:refetch', (e) => {
    for (const p of e.series) series.delete(key(p.run, p.tag));
    void fetchSeries(e.series).then(async () => {
      for (const run of new Set(e.series.map((p) => p.run))) await subscribeRun(run);
    });
  });
  socket.on('runs:changed', scheduleMetaReload);
  socket.on('tags:added', scheduleMetaReload);
  socket.on('sessions:changed', scheduleMetaReload);
  socket.on('damage:reported', scheduleMetaReload);
  socket.on('plugin:invalidated', (e) => emit({ kind: 'plugin', plugin: e.plugin, run: e.run }));
  socket.on('connect', () => {
    const wasSubscribed = [...subscribed];
    isConnected = true;
    emit({ kind: 'connection', connected: true });
    // on a reconnect, resubscribe with the last steps held: the server sends the gap
    for (const run of wasSubscribed) void subscribeRun(run);
  });
  socket.on('disconnect', () => {
    isConnected = false;
    emit({ kind: 'connection', connected: false });
  });

  return {
    sessions: () => sessions,
    runs: () => runs,
    tags: (run) => tagsByRun.get(run) ?? [],
    scalarTags: () => [...new Set(scalarPairs().map((p) => p.tag))].sort(),
    pluginTags(plugin) {
      const out = new Map<string, string[]>();
      for (const [run, tags] of tagsByRun)
        for (const t of tags) if (t.plugin === plugin) out.set(t.tag, [...(out.get(t.tag) ?? []), run]);
      return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    },
    sessionOf: (run) => {
      const id = runs.find((r) => r.run === run)?.session;
      return sessions.find((s) => s.id === id);
    },
    colorOf,
    series: (run, tag) => series.get(key(run, tag)),
    async start() {
      try {
        await loadMeta();
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
      emit({ kind: 'meta' });
      await fetchSeries(scalarPairs());
      for (const r of runs) await subscribeRun(r.run);
    },
    async fetchRange(runNames, tag, x, xmin, xmax) {
      const res = await api.seriesBatch({ series: runNames.map((run) => ({ run, tag })), x, xmin, xmax });
      return res.series.filter((s): s is ApiSeriesResponse => !('error' in s));
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    connected: () => isConnected,
    lastError: () => error,
  };
}
