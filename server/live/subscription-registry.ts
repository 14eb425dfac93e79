// Who follows what: per client, the runs and scalar tags it subscribed to and, per tag, how many points it was
// already sent; per run, the clients that follow it. Invariants: every client stays within its budget (runs,
// series, and the bytes its names cost to keep), checked before anything is changed, so a refused request
// leaves the client as it was; removing a client returns everything it held (no index keeps its names).
import type { SeriesSubscribeRequest, SeriesUnsubscribeRequest } from '../../contract/index.ts';

export interface SubscriptionBudget {
  /** Runs one client may follow at once. */
  maxRuns: number;
  /** Series (run, tag) one client may follow at once. */
  maxSeries: number;
  /** Bytes the client's run and tag names may cost the server (UTF-16, plus a fixed overhead per entry). */
  maxBytes: number;
}

export const DEFAULT_SUBSCRIPTION_BUDGET: SubscriptionBudget = {
  maxRuns: 1000,
  maxSeries: 50_000,
  maxBytes: 4 * 1024 * 1024,
};

/** What one entry of a map keyed by a string costs, roughly: the string (UTF-16) and the map slot. */
const entryCost = (key: string): number => 2 * key.length + 64;

export interface RunSubscription {
  /** Follows every scalar tag of the run, including tags that appear later. */
  all: boolean;
  /** tag -> points already sent (an index into the series). */
  sent: Map<string, number>;
}

interface ClientEntry {
  runs: Map<string, RunSubscription>;
  series: number;
  bytes: number;
}

export type SubscribeOutcome = { ok: true; tags: string[] } | { ok: false; message: string };

export interface SubscriptionRegistry {
  addClient(id: string): void;
  /** Forgets the client and everything it followed. */
  removeClient(id: string): void;
  /** Subscribes `req.tags` (or all of `allTags()`), each starting at `startIndex(tag)`; refused over budget. */
  subscribe(
    id: string,
    req: SeriesSubscribeRequest,
    allTags: () => string[],
    startIndex: (tag: string) => number,
  ): SubscribeOutcome;
  unsubscribe(id: string, req: SeriesUnsubscribeRequest): string[];
  /** A follow-all subscriber's new scalar tag, from point 0 (skipped for a client at its budget). */
  addTag(id: string, run: string, tag: string): void;
  /** The clients following `run` with their subscription to it. */
  followers(run: string): Iterable<[string, RunSubscription]>;
  subscription(id: string, run: string): RunSubscription | undefined;
  /** Series and bytes a client holds (tests and health). */
  usage(id: string): { runs: number; series: number; bytes: number } | undefined;
  clientCount(): number;
}

export function createSubscriptionRegistry(
  budget: SubscriptionBudget = DEFAULT_SUBSCRIPTION_BUDGET,
): SubscriptionRegistry {
  const clients = new Map<string, ClientEntry>();
  const byRun = new Map<string, Map<string, RunSubscription>>();

  function dropRun(id: string, c: ClientEntry, run: string): void {
    const sub = c.runs.get(run);
    if (!sub) return;
    for (const tag of sub.sent.keys()) c.bytes -= entryCost(tag);
    c.series -= sub.sent.size;
    c.bytes -= entryCost(run);
    c.runs.delete(run);
    const followers = byRun.get(run);
    followers?.delete(id);
    if (followers?.size === 0) byRun.delete(run);
  }

  return {
    addClient(id) {
      clients.set(id, { runs: new Map(), series: 0, bytes: 0 });
    },
    removeClient(id) {
      const c = clients.get(id);
      if (!c) return;
      for (const run of [...c.runs.keys()]) dropRun(id, c, run);
      clients.delete(id);
    },
    subscribe(id, req, allTags, startIndex) {
      const c = clients.get(id);
      if (!c) return { ok: false, message: 'unknown client' };
      const existing = c.runs.get(req.run);
      const tags = req.tags ?? allTags();
      const fresh = [...new Set(tags)].filter((t) => !existing?.sent.has(t));
      const runs = c.runs.size + (existing ? 0 : 1);
      const series = c.series + fresh.length;
      const bytes =
        c.bytes + (existing ? 0 : entryCost(req.run)) + fresh.reduce((n, t) => n + entryCost(t), 0);
      if (runs > budget.maxRuns)
        return {
          ok: false,
          message: `a client may follow at most ${budget.maxRuns} runs; unsubscribe some first`,
        };
      if (series > budget.maxSeries)
        return {
          ok: false,
          message: `a client may follow at most ${budget.maxSeries} series; unsubscribe some first`,
        };
      if (bytes > budget.maxBytes)
        return { ok: false, message: `the names this client follows would exceed ${budget.maxBytes} bytes` };
      let sub = existing;
      if (!sub) {
        sub = { all: false, sent: new Map() };
        c.runs.set(req.run, sub);
        let followers = byRun.get(req.run);
        if (!followers) byRun.set(req.run, (followers = new Map<string, RunSubscription>()));
        followers.set(id, sub);
      }
      if (req.tags === undefined) sub.all = true;
      for (const tag of tags) sub.sent.set(tag, startIndex(tag));
      c.series = series;
      c.bytes = bytes;
      return { ok: true, tags: sub.all ? ['*'] : [...sub.sent.keys()] };
    },
    unsubscribe(id, req) {
      const c = clients.get(id);
      const sub = c?.runs.get(req.run);
      if (!c || !sub) return [];
      if (req.tags) {
        for (const t of new Set(req.tags)) {
          if (!sub.sent.delete(t)) continue;
          c.series--;
          c.bytes -= entryCost(t);
        }
        if (sub.sent.size > 0 || sub.all) return [...sub.sent.keys()];
      }
      dropRun(id, c, req.run);
      return [];
    },
    addTag(id, run, tag) {
      const c = clients.get(id);
      const sub = c?.runs.get(run);
      if (!c || !sub || sub.sent.has(tag)) return;
      if (c.series + 1 > budget.maxSeries || c.bytes + entryCost(tag) > budget.maxBytes) return;
      sub.sent.set(tag, 0);
      c.series++;
      c.bytes += entryCost(tag);
    },
    followers: (run) => byRun.get(run)?.entries() ?? [],
    subscription: (id, run) => clients.get(id)?.runs.get(run),
    usage(id) {
      const c = clients.get(id);
      return c && { runs: c.runs.size, series: c.series, bytes: c.bytes };
    },
    clientCount: () => clients.size,
  };
}
