// Filling the gaps of dropped pushes: when the server could not deliver a run's pushes (its buffer for this
// client overflowed) it sends `series:refetch`; this fetches only the points after the step held when the
// notice came (full resolution, usually a few points per series), merges them in and sets each series' raw
// count to the server's total. Invariants: one gap fetch runs at a time and notices arriving meanwhile are
// merged into the next one (keeping the earliest step of a series); there is no resubscribe: the server keeps
// pushing after a refetch notice, and a resubscribe would make it resend from our last steps, a burst that
// overflows the same buffer again.
import type { DashboardApi } from '../api/dashboard-api.ts';
import { mergePoints, type SeriesBuffer } from '../scalars/series-buffer.ts';

export interface GapFetcherDeps {
  api: Pick<DashboardApi, 'seriesBatch'>;
  /** Series per request. */
  batch: number;
  /** The held series of a pair, if any (merged into in place). */
  seriesOf(run: string, tag: string): SeriesBuffer | undefined;
  /** The step after which the gap starts: the last step held or listed now (-1: none). */
  heldThrough(run: string, tag: string): number;
  /** A series gained points. */
  changed(run: string, tag: string): void;
}

export interface GapFetcher {
  /** Queues the series a refetch notice named and starts fetching (a rejection carries the fetch error). */
  notice(series: readonly { run: string; tag: string }[]): Promise<void>;
}

const key = (run: string, tag: string): string => `${run}\u0000${tag}`;

export function createGapFetcher(deps: GapFetcherDeps): GapFetcher {
  /** Series whose pushes were dropped, waiting for the gap fetch in progress to finish. */
  const pending = new Map<string, { run: string; tag: string; from: number }>();
  let fetching = false;

  async function fetchGaps(): Promise<void> {
    if (fetching) return;
    fetching = true;
    try {
      while (pending.size) {
        const pairs = [...pending.values()];
        pending.clear();
        const byFrom = new Map<number, { run: string; tag: string }[]>();
        for (const p of pairs)
          byFrom.set(p.from, [...(byFrom.get(p.from) ?? []), { run: p.run, tag: p.tag }]);
        for (const [from, group] of byFrom) {
          for (let i = 0; i < group.length; i += deps.batch) {
            const res = await deps.api.seriesBatch({
              series: group.slice(i, i + deps.batch),
              x: 'step',
              xmin: from + 0.5,
            });
            for (const item of res.series) {
              if ('error' in item) continue;
              const s = deps.seriesOf(item.run, item.tag);
              if (!s) continue;
              // later pushes may already be held: merge, so the dropped steps fill in where they belong
              mergePoints(s, item.points);
              s.rawCount = Math.max(item.total, s.steps.length);
              deps.changed(item.run, item.tag);
            }
          }
        }
      }
    } finally {
      fetching = false;
    }
  }

  return {
    notice(series) {
      for (const p of series) {
        // the gap starts after the last step held now, before any later push arrives
        const k = key(p.run, p.tag);
        const from = deps.heldThrough(p.run, p.tag);
        const queued = pending.get(k);
        pending.set(k, { ...p, from: queued ? Math.min(queued.from, from) : from });
      }
      return fetchGaps();
    },
  };
}
