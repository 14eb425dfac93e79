// The run store's migrations applied to PostgreSQL: the same numbered list as SQLite (run-store-migrations.ts),
// with the one dialect difference adapted here (SQLite's REAL is 8 bytes, PostgreSQL's 4: it becomes DOUBLE
// PRECISION, or timestamps would lose minutes). The version lives in `trainboard_schema` (SQLite keeps it in
// PRAGMA user_version); the missing migrations run in one transaction (PostgreSQL's DDL is transactional) under
// an advisory lock, so trainers and servers starting together migrate once. A database newer than this code
// is refused, never downgraded.
import type pg from 'pg';
import { MIGRATION_SQL } from '../run-store-migrations.ts';

export const POSTGRES_SCHEMA_VERSION = MIGRATION_SQL.length;
/** pg_advisory_xact_lock key: "trbd" in ASCII (any constant shared by every trainboard). */
const MIGRATION_LOCK = 0x74726264;

/** One SQLite migration as PostgreSQL runs it. */
export function toPostgresSql(sql: string): string {
  return sql.replace(/\bREAL\b/g, 'DOUBLE PRECISION');
}

/** Reads the schema version (0 when this database has no trainboard schema). */
export async function schemaVersion(db: pg.ClientBase): Promise<number> {
  const exists = await db.query<{ t: string | null }>("SELECT to_regclass('trainboard_schema') AS t");
  if (exists.rows[0]?.t == null) return 0;
  const r = await db.query<{ version: number }>('SELECT version FROM trainboard_schema');
  return r.rows[0]?.version ?? 0;
}

/** Applies the migrations this database lacks; throws (naming the database) when it is newer than this code. */
export async function migratePostgres(db: pg.ClientBase, where: string): Promise<void> {
  await db.query('BEGIN');
  try {
    await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await db.query('CREATE TABLE IF NOT EXISTS trainboard_schema (version INTEGER NOT NULL)');
    const current = await schemaVersion(db);
    if (current > POSTGRES_SCHEMA_VERSION)
      throw new Error(
        `${where}: schema version ${current} is newer than this trainboard (${POSTGRES_SCHEMA_VERSION}); upgrade trainboard`,
      );
    for (let v = current; v < POSTGRES_SCHEMA_VERSION; v++) await db.query(toPostgresSql(MIGRATION_SQL[v]!));
    if (current === 0)
      await db.query('INSERT INTO trainboard_schema (version) VALUES ($1)', [POSTGRES_SCHEMA_VERSION]);
    else await db.query('UPDATE trainboard_schema SET version = $1', [POSTGRES_SCHEMA_VERSION]);
    await db.query('COMMIT');
  } catch (err) {
    await db.query('ROLLBACK').catch(() => {});
    throw err;
  }
}
