// The SQLite run store: one row per training session in `<logdir>/trainboard.sqlite` (WAL, busy timeout,
// forward-only migrations). The trainer writes through it, the server reads through it; a `running` row whose
// heartbeat is older than `staleAfterSecs` reads as `crashed` (derived, never stored).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './run-store-migrations.ts';
import {
  parseJsonColumn,
  sessionRecordFromRow,
  updateBestMetrics,
  type EpochRow,
  type SessionRow,
} from './session-rows.ts';

export type SessionStatus = 'running' | 'finished' | 'failed' | 'stopped' | 'crashed';
export type StoredStatus = Exclude<SessionStatus, 'crashed'>;
export type HParams = Record<string, number | string | boolean>;

export interface LayerSummaryRow {
  name: string;
  className: string;
  outputShape: string;
  params: number;
  connectedTo: string[];
  trainable: boolean;
}
export interface LayerSummary {
  rows: LayerSummaryRow[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
}
export interface EpochMetrics {
  epoch: number;
  wallTime: number;
  metrics: Record<string, number>;
}
export interface SessionRecord {
  id: string;
  task: string;
  status: SessionStatus;
  startedAt: number;
  endedAt: number | null;
  heartbeatAt: number;
  pid: number;
  host: string;
  backend: string;
  /** Why this backend was chosen ('' when unknown). */
  backendReason: string;
  hparams: HParams;
  modelJson: string | null;
  layerSummary: LayerSummary | null;
  epochs: EpochMetrics[];
  finalMetrics: Record<string, number>;
  bestMetrics: Record<string, number>;
  error: string | null;
}

export interface NewSession {
  id: string;
  task: string;
  pid?: number;
  host?: string;
  backend: string;
  backendReason?: string;
  hparams?: HParams;
  startedAt?: number;
}

export interface RunStore {
  /** Newest first, with `crashed` derived from stale heartbeats. */
  listSessions(): SessionRecord[];
  getSession(id: string): SessionRecord | undefined;
  /** Changes whenever another connection committed (PRAGMA data_version); cheap. */
  changeCounter(): number;
  /** Inserts a `running` row; replaces an older row with the same id (a rerun into the same directory). */
  createSession(s: NewSession): void;
  heartbeat(id: string, at?: number): void;
  setBackend(id: string, backend: string): void;
  setHParams(id: string, hparams: HParams): void;
  setModel(id: string, modelJson: string, layerSummary: LayerSummary | null): void;
  /** Appends (or replaces) one epoch's metrics; best metrics are updated (min for loss-like, max otherwise). */
  recordEpoch(id: string, epoch: number, metrics: Record<string, number>, wallTime?: number): void;
  setFinalMetrics(id: string, metrics: Record<string, number>): void;
  /** Ends the session: `finished`, `failed` (with the error text) or `stopped`. */
  finish(id: string, status: Exclude<StoredStatus, 'running'>, error?: string | null, at?: number): void;
  close(): void;
}

export interface RunStoreOptions {
  readonly?: boolean;
  /** A `running` row whose heartbeat is older than this reads as `crashed`. Default 30 s. */
  staleAfterSecs?: number;
  /** Clock in seconds since the epoch (tests inject one). */
  now?: () => number;
  /**
   * How long a statement waits for another connection's lock (SQLite's busy_timeout, a synchronous wait).
   * Default 5000 ms for the trainer; the server passes 0 and retries later, so a lock never blocks its event
   * loop (a locked read then throws an error whose `code` is 'SQLITE_BUSY').
   */
  busyTimeoutMs?: number;
}

export const DEFAULT_STALE_AFTER_SECS = 30;
export const RUN_STORE_FILE = 'trainboard.sqlite';

/** True for metric names where lower is better (losses and errors). */
export function lowerIsBetter(metric: string): boolean {
  return /loss|error|mse|mae/i.test(metric);
}

export function openRunStore(file: string, opts: RunStoreOptions = {}): RunStore {
  const staleAfter = opts.staleAfterSecs ?? DEFAULT_STALE_AFTER_SECS;
  const now = opts.now ?? (() => Date.now() / 1000);
  if (!opts.readonly) mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  let opened: Database.Database | undefined;
  try {
    db = opened = new Database(file, {
      readonly: opts.readonly ?? false,
      fileMustExist: opts.readonly ?? false,
    });
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000))}`);
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db, file);
    } else {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version === 0) throw new Error('no trainboard schema (user_version 0)');
    }
  } catch (err) {
    if (opened?.open) opened.close();
    const code = (err as { code?: unknown } | null)?.code;
    throw Object.assign(
      new Error(`run store ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err }),
      typeof code === 'string' ? { code } : {},
    );
  }

  const selectAll = db.prepare<[], SessionRow>('SELECT * FROM sessions ORDER BY started_at DESC, id DESC');
  const selectOne = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const selectEpochs = db.prepare<[string], EpochRow>(
    'SELECT * FROM epochs WHERE session_id = ? ORDER BY epoch',
  );
  const selectAllEpochs = db.prepare<[], EpochRow>('SELECT * FROM epochs ORDER BY session_id, epoch');

  const toRecord = (row: SessionRow, epochs: EpochRow[]): SessionRecord =>
    sessionRecordFromRow(row, epochs, now() - staleAfter);

  function mustUpdate(result: Database.RunResult, id: string, op: string): void {
    if (result.changes === 0) throw new Error(`run store ${file}: ${op}: no session '${id}'`);
  }

  const store: RunStore = {
    listSessions() {
      const byId = new Map<string, EpochRow[]>();
      for (const e of selectAllEpochs.all()) {
        const list = byId.get(e.session_id) ?? [];
        list.push(e);
        byId.set(e.session_id, list);
      }
      return selectAll.all().map((r) => toRecord(r, byId.get(r.id) ?? []));
    },
    getSession(id) {
      const row = selectOne.get(id);
      return row ? toRecord(row, selectEpochs.all(id)) : undefined;
    },
    changeCounter() {
      return db.pragma('data_version', { simple: true }) as number;
    },
    createSession(s) {
      const t = s.startedAt ?? now();
      db.transaction(() => {
        db.prepare('DELETE FROM epochs WHERE session_id = ?').run(s.id);
        db.prepare('DELETE FROM sessions WHERE id = ?').run(s.id);
        db.prepare(
          `INSERT INTO sessions (id, task, status, started_at, ended_at, heartbeat_at, pid, host, backend,
             backend_reason, hparams, model_json, layer_summary, final_metrics, best_metrics, error)
           VALUES (?, ?, 'running', ?, NULL, ?, ?, ?, ?, ?, ?, NULL, NULL, '{}', '{}', NULL)`,
        ).run(
          s.id,
          s.task,
          t,
          t,
          s.pid ?? process.pid,
          s.host ?? '',
          s.backend,
          s.backendReason ?? '',
          JSON.stringify(s.hparams ?? {}),
        );
      })();
    },
    heartbeat(id, at) {
      mustUpdate(
        db.prepare('UPDATE sessions SET heartbeat_at = ? WHERE id = ?').run(at ?? now(), id),
        id,
        'heartbeat',
      );
    },
    setBackend(id, backend) {
      mustUpdate(
        db.prepare('UPDATE sessions SET backend = ? WHERE id = ?').run(backend, id),
        id,
        'setBackend',
      );
    },
    setHParams(id, hparams) {
      mustUpdate(
        db.prepare('UPDATE sessions SET hparams = ? WHERE id = ?').run(JSON.stringify(hparams), id),
        id,
        'setHParams',
      );
    },
    setModel(id, modelJson, layerSummary) {
      mustUpdate(
        db
          .prepare('UPDATE sessions SET model_json = ?, layer_summary = ? WHERE id = ?')
          .run(modelJson, layerSummary ? JSON.stringify(layerSummary) : null, id),
        id,
        'setModel',
      );
    },
    recordEpoch(id, epoch, metrics, wallTime) {
      const t = wallTime ?? now();
      db.transaction(() => {
        const row = selectOne.get(id);
        if (!row) throw new Error(`run store ${file}: recordEpoch: no session '${id}'`);
        const best = parseJsonColumn<Record<string, number>>(row.best_metrics, {}, 'best metrics', id);
        updateBestMetrics(best, metrics);
        db.prepare(
          'INSERT OR REPLACE INTO epochs (session_id, epoch, wall_time, metrics) VALUES (?, ?, ?, ?)',
        ).run(id, epoch, t, JSON.stringify(metrics));
        db.prepare(
          'UPDATE sessions SET best_metrics = ?, final_metrics = ?, heartbeat_at = ? WHERE id = ?',
        ).run(JSON.stringify(best), JSON.stringify(metrics), t, id);
      })();
    },
    setFinalMetrics(id, metrics) {
      mustUpdate(
        db.prepare('UPDATE sessions SET final_metrics = ? WHERE id = ?').run(JSON.stringify(metrics), id),
        id,
        'setFinalMetrics',
      );
    },
    finish(id, status, error, at) {
      const t = at ?? now();
      mustUpdate(
        db
          .prepare('UPDATE sessions SET status = ?, error = ?, ended_at = ?, heartbeat_at = ? WHERE id = ?')
          .run(status, error ?? null, t, t, id),
        id,
        'finish',
      );
    },
    close() {
      if (db.open) db.close();
    },
  };
  return store;
}
