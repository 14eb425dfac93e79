// Run annotations (display name, colour, pinned, hidden, archived, notes, tags) kept in the run store's
// `run_annotations` table (migration 3), never in event files; the interface is async so that a PostgreSQL
// store can implement it too. Invariants of the SQLite store: it opens (and, in a logdir with no trainer yet,
// creates and migrates) the file on first use; every statement runs with a short busy timeout and a locked
// file is retried after an asynchronous wait, so a trainer holding the lock never blocks the event loop for
// long; listing an absent file creates nothing; an update is one read-modify-write transaction and returns the row as stored.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './run-store-migrations.ts';

export interface RunAnnotation {
  run: string;
  displayName: string | null;
  color: string | null;
  pinned: boolean;
  hidden: boolean;
  archived: boolean;
  notes: string;
  tags: string[];
  updatedAt: number /* unix seconds */;
}
export type RunAnnotationPatch = Partial<Omit<RunAnnotation, 'run' | 'updatedAt'>>;
export interface RunAnnotationStore {
  list(): Promise<RunAnnotation[]>;
  update(run: string, patch: RunAnnotationPatch): Promise<RunAnnotation>;
  close(): Promise<void>;
}

export interface SqliteRunAnnotationStoreOptions {
  /** Clock in seconds since the epoch (tests inject one). */
  now?: () => number;
  /** SQLite's synchronous busy wait per attempt (ms). Default 10: short enough never to stall the loop. */
  busyTimeoutMs?: number;
  /** How long a locked file is retried in all (ms) before the call fails with code SQLITE_BUSY. Default 5000. */
  maxWaitMs?: number;
}

/** A row of table `run_annotations` (migration 3), as SQLite and PostgreSQL return it. */
export interface AnnotationRow {
  run: string;
  display_name: string | null;
  color: string | null;
  pinned: number;
  hidden: number;
  archived: number;
  notes: string;
  tags: string;
  updated_at: number;
}

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

function sqliteCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function parseTags(text: string, store: string, run: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value.filter((t): t is string => typeof t === 'string');
  } catch {
    // reported below
  }
  process.stderr.write(`trainboard: run store ${store}: run '${run}': tags are not a JSON list, ignored\n`);
  return [];
}

/** A row as an annotation; `store` (a file or a redacted database URL) names it when its tags cell is damaged. */
export function toAnnotation(row: AnnotationRow, store: string): RunAnnotation {
  return {
    run: row.run,
    displayName: row.display_name,
    color: row.color,
    pinned: row.pinned !== 0,
    hidden: row.hidden !== 0,
    archived: row.archived !== 0,
    notes: row.notes,
    tags: parseTags(row.tags, store, row.run),
    updatedAt: row.updated_at,
  };
}

/** The annotation a run has before anything was set. */
export function defaultAnnotation(run: string, updatedAt = 0): RunAnnotation {
  return {
    run,
    displayName: null,
    color: null,
    pinned: false,
    hidden: false,
    archived: false,
    notes: '',
    tags: [],
    updatedAt,
  };
}

export function openSqliteRunAnnotationStore(
  file: string,
  opts: SqliteRunAnnotationStoreOptions = {},
): RunAnnotationStore {
  const now = opts.now ?? (() => Date.now() / 1000);
  const busyTimeoutMs = Math.max(0, Math.floor(opts.busyTimeoutMs ?? 10));
  const maxWaitMs = opts.maxWaitMs ?? 5000;
  let db: Database.Database | undefined;
  let closed = false;

  function open(): Database.Database {
    if (db) return db;
    mkdirSync(dirname(file), { recursive: true });
    const next = new Database(file);
    try {
      next.pragma(`busy_timeout = ${busyTimeoutMs}`);
      next.pragma('journal_mode = WAL');
      next.pragma('synchronous = NORMAL');
      migrate(next, file);
    } catch (err) {
      next.close();
      throw err;
    }
    db = next;
    return next;
  }

  /** Runs `fn` on the open database; a locked file is retried after a growing asynchronous wait. */
  async function withRetry<T>(op: string, fn: (d: Database.Database) => T): Promise<T> {
    const deadline = Date.now() + maxWaitMs;
    for (let attempt = 0; ; attempt++) {
      if (closed) throw new Error(`run annotations ${file}: ${op}: the store is closed`);
      try {
        return fn(open());
      } catch (err) {
        const code = sqliteCode(err);
        if (BUSY.has(code) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(5 * 2 ** attempt, 200)));
          continue;
        }
        const message = err instanceof Error ? err.message : String(err);
        throw Object.assign(new Error(`run annotations ${file}: ${op}: ${message}`, { cause: err }), {
          code: code || undefined,
        });
      }
    }
  }

  return {
    list: () =>
      // a logdir with no run store yet has no annotations: the file is created by the first update only, so
      // listing never writes into a read-only logdir
      !db && !existsSync(file)
        ? Promise.resolve([])
        : withRetry('list', (d) =>
            d
              .prepare<[], AnnotationRow>('SELECT * FROM run_annotations ORDER BY run')
              .all()
              .map((row) => toAnnotation(row, file)),
          ),
    update: (run, patch) =>
      withRetry(`update '${run}'`, (d) =>
        d
          .transaction(() => {
            const row = d
              .prepare<[string], AnnotationRow>('SELECT * FROM run_annotations WHERE run = ?')
              .get(run);
            const old = row ? toAnnotation(row, file) : defaultAnnotation(run);
            const next: RunAnnotation = { ...old, ...definedOnly(patch), run, updatedAt: now() };
            d.prepare(
              `INSERT INTO run_annotations
                 (run, display_name, color, pinned, hidden, archived, notes, tags, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (run) DO UPDATE SET display_name = excluded.display_name,
                 color = excluded.color, pinned = excluded.pinned, hidden = excluded.hidden,
                 archived = excluded.archived, notes = excluded.notes, tags = excluded.tags,
                 updated_at = excluded.updated_at`,
            ).run(
              run,
              next.displayName,
              next.color,
              next.pinned ? 1 : 0,
              next.hidden ? 1 : 0,
              next.archived ? 1 : 0,
              next.notes,
              JSON.stringify(next.tags),
              next.updatedAt,
            );
            return next;
          })
          .immediate(),
      ),
    close() {
      closed = true;
      if (db?.open) db.close();
      db = undefined;
      return Promise.resolve();
    },
  };
}

const PATCH_KEYS = ['displayName', 'color', 'pinned', 'hidden', 'archived', 'notes', 'tags'] as const;

/** The patch's known fields that are given (an absent field leaves the stored value alone). */
function definedOnly(patch: RunAnnotationPatch): RunAnnotationPatch {
  const out: Record<string, unknown> = {};
  for (const key of PATCH_KEYS) if (patch[key] !== undefined) out[key] = patch[key];
  return out;
}
