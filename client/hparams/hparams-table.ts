// Rows and columns of the hparams table: one row per session with its hparams and final metrics, sorted and
// filtered. Pure. Invariants: columns are the union over sessions, hparams first then metrics, each sorted by
// name; missing values sort last in either direction.
import type { SessionSummary } from '../../contract/index.ts';

export type Cell = number | string | boolean | undefined;

/** A table row's source: a run-store session, or one TensorBoard's hparams routes serve (tf.summary's API). */
export type HparamsSession = Pick<SessionSummary, 'id' | 'status' | 'hparams' | 'finalMetrics'> & {
  /** Default `trainboard`. */
  origin?: 'trainboard' | 'tensorboard';
};

export interface HparamsTable {
  hparams: string[];
  metrics: string[];
  rows: { id: string; status: string; origin: 'trainboard' | 'tensorboard'; cells: Record<string, Cell> }[];
}

export function buildHparamsTable(
  sessions: readonly HparamsSession[],
  opts: { sortKey?: string; descending?: boolean; filter?: { test(text: string): boolean } | null } = {},
): HparamsTable {
  const hp = new Set<string>();
  const mt = new Set<string>();
  for (const s of sessions) {
    Object.keys(s.hparams).forEach((k) => hp.add(k));
    Object.keys(s.finalMetrics).forEach((k) => mt.add(k));
  }
  const hparams = [...hp].sort();
  const metrics = [...mt].sort().filter((m) => !hp.has(m));
  let rows = sessions.map((s): HparamsTable['rows'][number] => ({
    id: s.id,
    status: s.status,
    origin: s.origin ?? 'trainboard',
    cells: { ...Object.fromEntries(metrics.map((m) => [m, s.finalMetrics[m]])), ...s.hparams },
  }));
  const filter = opts.filter;
  if (filter)
    rows = rows.filter(
      (r) =>
        filter.test(r.id) || Object.values(r.cells).some((v) => v !== undefined && filter.test(String(v))),
    );
  const key = opts.sortKey;
  if (key) {
    const dir = opts.descending ? -1 : 1;
    rows.sort((a, b) => {
      const x = key === 'session' ? a.id : a.cells[key];
      const y = key === 'session' ? b.id : b.cells[key];
      if (x === undefined || (typeof x === 'number' && Number.isNaN(x))) return y === undefined ? 0 : 1;
      if (y === undefined || (typeof y === 'number' && Number.isNaN(y))) return -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
      return String(x).localeCompare(String(y), 'en', { numeric: true }) * dir;
    });
  }
  return { hparams, metrics, rows };
}
