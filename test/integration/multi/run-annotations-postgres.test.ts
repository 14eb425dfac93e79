// Run annotations in a real PostgreSQL 15 (started by the test): a run with no row reads as absent and gets
// defaults on its first patch; a patch changes only its fields; null clears a display name; tags round-trip;
// two patches of different fields sent at once both survive (one atomic upsert each).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openPostgresRunStore } from '../../../runstore/postgres/postgres-run-store.ts';
import { toPostgresSql } from '../../../runstore/postgres/postgres-migrations.ts';
import {
  openPostgresRunAnnotationStore,
  type RunAnnotationStore,
} from '../../../runstore/postgres/run-annotations-postgres.ts';
import { SCHEMA_VERSION } from '../../../runstore/run-store-migrations.ts';
import { postgresSkip, startPostgres, type TestPostgres } from '../../support/postgres-server.ts';

/** Migration 3 as wip/runmgmt defines it, applied here only while this branch lacks it (SCHEMA_VERSION < 3). */
const RUN_ANNOTATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS run_annotations (
  run TEXT PRIMARY KEY, display_name TEXT, color TEXT, pinned INTEGER NOT NULL DEFAULT 0,
  hidden INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]', updated_at REAL NOT NULL)`;

let db: TestPostgres | undefined;
let store: RunAnnotationStore | undefined;
let clock = 1_764_633_600.5;
before(async () => {
  if (postgresSkip) return;
  db = await startPostgres();
  if (SCHEMA_VERSION < 3) {
    await (await openPostgresRunStore(db.url)).close();
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query(toPostgresSql(RUN_ANNOTATIONS_TABLE_SQL));
    await c.end();
  }
  store = await openPostgresRunAnnotationStore(db.url, { now: () => clock });
});
after(async () => {
  await store?.close();
  await db?.stop();
});

describe('run annotations in PostgreSQL', { skip: postgresSkip }, () => {
  test('a first patch creates the row with defaults for the fields it does not set', async () => {
    assert.deepEqual(await store!.list(), []);
    const a = await store!.update('mnist/train', { pinned: true, tags: ['baseline', 'fp32'] });
    assert.deepEqual(a, {
      run: 'mnist/train',
      displayName: null,
      color: null,
      pinned: true,
      hidden: false,
      archived: false,
      notes: '',
      tags: ['baseline', 'fp32'],
      updatedAt: clock,
    });
  });

  test('a patch changes only its fields; null clears a display name', async () => {
    clock += 10;
    await store!.update('mnist/train', { displayName: 'Baseline', color: '#ff0000' });
    clock += 10;
    const a = await store!.update('mnist/train', { displayName: null, notes: 'lr too high' });
    assert.equal(a.displayName, null);
    assert.equal(a.color, '#ff0000');
    assert.equal(a.pinned, true);
    assert.deepEqual(a.tags, ['baseline', 'fp32']);
    assert.equal(a.notes, 'lr too high');
    assert.equal(a.updatedAt, clock);
    assert.deepEqual(await store!.list(), [a]);
  });

  test('two patches of different fields of one run sent at once both survive', async () => {
    await Promise.all([
      store!.update('race', { hidden: true }),
      store!.update('race', { archived: true }),
      store!.update('race', { notes: 'both' }),
    ]);
    const a = (await store!.list()).find((x) => x.run === 'race');
    assert.deepEqual([a?.hidden, a?.archived, a?.notes], [true, true, 'both']);
  });
});
