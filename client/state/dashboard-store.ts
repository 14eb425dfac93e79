// The client's model of the logdir: sessions, runs, tags and the scalar series, kept current from the server
// (HTTP for snapshots, Socket.IO for deltas). Invariants: a series is fetched (downsampled to the chart width)
// only when a card on screen needs it, and then only grows from pushes; before that it holds the listing's raw
// point count plus the pushes after the listing's last step, so every card's count is exact without fetching;
// only the runs the charts draw are followed live (`follow`), each subscribed with the last step held per tag, so
// the server sends exactly the gap when a run is followed again. At load the store reads only the runs and
// sessions listings (every run's tag names come with its run); the tags listing with point counts and last steps
// is read for the followed runs only, before they are subscribed: at 2,000 runs x 10 tags the full tags listing
// is 2 MB that the first chart would wait for. At load, following waits until the first chart's series were
// answered (or FOLLOW_AFTER_MS after the listings): a hundred subscriptions, each sending its gap, and their tags
// listing otherwise reach the server just before that request and are answered first.
import type { ApiSeriesResponse, RunSummary, SessionSummary, TagSummary } from '../../contract/index.ts';
import type { DashboardApi } from '../api/dashboard-api.ts';
import { createRunColorer } from '../runs/run-colors.ts';
import {
  appendPoints,
  lastStep,
  purgeFrom,
  seriesFromFetch,
  type SeriesBuffer,
} from '../scalars/series-buffer.ts';
import { createSeriesFetchQueue, type FetchMode } from './series-fetch-queue.ts';
import { createGapFetcher } from './series-gap-fetcher.ts';

/** Pixel width a series is downsampled to when fetched (min and max per pixel bucket, so at most about twice
 *  this many points): a card is about 500 px wide; zooming refetches its range at full resolution. */
export const FETCH_WIDTH = 500;
/** Series per POST /api/series: one card's drawn runs, so the first card on screen is answered first. */
const BATCH = 100;
/** Batch requests in flight at once: the server builds the next answer while the page reads the last one. */
const BATCHES_IN_FLIGHT = 2;

/** Longest the runs are left unfollowed at load when no chart's series are asked for (another view shown). */
const FOLLOW_AFTER_MS = 1500;

/** Most runs per /api/tags?run=... request (keeps the URL short). */
const TAG_DETAIL_BATCH = 100;

/** A tag of a run as the runs listing names it. */
export type RunTag = Pick<TagSummary, 'tag' | 'plugin'>;

export type StoreEvent =
  | { kind: 'meta' }
  | { kind: 'series'; run: string; tag: string }
  | { kind: 'plugin'; plugin: string; run: string }
  | { kind: 'connection'; connected: boolean };

export interface DashboardStore {
  sessions(): readonly SessionSummary[];
  runs(): readonly RunSummary[];
  tags(run: string): readonly RunTag[];
  /** Sorted union of scalar tags over all runs. */
  scalarTags(): string[];
  /** Sorted union of tags of one plugin over all runs, with the runs having each. */
  pluginTags(plugin: string): Map<string, string[]>;
  sessionOf(run: string): SessionSummary | undefined;
  /** The run's colour, stable for the page and distinct among the first twelve runs. */
  colorOf(run: string): string;
  /** The name shown for the run in lists and legends (the run name here; run annotations may rename it). */
  displayNameOf(run: string): string;
  /** A session's rank from its runs: lower ranks are listed and drawn first (absent: newest first only). */
  sessionRank?: (runs: readonly { run: string; session: string }[]) => number;
  series(run: string, tag: string): SeriesBuffer | undefined;
  /** True once the series' points were fetched (before that it only counts points). */
  isFetched(run: string, tag: string): boolean;
  /** Fetches the series not fetched yet (batched); a 'series' event follows for each. */
  ensureSeries(pairs: readonly { run: string; tag: string }[]): void;
  /** Loads the listings and starts listening; live points flow for the runs passed to `follow`. */
  start(): Promise<void>;
  /** Follows exactly these runs live (subscribes the new ones from the last step held, unsubscribes the rest). */
  follow(runs: readonly string[]): void;
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
  let tagsByRun = new Map<string, RunTag[]>();
  /** Runs whose tags' counts and last steps were read (the runs followed, or once followed). */
  const detailed = new Set<string>();
  const series = new Map<string, SeriesBuffer>();
  const fetched = new Set<string>();
  /** Series a card on screen asked for (fetched in full on a refetch; the rest are only counted). */
  const wanted = new Set<string>();
  /** Last step of each listed series when it was listed (the subscription's starting point). */
  const listedLast = new Map<string, number>();
  const subscribed = new Set<string>();
  /** Runs to follow live (what the charts draw); `subscribed` converges to it. */
  let following = new Set<string>();
  const listeners = new Set<(e: StoreEvent) => void>();
  let isConnected = false;
  let error: string | null = null;
  let metaTimer: ReturnType<typeof setTimeout> | undefined;
  const colorOf = createRunColorer();
  let scalarTagsOf: { from: Map<string, RunTag[]>; tags: string[] } | undefined;
  /** Set by start(): settles once the first chart's series were answered (following waits for it). */
  let followGate: Promise<void> | undefined;
  let openFollowGate: () => void = () => {};

  const emit = (e: StoreEvent): void => {
    for (const fn of listeners) fn(e);
  };

  async function loadMeta(): Promise<void> {
    const [s, r] = await Promise.all([api.sessions(), api.runs()]);
    sessions = s.sessions;
    runs = r.runs.sort((a, b) => (a.run < b.run ? -1 : a.run > b.run ? 1 : 0));
    tagsByRun = new Map();
    const undetailed: string[] = [];
    for (const run of runs) {
      colorOf(run.run); // assign in name order so a reload gives the same colours
      const tags: RunTag[] = [];
      for (const [plugin, names] of Object.entries(run.tags))
        for (const tag of names) tags.push({ tag, plugin: plugin === '(none)' ? '' : plugin });
      tags.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
      tagsByRun.set(run.run, tags);
      let added = false;
      for (const t of tags) {
        const k = key(run.run, t.tag);
        if (t.plugin !== 'scalars' || series.has(k)) continue;
        // counts only: the point count and last step come with the run's tag details (loadTagDetails)
        series.set(k, seriesFromFetch([], 0, true));
        added = true;
      }
      if (added && detailed.has(run.run)) undetailed.push(run.run);
    }
    // a followed run's new tags: their counts, as the full tags listing gave them
    if (undetailed.length) await loadTagDetails(undetailed);
    error = null;
  }

  /** Reads the point count and last step of every scalar tag of `names` (the runs about to be followed): a
   *  series not fetched yet takes the count (pushes after the last step add to it). */
  async function loadTagDetails(names: readonly string[]): Promise<void> {
    for (let i = 0; i < names.length; i += TAG_DETAIL_BATCH) {
      const res = await api.tags(names.slice(i, i + TAG_DETAIL_BATCH));
      for (const [run, tags] of Object.entries(res.runs)) {
        detailed.add(run);
        for (const t of tags) {
          if (t.plugin !== 'scalars') continue;
          const k = key(run, t.tag);
          if (t.lastStep !== null) listedLast.set(k, Math.max(t.lastStep, listedLast.get(k) ?? -Infinity));
          const s = series.get(k);
          if (s && !fetched.has(k) && s.steps.length === 0 && s.rawCount !== t.count) {
            s.rawCount = t.count;
            emit({ kind: 'series', run, tag: t.tag });
          }
        }
      }
    }
  }

  /** Subscribes runs (their tag details first, so each subscription starts from the listed last steps). */
  async function followRuns(names: readonly string[]): Promise<void> {
    await followGate; // before claiming: a reconnect meanwhile resubscribes only runs already followed
    // runs no longer followed after the wait are left out (a claim never subscribed would block a later follow)
    const fresh = names.filter((r) => !subscribed.has(r) && following.has(r));
    if (!fresh.length) return;
    for (const r of fresh) subscribed.add(r); // claimed: a follow() meanwhile does not subscribe them twice
    try {
      await loadTagDetails(fresh.filter((r) => !detailed.has(r)));
    } catch (err) {
      for (const r of fresh) subscribed.delete(r);
      throw err;
    }
    for (const r of fresh) if (!following.has(r)) subscribed.delete(r); // unfollowed while the details loaded
    await Promise.all(fresh.filter((r) => following.has(r) && subscribed.has(r)).map((r) => subscribeRun(r)));
  }

  /** Applies a fetched snapshot: 'full' (a chart's points) marks it fetched; 'count' keeps it counting only. */
  function applyFetched(item: ApiSeriesResponse, mode: FetchMode): void {
    const fetchedBuffer = seriesFromFetch(item.points, item.total, item.downsampled);
    const held = series.get(key(item.run, item.tag));
    // pushes that arrived before or while fetching carry later steps: keep them on top of the snapshot
    if (held && held.steps.length) {
      const after = held.steps.findIndex((s) => s > (lastStep(fetchedBuffer) ?? -Infinity));
      if (after >= 0)
        appendPoints(
          fetchedBuffer,
          held.steps
            .slice(after)
            .map((s, j) => [s, held.wallTimes[after + j] ?? 0, held.values[after + j] ?? NaN]),
        );
    }
    const k = key(item.run, item.tag);
    series.set(k, fetchedBuffer);
    if (mode === 'full') fetched.add(k);
    else {
      fetched.delete(k);
      if (item.points.length) listedLast.set(k, item.points[item.points.length - 1]?.[0] ?? 0);
    }
    emit({ kind: 'series', run: item.run, tag: item.tag });
  }

  const fetchQueue = createSeriesFetchQueue({
    api,
    batch: BATCH,
    inFlight: BATCHES_IN_FLIGHT,
    width: FETCH_WIDTH,
    apply: applyFetched,
    failed(err) {
      error = `could not fetch series: ${err instanceof Error ? err.message : String(err)}`;
      emit({ kind: 'meta' });
    },
  });

  function ensureSeries(pairs: readonly { run: string; tag: string }[]): void {
    const fresh: { run: string; tag: string }[] = [];
    for (const p of pairs) {
      const k = key(p.run, p.tag);
      wanted.add(k);
      if (!fetched.has(k) && series.has(k)) fresh.push(p);
    }
    fetchQueue.enqueue(fresh);
  }

  async function subscribeRun(run: string): Promise<void> {
    const lastSteps: Record<string, number> = {};
    for (const t of tagsByRun.get(run) ?? []) {
      if (t.plugin !== 'scalars') continue;
      const k = key(run, t.tag);
      const s = series.get(k);
      const held = s ? lastStep(s) : undefined;
      const listed = listedLast.get(k);
      const last = held === undefined ? listed : listed === undefined ? held : Math.max(held, listed);
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
          await followRuns(runs.filter((r) => following.has(r.run)).map((r) => r.run));
        } catch (err) {
          error = err instanceof Error ? err.message : String(err);
          emit({ kind: 'meta' });
        }
      })();
    }, 250);
  }

  const socket = api.socket;
  socket.on('scalars:appended', (e) => {
    // one message per run: every tag of it that grew
    for (const { tag, points: pushed } of e.series) {
      const k = key(e.run, tag);
      let s = series.get(k);
      if (!s) {
        // a tag that appeared after we subscribed: the server pushes its whole history, so it is complete
        s = seriesFromFetch([], 0, false);
        series.set(k, s);
        fetched.add(k);
      }
      // a series known only by its listed count already counts the points up to the listed last step: a push
      // that overlaps them (a subscription's gap sent before the listing's last step was known) adds only the rest
      const listed = !fetched.has(k) && s.steps.length === 0 ? listedLast.get(k) : undefined;
      const points = listed === undefined ? pushed : pushed.filter(([step]) => Number(step) > listed);
      if (appendPoints(s, points) > 0) emit({ kind: 'series', run: e.run, tag });
    }
  });
  socket.on('series:purged', (e) => {
    const refetch: { run: string; tag: string }[] = [];
    for (const [k, s] of series) {
      const [run, tag] = k.split('\u0000') as [string, string];
      if (run !== e.run || (e.tag !== undefined && tag !== e.tag)) continue;
      if (purgeFrom(s, e.fromStep) || !fetched.has(k)) refetch.push({ run, tag });
      emit({ kind: 'series', run, tag });
    }
    if (refetch.length) {
      void fetchQueue.fetch(
        refetch.filter((p) => wanted.has(key(p.run, p.tag))),
        'full',
      );
      void fetchQueue.fetch(
        refetch.filter((p) => !wanted.has(key(p.run, p.tag))),
        'count',
      );
    }
  });
  const gaps = createGapFetcher({
    api,
    batch: BATCH,
    seriesOf: (run, tag) => series.get(key(run, tag)),
    heldThrough(run, tag) {
      const k = key(run, tag);
      const s = series.get(k);
      return Math.max(s ? (lastStep(s) ?? -1) : -1, listedLast.get(k) ?? -1);
    },
    changed: (run, tag) => emit({ kind: 'series', run, tag }),
  });
  socket.on('series:refetch', (e) => {
    void gaps.notice(e.series).catch((err: unknown) => {
      error = `could not refetch dropped points: ${err instanceof Error ? err.message : String(err)}`;
      emit({ kind: 'meta' });
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
    scalarTags() {
      // views ask several times a render; the union only changes with the listing (a new tagsByRun)
      if (scalarTagsOf?.from !== tagsByRun)
        scalarTagsOf = { from: tagsByRun, tags: [...new Set(scalarPairs().map((p) => p.tag))].sort() };
      return [...scalarTagsOf.tags];
    },
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
    displayNameOf: (run) => run,
    series: (run, tag) => series.get(key(run, tag)),
    isFetched: (run, tag) => fetched.has(key(run, tag)),
    ensureSeries,
    async start() {
      followGate = new Promise<void>((ok) => (openFollowGate = ok));
      void fetchQueue.firstAnswered().then(openFollowGate);
      try {
        await loadMeta();
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
      setTimeout(openFollowGate, FOLLOW_AFTER_MS);
      emit({ kind: 'meta' });
      await followRuns(runs.filter((r) => following.has(r.run)).map((r) => r.run));
    },
    follow(next) {
      following = new Set(next);
      const listed = new Set(runs.map((r) => r.run));
      void followRuns([...following].filter((run) => listed.has(run))).catch((err: unknown) => {
        error = `could not follow runs: ${err instanceof Error ? err.message : String(err)}`;
      });
      for (const run of [...subscribed])
        if (!following.has(run)) {
          subscribed.delete(run);
          api.unsubscribe({ run });
        }
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
