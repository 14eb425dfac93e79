// Run annotations (display name, colour, pinned/hidden/archived, notes, tags) in a PostgreSQL run store: the
// RunAnnotationStore interface of runstore/run-annotations.ts (its SQLite version beside it; migration 3, table
// `run_annotations`, applied by the same migrations), over pg. Invariants: an update is one atomic upsert that changes only
// the fields in its patch (two browsers patching different fields of one run both win); booleans are stored as
// 0/1 and tags as a JSON array, as the portable migration defines them; errors name the database and the run.
import pg from 'pg';
import { migratePostgres } from './postgres-migrations.ts';
import { redactPostgresUrl } from './postgres-url.ts';
import {
  toAnnotation,
  type AnnotationRow,
  type RunAnnotationPatch,
  type RunAnnotationStore,
} from '../run-annotations.ts';

/** The columns a patch may set, with their defaults for a run that has no row yet. */
const FIELDS = [
  ['displayName', 'display_name', null],
  ['color', 'color', null],
  ['pinned', 'pinned', 0],
  ['hidden', 'hidden', 0],
  ['archived', 'archived', 0],
  ['notes', 'notes', ''],
  ['tags', 'tags', '[]'],
] as const;

function columnValue(key: (typeof FIELDS)[number][0], patch: RunAnnotationPatch): unknown {
  const v = patch[key];
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (key === 'tags') return JSON.stringify(v);
  return v;
}

export async function openPostgresRunAnnotationStore(
  url: string,
  opts: { now?: () => number; timeoutMs?: number } = {},
): Promise<RunAnnotationStore> {
  const where = redactPostgresUrl(url);
  const now = opts.now ?? (() => Date.now() / 1000);
  const pool = new pg.Pool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: opts.timeoutMs ?? 5000,
    query_timeout: opts.timeoutMs ?? 5000,
    allowExitOnIdle: true,
    application_name: 'trainboard',
  });
  pool.on('error', () => {}); // an idle connection dropped by the server: the pool reconnects
  const fail = (op: string, err: unknown): Error =>
    new Error(`run store ${where}: ${op}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });

  try {
    const c = await pool.connect();
    c.on('error', () => {});
    try {
      await migratePostgres(c, where);
      const t = await c.query<{ t: string | null }>("SELECT to_regclass('run_annotations') AS t");
      if (t.rows[0]?.t == null)
        throw new Error('no run_annotations table (migration 3 of run-store-migrations.ts)');
    } finally {
      c.release();
    }
  } catch (err) {
    await pool.end().catch(() => {});
    throw fail('open', err);
  }

  // one statement: insert with defaults, or update only the patched columns ($n+k: "this column is patched")
  const n = FIELDS.length;
  const upsert = `INSERT INTO run_annotations (run, ${FIELDS.map((f) => f[1]).join(', ')}, updated_at)
    VALUES ($1, ${FIELDS.map((_, i) => `$${i + 2}`).join(', ')}, $${n + 2})
    ON CONFLICT (run) DO UPDATE SET ${FIELDS.map(
      ([, col], i) =>
        `${col} = CASE WHEN $${n + 3 + i}::boolean THEN EXCLUDED.${col} ELSE run_annotations.${col} END`,
    ).join(', ')}, updated_at = EXCLUDED.updated_at
    RETURNING *`;

  return {
    async list() {
      try {
        const r = await pool.query<AnnotationRow>('SELECT * FROM run_annotations ORDER BY run');
        return r.rows.map((row) => toAnnotation(row, where));
      } catch (err) {
        throw fail('list annotations', err);
      }
    },
    async update(run, patch) {
      const values = FIELDS.map(([key, , fallback]) =>
        patch[key] !== undefined ? columnValue(key, patch) : fallback,
      );
      const patched = FIELDS.map(([key]) => patch[key] !== undefined);
      try {
        const r = await pool.query<AnnotationRow>(upsert, [run, ...values, now(), ...patched]);
        return toAnnotation(r.rows[0]!, where);
      } catch (err) {
        throw fail(`update annotations of run '${run}'`, err);
      }
    },
    async close() {
      await pool.end().catch(() => {});
    },
  };
}

/** The store for `url`, opened (and migrated) on first use: the server builds it synchronously at start, and a
 *  database that is down at start fails the first call with a clear error instead of the start. */
export function lazyPostgresRunAnnotationStore(url: string): RunAnnotationStore {
  let opened: Promise<RunAnnotationStore> | undefined;
  const store = (): Promise<RunAnnotationStore> => {
    opened ??= openPostgresRunAnnotationStore(url).catch((err: unknown) => {
      opened = undefined; // the next call tries again
      throw err;
    });
    return opened;
  };
  return {
    list: async () => (await store()).list(),
    update: async (run, patch) => (await store()).update(run, patch),
    close: async () => {
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
}
