// The run store's rows as both backends (SQLite, PostgreSQL) read them, and their mapping to SessionRecord: JSON
// columns parsed (a malformed one is reported on stderr and read as its default, never thrown), `crashed` derived
// from a stale heartbeat. Invariant: one mapping for every backend, so a session reads the same from either.
import {
  lowerIsBetter,
  type EpochMetrics,
  type HParams,
  type LayerSummary,
  type SessionRecord,
  type SessionStatus,
} from './run-store.ts';

export interface SessionRow {
  id: string;
  task: string;
  status: string;
  started_at: number;
  ended_at: number | null;
  heartbeat_at: number;
  pid: number;
  host: string;
  backend: string;
  /** Absent in a version-1 SQLite file opened read-only. */
  backend_reason?: string;
  hparams: string;
  model_json: string | null;
  layer_summary: string | null;
  final_metrics: string;
  best_metrics: string;
  error: string | null;
}

export interface EpochRow {
  session_id: string;
  epoch: number;
  wall_time: number;
  metrics: string;
}

/** A JSON column's value; a malformed one is reported on stderr (naming the store, session and column) and
 *  read as `fallback`. */
export function parseJsonColumn<T>(
  text: string | null,
  fallback: T,
  what: string,
  id: string,
  where = '',
): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    process.stderr.write(
      `trainboard: run store${where ? ` ${where}` : ''}: session ${id}: ${what} is not valid JSON, ignored\n`,
    );
    return fallback;
  }
}

/** `best` updated in place with an epoch's finite metrics: min for loss-like names, max otherwise. */
export function updateBestMetrics(best: Record<string, number>, metrics: Record<string, number>): void {
  for (const [k, v] of Object.entries(metrics)) {
    if (!Number.isFinite(v)) continue;
    const old = best[k];
    if (old === undefined || (lowerIsBetter(k) ? v < old : v > old)) best[k] = v;
  }
}

/** A session row and its epochs as a SessionRecord; `running` reads as `crashed` once its heartbeat is older
 *  than `staleBefore` (epoch seconds). `where` names the store in messages ('' for the SQLite file). */
export function sessionRecordFromRow(
  row: SessionRow,
  epochs: readonly EpochRow[],
  staleBefore: number,
  where = '',
): SessionRecord {
  const json = <T>(text: string | null, fallback: T, what: string): T =>
    parseJsonColumn(text, fallback, what, row.id, where);
  let status = row.status as SessionStatus;
  if (status === 'running' && row.heartbeat_at < staleBefore) status = 'crashed';
  return {
    id: row.id,
    task: row.task,
    status,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    heartbeatAt: row.heartbeat_at,
    pid: row.pid,
    host: row.host,
    backend: row.backend,
    backendReason: row.backend_reason ?? '',
    hparams: json<HParams>(row.hparams, {}, 'hparams'),
    modelJson: row.model_json,
    layerSummary: json<LayerSummary | null>(row.layer_summary, null, 'layer summary'),
    epochs: epochs.map((e): EpochMetrics => ({
      epoch: e.epoch,
      wallTime: e.wall_time,
      metrics: json<Record<string, number>>(e.metrics, {}, `epoch ${e.epoch}`),
    })),
    finalMetrics: json<Record<string, number>>(row.final_metrics, {}, 'final metrics'),
    bestMetrics: json<Record<string, number>>(row.best_metrics, {}, 'best metrics'),
    error: row.error,
  };
}
