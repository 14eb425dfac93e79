// Fetching series snapshots in batches: pairs asked for in one task share one queue drain, split into POST
// /api/series requests of `batch` series; the page's first request goes alone (the first card's runs: the
// server answers requests in flight together, slice by slice, so a second one beside it would delay the first
// chart by its own time): queued drains wait until it was answered (the other cards on screen, attached ~50 ms
// after the first card asked, had their request answered beside it), then `inFlight` requests at once per drain
// (the server builds the next answer while the page reads the last). Invariant: a pair is in at most one request at a time (`isInFlight` until its answer was applied).
// `firstAnswered` settles once the queue's first 'full' request did (answered or failed), so the page can hold
// work that would compete with the first chart on the server (following runs live) until it is drawn.
import type { ApiSeriesResponse } from '../../contract/index.ts';
import type { DashboardApi } from '../api/dashboard-api.ts';

/** 'full' fetches the points a chart draws (downsampled to `width`); 'count' only the total and last step (2
 *  points), for series no card on screen needs, so a refetch after dropped pushes stays cheap. */
export type FetchMode = 'full' | 'count';

export interface SeriesFetchQueue {
  /** Queues pairs not in flight for a 'full' fetch on this task's microtask. */
  enqueue(pairs: readonly { run: string; tag: string }[]): void;
  /** Fetches pairs now (in batches); resolves once every answer was applied. */
  fetch(pairs: readonly { run: string; tag: string }[], mode: FetchMode): Promise<void>;
  isInFlight(run: string, tag: string): boolean;
  /** Resolves once the first 'full' request settled (answered, failed or dropped); never rejects. */
  firstAnswered(): Promise<void>;
}

const key = (run: string, tag: string): string => `${run}\u0000${tag}`;

export function createSeriesFetchQueue(deps: {
  api: Pick<DashboardApi, 'seriesBatch'>;
  batch: number;
  inFlight: number;
  width: number;
  /** Applies one answered series to the store. */
  apply(item: ApiSeriesResponse, mode: FetchMode): void;
  /** A queued fetch failed (an enqueue has no caller to reject). */
  failed(err: unknown): void;
}): SeriesFetchQueue {
  const inFlight = new Set<string>();
  let queue: { run: string; tag: string }[] = [];
  let drainPending = false;
  let firstSettled: () => void = () => {};
  const first = new Promise<void>((ok) => (firstSettled = ok));
  /** A 'full' request left and has not settled yet: queued drains wait for `first`. */
  let firstPending = false;

  let firstLeft = false;
  async function fetchBatch(slice: { run: string; tag: string }[], mode: FetchMode): Promise<void> {
    if (mode === 'full' && !firstLeft) {
      firstLeft = true;
      firstPending = true;
      void first.then(() => (firstPending = false));
    }
    try {
      const res = await deps.api.seriesBatch(
        mode === 'full' ? { series: slice, width: deps.width } : { series: slice, points: 2 },
      );
      for (const item of res.series) if (!('error' in item)) deps.apply(item, mode);
    } finally {
      if (mode === 'full') firstSettled();
    }
  }

  async function fetchBatches(
    pairs: readonly { run: string; tag: string }[],
    mode: FetchMode,
  ): Promise<void> {
    const slices: { run: string; tag: string }[][] = [];
    for (let i = 0; i < pairs.length; i += deps.batch) slices.push(pairs.slice(i, i + deps.batch));
    if (!slices.length) return;
    await fetchBatch(slices[0]!, mode);
    let next = 1;
    const worker = async (): Promise<void> => {
      while (next < slices.length) await fetchBatch(slices[next++]!, mode);
    };
    await Promise.all(Array.from({ length: Math.min(deps.inFlight, slices.length - 1) }, worker));
  }

  async function fetch(pairs: readonly { run: string; tag: string }[], mode: FetchMode): Promise<void> {
    for (const p of pairs) inFlight.add(key(p.run, p.tag));
    try {
      await fetchBatches(pairs, mode);
    } finally {
      for (const p of pairs) inFlight.delete(key(p.run, p.tag));
    }
  }

  return {
    enqueue(pairs) {
      for (const p of pairs) {
        const k = key(p.run, p.tag);
        if (inFlight.has(k)) continue;
        inFlight.add(k);
        queue.push(p);
      }
      if (queue.length === 0 || drainPending) return;
      // the cards that came into view in one task (one IntersectionObserver callback) share a request; a
      // microtask rather than a timer, so the request leaves before the next task (a timer waits behind the
      // page's frames)
      drainPending = true;
      queueMicrotask(() => {
        drainPending = false;
        const batch = queue;
        queue = [];
        const go = (): Promise<void> => fetch(batch, 'full');
        void (firstPending ? first.then(go) : go()).catch((err: unknown) => deps.failed(err));
      });
    },
    fetch,
    isInFlight: (run, tag) => inFlight.has(key(run, tag)),
    firstAnswered: () => first,
  };
}
