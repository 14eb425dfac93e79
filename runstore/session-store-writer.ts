// The trainer's door to its run store, SQLite or PostgreSQL alike: a target (`postgres://...` URL, else a
// SQLite file path) is opened once, and each write is a call on the store's typed API that never throws into
// training. SQLite writes run at once (synchronous); PostgreSQL writes are queued in order behind the connection
// (pg is asynchronous), a heartbeat already queued is not queued twice, and drain() waits for what is queued.
// Invariant: every failure is reported once per distinct message through `warn`, naming the store, and
// training continues.
import { openPostgresRunStore, type AsyncRunStore } from './postgres/postgres-run-store.ts';
import { isPostgresUrl, redactPostgresUrl } from './postgres/postgres-url.ts';
import { openRunStore, type NewSession, type RunStore } from './run-store.ts';

/** The writes a training session makes: the part of the API SQLite and PostgreSQL stores share. */
export type WritableRunStore = Pick<
  RunStore | AsyncRunStore,
  | 'createSession'
  | 'heartbeat'
  | 'setBackend'
  | 'setHParams'
  | 'setModel'
  | 'recordEpoch'
  | 'setFinalMetrics'
  | 'finish'
>;

export interface SessionStoreWriter {
  /** The store as shown in messages (a file path, or the URL with its password redacted). */
  readonly where: string;
  /**
   * Creates the session's row. SQLite: at once, throwing when it cannot (the session is then not recorded);
   * PostgreSQL: queued first, and when it fails the session's later writes are skipped (reported once).
   */
  createSession(s: NewSession): void;
  /** Runs (SQLite) or queues (PostgreSQL) one write; `coalesce`: skipped while the same write is still queued. */
  write(what: string, fn: (s: WritableRunStore) => unknown, opts?: { coalesce?: boolean }): void;
  /** Writes queued and not done yet (always 0 for SQLite): a caller faster than the database waits on drain(). */
  backlog(): number;
  /** Resolves once every queued write is done, or after `timeoutMs`. */
  drain(timeoutMs?: number): Promise<void>;
  /** Closes the store after the queued writes. */
  close(): void;
}

export function openSessionStoreWriter(target: string, warn: (line: string) => void): SessionStoreWriter {
  const pgTarget = isPostgresUrl(target);
  const where = pgTarget ? redactPostgresUrl(target) : target;
  const reported = new Set<string>();
  const report = (what: string, err: unknown): void => {
    const text = err instanceof Error ? err.message : String(err);
    const msg = text.startsWith('run store ') ? text : `run store ${where}: ${what}: ${text}`;
    if (!reported.has(msg)) warn(`trainboard: ${msg} (training continues)`);
    reported.add(msg);
  };

  if (!pgTarget) {
    let store: RunStore | null = openRunStore(target); // throws: the caller reports "not recorded"
    return {
      where,
      createSession(s) {
        store?.createSession(s);
      },
      write(what, fn) {
        if (!store) return;
        try {
          fn(store);
        } catch (err) {
          report(what, err);
        }
      },
      backlog: () => 0,
      drain: () => Promise.resolve(),
      close() {
        store?.close();
        store = null;
      },
    };
  }

  const opening = openPostgresRunStore(target);
  let store: AsyncRunStore | undefined;
  let tail: Promise<void> = opening.then(
    (s) => void (store = s),
    (err: unknown) => report('open', err),
  );
  const queued = new Set<string>();
  let closed = false;
  let created = true;
  let backlog = 0;
  return {
    where,
    createSession(s) {
      created = false;
      tail = tail.then(async () => {
        if (!store) return;
        try {
          await store.createSession(s);
          created = true;
        } catch (err) {
          report('createSession', err);
        }
      });
    },
    write(what, fn, opts) {
      if (closed || (opts?.coalesce && queued.has(what))) return;
      queued.add(what);
      backlog++;
      tail = tail.then(async () => {
        queued.delete(what);
        backlog--;
        if (!store || !created) return;
        try {
          await fn(store);
        } catch (err) {
          report(what, err);
        }
      });
    },
    backlog: () => backlog,
    async drain(timeoutMs = 5000) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([tail, new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)))]);
      clearTimeout(timer);
    },
    close() {
      if (closed) return;
      closed = true;
      tail = tail.then(() => store?.close());
    },
  };
}
