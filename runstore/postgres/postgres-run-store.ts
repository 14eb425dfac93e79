// The PostgreSQL run store: the SQLite run store's typed API (runstore/run-store.ts), asynchronous, over a pg
// connection pool, for trainers on several machines writing sessions, heartbeats, epochs and status to one
// database that every server reads. Invariants: the same schema and migrations as SQLite (postgres-migrations.ts);
// a `running` row whose heartbeat is older than `staleAfterSecs` reads as `crashed` (derived, never stored);
// every error names the database (password redacted) and the operation; a database that goes away makes calls
// reject, never crash the process (idle connections that die are dropped by the pool), and the pool reconnects
// when it returns.
import pg from 'pg';
import { DEFAULT_STALE_AFTER_SECS, type RunStore, type SessionRecord } from '../run-store.ts';
import { migratePostgres } from './postgres-migrations.ts';
import { redactPostgresUrl } from './postgres-url.ts';
import {
  parseJsonColumn,
  sessionRecordFromRow,
  updateBestMetrics,
  type EpochRow,
  type SessionRow,
} from '../session-rows.ts';

type Asynced<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};
/** RunStore's operations, each returning a promise (changeCounter has no PostgreSQL counterpart: poll instead). */
export type AsyncRunStore = Asynced<Omit<RunStore, 'changeCounter'>> & {
  /** The database as shown in messages (password redacted). */
  readonly where: string;
};

export interface PostgresRunStoreOptions {
  staleAfterSecs?: number;
  now?: () => number;
  /** Milliseconds to wait for a connection or a query before the call fails (default 5000). */
  timeoutMs?: number;
  /** Pool size (default 4). */
  maxConnections?: number;
}

/** Connects, migrates, and returns the store; rejects (naming the database) when it cannot. */
export async function openPostgresRunStore(
  url: string,
  opts: PostgresRunStoreOptions = {},
): Promise<AsyncRunStore> {
  const where = redactPostgresUrl(url);
  const staleAfter = opts.staleAfterSecs ?? DEFAULT_STALE_AFTER_SECS;
  const now = opts.now ?? (() => Date.now() / 1000);
  const timeoutMs = opts.timeoutMs ?? 5000;
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.maxConnections ?? 4,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
    application_name: 'trainboard',
  });
  // an idle connection the server dropped (restart, network): the pool discards it; the next query reconnects
  pool.on('error', () => {});

  const fail = (op: string, err: unknown): Error =>
    Object.assign(
      new Error(`run store ${where}: ${op}: ${err instanceof Error ? err.message : String(err)}`),
      {
        cause: err,
        ...(typeof (err as { code?: unknown } | null)?.code === 'string'
          ? { code: (err as { code: string }).code }
          : {}),
      },
    );

  async function tx<T>(op: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw fail(op, err);
    }
    // a checked-out client has no pool listener: a connection dropped between two statements would emit an
    // unhandled 'error' (a crash); the statement in flight rejects instead
    let dropped: unknown;
    const onError = (err: unknown): void => void (dropped = err);
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      client.off('error', onError);
      client.release();
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      client.off('error', onError);
      client.release(true); // a connection that failed mid-transaction is not reused
      const cause = dropped ?? err;
      throw cause instanceof Error && cause.message.startsWith(`run store ${where}`)
        ? cause
        : fail(op, cause);
    }
  }

  async function run(op: string, sql: string, params: unknown[]): Promise<pg.QueryResult> {
    try {
      return await pool.query(sql, params);
    } catch (err) {
      throw fail(op, err);
    }
  }

  async function mustUpdate(op: string, id: string, sql: string, params: unknown[]): Promise<void> {
    const r = await run(op, sql, params);
    if (r.rowCount === 0) throw new Error(`run store ${where}: ${op}: no session '${id}'`);
  }

  const toRecord = (row: SessionRow, epochs: EpochRow[]): SessionRecord =>
    sessionRecordFromRow(row, epochs, now() - staleAfter, where);

  try {
    const c = await pool.connect();
    c.on('error', () => {}); // a dropped connection rejects the statement in flight
    try {
      await migratePostgres(c, where); // its own transaction
    } finally {
      c.release();
    }
  } catch (err) {
    await pool.end().catch(() => {});
    throw fail('migrate', err);
  }

  return {
    where,
    async listSessions() {
      // one snapshot for both tables, so an epoch never appears without its session
      return tx('listSessions', async (c) => {
        await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const epochs = await c.query<EpochRow>('SELECT * FROM epochs ORDER BY session_id, epoch');
        const rows = await c.query<SessionRow>('SELECT * FROM sessions ORDER BY started_at DESC, id DESC');
        const byId = new Map<string, EpochRow[]>();
        for (const e of epochs.rows) {
          const list = byId.get(e.session_id) ?? [];
          list.push(e);
          byId.set(e.session_id, list);
        }
        return rows.rows.map((r) => toRecord(r, byId.get(r.id) ?? []));
      });
    },
    async getSession(id) {
      const rows = await run('getSession', 'SELECT * FROM sessions WHERE id = $1', [id]);
      const row = rows.rows[0] as SessionRow | undefined;
      if (!row) return undefined;
      const epochs = await run('getSession', 'SELECT * FROM epochs WHERE session_id = $1 ORDER BY epoch', [
        id,
      ]);
      return toRecord(row, epochs.rows as EpochRow[]);
    },
    async createSession(s) {
      const t = s.startedAt ?? now();
      await tx('createSession', async (c) => {
        await c.query('DELETE FROM epochs WHERE session_id = $1', [s.id]);
        await c.query('DELETE FROM sessions WHERE id = $1', [s.id]);
        await c.query(
          `INSERT INTO sessions (id, task, status, started_at, ended_at, heartbeat_at, pid, host, backend,
             backend_reason, hparams, model_json, layer_summary, final_metrics, best_metrics, error)
           VALUES ($1, $2, 'running', $3, NULL, $3, $4, $5, $6, $7, $8, NULL, NULL, '{}', '{}', NULL)`,
          [
            s.id,
            s.task,
            t,
            s.pid ?? process.pid,
            s.host ?? '',
            s.backend,
            s.backendReason ?? '',
            JSON.stringify(s.hparams ?? {}),
          ],
        );
      });
    },
    heartbeat: (id, at) =>
      mustUpdate('heartbeat', id, 'UPDATE sessions SET heartbeat_at = $1 WHERE id = $2', [at ?? now(), id]),
    setBackend: (id, backend) =>
      mustUpdate('setBackend', id, 'UPDATE sessions SET backend = $1 WHERE id = $2', [backend, id]),
    setHParams: (id, hparams) =>
      mustUpdate('setHParams', id, 'UPDATE sessions SET hparams = $1 WHERE id = $2', [
        JSON.stringify(hparams),
        id,
      ]),
    setModel: (id, modelJson, layerSummary) =>
      mustUpdate('setModel', id, 'UPDATE sessions SET model_json = $1, layer_summary = $2 WHERE id = $3', [
        modelJson,
        layerSummary ? JSON.stringify(layerSummary) : null,
        id,
      ]),
    async recordEpoch(id, epoch, metrics, wallTime) {
      // two round trips, not a five-statement transaction: epochs can come faster than a remote database
      // answers. The second statement is atomic on its own; the best metrics it writes were read by the first
      // (a session has one writer, its trainer).
      const t = wallTime ?? now();
      const r = await run('recordEpoch', 'SELECT best_metrics FROM sessions WHERE id = $1', [id]);
      const row = r.rows[0] as { best_metrics: string } | undefined;
      if (!row) throw new Error(`run store ${where}: recordEpoch: no session '${id}'`);
      const best = parseJsonColumn<Record<string, number>>(row.best_metrics, {}, 'best metrics', id, where);
      updateBestMetrics(best, metrics);
      await mustUpdate(
        'recordEpoch',
        id,
        `WITH e AS (
           INSERT INTO epochs (session_id, epoch, wall_time, metrics) VALUES ($1, $2, $3, $4)
           ON CONFLICT (session_id, epoch) DO UPDATE SET wall_time = EXCLUDED.wall_time, metrics = EXCLUDED.metrics
         )
         UPDATE sessions SET best_metrics = $5, final_metrics = $4, heartbeat_at = $3 WHERE id = $1`,
        [id, epoch, t, JSON.stringify(metrics), JSON.stringify(best)],
      );
    },
    setFinalMetrics: (id, metrics) =>
      mustUpdate('setFinalMetrics', id, 'UPDATE sessions SET final_metrics = $1 WHERE id = $2', [
        JSON.stringify(metrics),
        id,
      ]),
    async finish(id, status, error, at) {
      const t = at ?? now();
      await mustUpdate(
        'finish',
        id,
        'UPDATE sessions SET status = $1, error = $2, ended_at = $3, heartbeat_at = $3 WHERE id = $4',
        [status, error ?? null, t, id],
      );
    },
    async close() {
      await pool.end().catch(() => {});
    },
  };
}
