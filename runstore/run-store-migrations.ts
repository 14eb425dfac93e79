// The run store's schema as forward-only numbered migrations: migration N brings `PRAGMA user_version` from
// N-1 to N inside one transaction; a database newer than this code is refused, never downgraded.
import type Database from 'better-sqlite3';

/** Migration 3: per-run annotations set from the dashboard (run-annotations.ts). Portable SQL (TEXT, REAL,
 *  INTEGER; no AUTOINCREMENT, no SQLite-only functions) so a PostgreSQL run store can apply it unchanged. */
export const RUN_ANNOTATIONS_TABLE_SQL = `CREATE TABLE run_annotations (
     run TEXT PRIMARY KEY,
     display_name TEXT,
     color TEXT,
     pinned INTEGER NOT NULL DEFAULT 0,
     hidden INTEGER NOT NULL DEFAULT 0,
     archived INTEGER NOT NULL DEFAULT 0,
     notes TEXT NOT NULL DEFAULT '',
     tags TEXT NOT NULL DEFAULT '[]',
     updated_at REAL NOT NULL
   );`;

const MIGRATIONS: readonly string[] = [
  // 1: sessions and their per-epoch metrics
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     task TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'stopped')),
     started_at REAL NOT NULL,
     ended_at REAL,
     heartbeat_at REAL NOT NULL,
     pid INTEGER NOT NULL,
     host TEXT NOT NULL,
     backend TEXT NOT NULL,
     hparams TEXT NOT NULL DEFAULT '{}',
     model_json TEXT,
     layer_summary TEXT,
     final_metrics TEXT NOT NULL DEFAULT '{}',
     best_metrics TEXT NOT NULL DEFAULT '{}',
     error TEXT
   );
   CREATE INDEX sessions_started_at ON sessions (started_at);
   CREATE TABLE epochs (
     session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
     epoch INTEGER NOT NULL,
     wall_time REAL NOT NULL,
     metrics TEXT NOT NULL,
     PRIMARY KEY (session_id, epoch)
   );`,
  // 2: why the trainer chose its backend (e.g. "tfjs-node did not load (...)")
  `ALTER TABLE sessions ADD COLUMN backend_reason TEXT NOT NULL DEFAULT '';`,
  // 3: run annotations (display name, colour, pinned/hidden/archived, notes, tags), never in event files
  RUN_ANNOTATIONS_TABLE_SQL,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies the migrations this database lacks; throws (naming the file) when it is newer than this code. */
export function migrate(db: Database.Database, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `${file}: schema version ${current} is newer than this trainboard (${SCHEMA_VERSION}); upgrade trainboard`,
    );
  }
  for (let v = current; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

/** The migrations' SQL in order (portable SQL): the PostgreSQL run store (runstore/postgres/) applies the same list. */
export const MIGRATION_SQL: readonly string[] = MIGRATIONS;
