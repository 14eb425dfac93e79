// Which runs the charts draw, fetch and follow live, and in what order the runs list shows them. Pure.
// Order: sessions newest first (the run store's start time, else the session's first event), then by name;
// runs of a session in name order. Drawn: the first MAX_DRAWN_RUNS visible runs in that order, so at thousands
// of runs the charts draw, fetch and follow a bounded set (the newest) and the list says so; TensorBoard's run
// selector does the same past 40 matching runs (`maxNamesToEnableByDefault`), by leaving the rest unselected.
import type { SessionSummary } from '../../contract/index.ts';

/** Most runs a chart draws at once (each is fetched, followed live and drawn on every card on screen). */
export const MAX_DRAWN_RUNS = 100;

export interface OrderedSession {
  id: string;
  runs: string[];
}

/** A session's rank from its runs: lower ranks are listed and drawn first (run management puts pinned first). */
export type SessionRank = (runs: readonly { run: string; session: string }[]) => number;

/** Groups `runs` by session, sessions by rank, then newest first, runs by rank then name (what the list shows). */
export function orderBySession(
  runs: readonly { run: string; session: string }[],
  sessions: readonly Pick<SessionSummary, 'id' | 'startedAt'>[],
  rank?: SessionRank,
): OrderedSession[] {
  const started = new Map(sessions.map((s) => [s.id, s.startedAt ?? 0]));
  const bySession = new Map<string, string[]>();
  const members = new Map<string, { run: string; session: string }[]>();
  for (const r of runs) {
    const list = bySession.get(r.session);
    if (list) list.push(r.run);
    else bySession.set(r.session, [r.run]);
    if (rank) {
      const m = members.get(r.session);
      if (m) m.push(r);
      else members.set(r.session, [r]);
    }
  }
  const ranks = new Map([...members].map(([id, rs]) => [id, rank ? rank(rs) : 0]));
  const ids = [...bySession.keys()].sort(
    (a, b) =>
      (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0) ||
      (started.get(b) ?? 0) - (started.get(a) ?? 0) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  // runs by name; with a rank, by the rank of each run alone first (run management: pinned runs first)
  const runRank = (id: string, run: string): number => (rank ? rank([{ run, session: id }]) : 0);
  return ids.map((id) => ({
    id,
    runs: (bySession.get(id) ?? []).sort(
      (x, y) => runRank(id, x) - runRank(id, y) || (x < y ? -1 : x > y ? 1 : 0),
    ),
  }));
}

/** The runs drawn: the first `max` of `visible` in the list's order. */
export function drawnRuns(
  visible: readonly string[],
  runs: readonly { run: string; session: string }[],
  sessions: readonly Pick<SessionSummary, 'id' | 'startedAt'>[],
  max: number = MAX_DRAWN_RUNS,
  rank?: SessionRank,
): string[] {
  const shown = new Set(visible);
  const out: string[] = [];
  for (const s of orderBySession(runs, sessions, rank))
    for (const run of s.runs) {
      if (out.length >= max) return out;
      if (shown.has(run)) out.push(run);
    }
  return out;
}
