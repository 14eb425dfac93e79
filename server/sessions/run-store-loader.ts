// Serves <logdir>/trainboard.sqlite to the server as an in-memory snapshot of its sessions, so no request ever
// reads SQLite. The snapshot is re-read on a timer (and at most every `minReadMs` on demand) through a
// read-only connection with busy_timeout 0: a locked file fails the read at once instead of busy-waiting on the
// event loop, and the last good snapshot is served, flagged stale, until a later read succeeds. The file's
// identity (device, inode) is checked on every read: a run store deleted is forgotten (its sessions go), one
// recreated or replaced is reopened (its sessions show). A file that cannot be opened is logged once per distinct
// error (a corrupt one at level=error) and reported by health(); nothing here throws into the caller.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openRunStore, RUN_STORE_FILE, type RunStore } from '../../runstore/run-store.ts';
import type { SessionSource } from './session-catalog.ts';
import { createSessionSnapshot } from './session-snapshot.ts';
import { silentLogger, type ModuleLog } from '../logging/server-logger.ts';

/** What the server knows of its run store file, as /api/health reports it. */
export type RunStoreState = 'absent' | 'ok' | 'locked' | 'corrupt' | 'unreadable';
export interface RunStoreHealth {
  file: string;
  state: RunStoreState;
  /** True when the sessions served are the last good snapshot, not the file's current contents. */
  stale: boolean;
  /** Why the last read failed (null when it succeeded). */
  message: string | null;
  sessions: number;
}

export interface RunStoreLoader {
  /** The snapshot as a session source (undefined when there is no run store and nothing was ever read). */
  current(): SessionSource | undefined;
  /** Reads the file now (never waits for a lock); returns true when the snapshot changed. */
  refresh(): boolean;
  health(): RunStoreHealth;
  /** Called after a read that changed the snapshot (sessions added, changed or removed). */
  onChange(listener: () => void): () => void;
  close(): void;
}

const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function errorCode(err: unknown): string {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return '';
}

function classify(err: unknown): RunStoreState {
  const code = errorCode(err);
  if (BUSY_CODES.has(code)) return 'locked';
  if (CORRUPT_CODES.has(code)) return 'corrupt';
  const message = err instanceof Error ? err.message : String(err);
  return /no trainboard schema|no such table|malformed/i.test(message) ? 'corrupt' : 'unreadable';
}

export function createRunStoreLoader(opts: {
  logdir: string;
  /** The SQLite file, when it is not <logdir>/trainboard.sqlite (--runstore /path/file.sqlite). */
  file?: string;
  staleAfterSecs?: number;
  /** The sessions module's logger; default silent. */
  log?: ModuleLog;
  /** Milliseconds between timed re-reads (default 1000; 0: none, reads happen on demand only). */
  refreshMs?: number;
  /** On-demand reads (current()) happen at most this often (default 200 ms). */
  minReadMs?: number;
}): RunStoreLoader {
  const file = opts.file ?? join(opts.logdir, RUN_STORE_FILE);
  const log = opts.log ?? silentLogger;
  const minReadMs = opts.minReadMs ?? 200;
  let store: RunStore | undefined;
  let identity = '';
  const snapshot = createSessionSnapshot();
  const { source, publish } = snapshot;
  let everRead = false;
  let lastAttempt = 0;
  let state: RunStoreState = 'absent';
  let message: string | null = null;
  let lastLogged = '';

  function closeStore(): void {
    try {
      store?.close();
    } catch {
      // a connection whose file went away: released either way
    }
    store = undefined;
  }

  function fail(err: unknown): void {
    state = classify(err);
    message = err instanceof Error ? err.message : String(err);
    if (state !== 'locked') closeStore(); // reopened on the next read; a lock only needs a retry
    const key = `${state}:${message}`;
    if (key === lastLogged) return;
    lastLogged = key;
    if (state === 'corrupt')
      log.error(
        { file, error: message },
        'run store is corrupt; sessions come from disk runs only until it is replaced',
      );
    else if (state === 'locked') log.warn({ file }, 'run store is locked; serving the last sessions read');
    else log.warn({ file, error: message }, 'cannot read the run store');
  }

  function refresh(): boolean {
    lastAttempt = Date.now();
    let st;
    try {
      st = statSync(file);
    } catch {
      closeStore();
      [state, message, identity] = ['absent', null, ''];
      return publish([]); // deleted: its sessions go
    }
    const id = `${st.dev}:${st.ino}`;
    if (store && id !== identity) closeStore(); // replaced or recreated: read the new file
    try {
      if (!store) {
        store = openRunStore(file, {
          readonly: true,
          busyTimeoutMs: 0,
          ...(opts.staleAfterSecs !== undefined ? { staleAfterSecs: opts.staleAfterSecs } : {}),
        });
        identity = id;
      }
      const next = store.listSessions();
      everRead = true;
      if (state !== 'ok' && lastLogged !== '') log.info({ file }, 'run store read again');
      [state, message, lastLogged] = ['ok', null, ''];
      return publish(next);
    } catch (err) {
      fail(err);
      return false;
    }
  }

  const timer =
    (opts.refreshMs ?? 1000) > 0 ? setInterval(() => void refresh(), opts.refreshMs ?? 1000) : undefined;
  timer?.unref();

  return {
    current() {
      if (Date.now() - lastAttempt >= minReadMs) refresh();
      return everRead || state !== 'absent' ? source : undefined;
    },
    refresh,
    health: () => ({
      file,
      state,
      stale: state !== 'ok' && state !== 'absent' && everRead,
      message,
      sessions: snapshot.size(),
    }),
    onChange: snapshot.onChange,
    close() {
      if (timer) clearInterval(timer);
      snapshot.clearListeners();
      closeStore();
    },
  };
}
