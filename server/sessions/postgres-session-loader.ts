// Serves a PostgreSQL run store (--runstore postgres://...) to the server as an in-memory snapshot of its
// sessions, like run-store-loader.ts does for SQLite, but asynchronously: reads go through pg's pool on a timer
// (and on demand, at most every `minReadMs`), never on a request's path, so the event loop never waits for the
// database. Invariants: at most one read is in flight; a database that cannot be reached keeps the last good
// snapshot served, flagged stale, with state `unreachable` in health(), logged once per distinct error and once
// when it is back; nothing here throws or rejects into the caller.
import { openPostgresRunStore, type AsyncRunStore } from '../../runstore/postgres/postgres-run-store.ts';
import { redactPostgresUrl } from '../../runstore/postgres/postgres-url.ts';
import type { RunStoreHealth, RunStoreLoader, RunStoreState } from './run-store-loader.ts';
import { createSessionSnapshot } from './session-snapshot.ts';
import { silentLogger, type ModuleLog } from '../logging/server-logger.ts';

export type PostgresRunStoreState = RunStoreState | 'unreachable';
export type PostgresRunStoreHealth = Omit<RunStoreHealth, 'state'> & { state: PostgresRunStoreState };

export interface PostgresSessionLoader extends Omit<RunStoreLoader, 'refresh' | 'health'> {
  /** Reads the database now (or joins the read in flight); resolves true when the snapshot changed. */
  refresh(): Promise<boolean>;
  health(): PostgresRunStoreHealth;
}

/** SQLSTATE classes and socket errors that mean "the database is not there" rather than "the data is bad". */
function unreachable(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (/^(08|57P)/.test(code) || /^E[A-Z]+$/.test(code))) return true;
    if (/timeout|terminat|Connection ended|connect/i.test(e.message)) return true;
  }
  return false;
}

export function createPostgresSessionLoader(opts: {
  url: string;
  staleAfterSecs?: number;
  log?: ModuleLog;
  /** Milliseconds between timed re-reads (default 1000; 0: on demand only). */
  refreshMs?: number;
  /** On-demand reads (current()) start at most this often (default 200 ms). */
  minReadMs?: number;
  /** Milliseconds a connection or query may take before the read fails (default 3000). */
  timeoutMs?: number;
}): PostgresSessionLoader {
  const where = redactPostgresUrl(opts.url);
  const log = opts.log ?? silentLogger;
  const minReadMs = opts.minReadMs ?? 200;
  let store: AsyncRunStore | undefined;
  const snapshot = createSessionSnapshot();
  const { source, publish } = snapshot;
  let everRead = false;
  let lastAttempt = 0;
  let state: PostgresRunStoreState = 'absent';
  let message: string | null = null;
  let lastLogged = '';
  let inFlight: Promise<boolean> | undefined;
  let closed = false;

  function fail(err: unknown): void {
    state = unreachable(err) ? 'unreachable' : 'unreadable';
    message = err instanceof Error ? err.message : String(err);
    const key = `${state}:${message}`;
    if (key === lastLogged) return;
    lastLogged = key;
    if (state === 'unreachable')
      log.warn(
        { runStore: where, error: message },
        'run store is unreachable; serving the last sessions read',
      );
    else log.warn({ runStore: where, error: message }, 'cannot read the run store');
  }

  async function read(): Promise<boolean> {
    lastAttempt = Date.now();
    try {
      const db =
        store ??
        (await openPostgresRunStore(opts.url, {
          timeoutMs: opts.timeoutMs ?? 3000,
          maxConnections: 2,
          ...(opts.staleAfterSecs !== undefined ? { staleAfterSecs: opts.staleAfterSecs } : {}),
        }));
      if (closed) {
        if (db !== store) await db.close();
        return false;
      }
      store = db;
      const next = await db.listSessions();
      if (closed) return false;
      everRead = true;
      if (state !== 'ok' && lastLogged !== '') log.info({ runStore: where }, 'run store read again');
      [state, message, lastLogged] = ['ok', null, ''];
      return publish(next);
    } catch (err) {
      if (!closed) fail(err);
      return false;
    }
  }

  function refresh(): Promise<boolean> {
    inFlight ??= read().finally(() => (inFlight = undefined));
    return inFlight;
  }

  const refreshMs = opts.refreshMs ?? 1000;
  const timer = refreshMs > 0 ? setInterval(() => void refresh(), refreshMs) : undefined;
  timer?.unref();
  void refresh();

  return {
    current() {
      if (Date.now() - lastAttempt >= minReadMs) void refresh();
      return everRead ? source : undefined;
    },
    refresh,
    health: () => ({
      file: where,
      state,
      stale: state !== 'ok' && state !== 'absent' && everRead,
      message,
      sessions: snapshot.size(),
    }),
    onChange: snapshot.onChange,
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      snapshot.clearListeners();
      const s = store;
      store = undefined;
      void (inFlight ?? Promise.resolve(false)).finally(() => s?.close());
    },
  };
}
