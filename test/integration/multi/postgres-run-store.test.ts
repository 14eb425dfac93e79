// The PostgreSQL run store against a real PostgreSQL 15 (Debian's, started by the test on 127.0.0.1): the same
// typed API as the SQLite run store, timestamps kept to the microsecond (SQLite's REAL is 8 bytes, PostgreSQL's
// only 4 unless adapted), concurrent openers migrating once, and an unreachable database rejecting with its name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openPostgresRunStore } from '../../../runstore/postgres/postgres-run-store.ts';
import { POSTGRES_SCHEMA_VERSION } from '../../../runstore/postgres/postgres-migrations.ts';
import { postgresSkip, startPostgres, type TestPostgres } from '../../support/postgres-server.ts';

let db: TestPostgres | undefined;
before(async () => {
  if (!postgresSkip) db = await startPostgres();
});
after(async () => {
  await db?.stop();
});

describe('PostgreSQL run store', { skip: postgresSkip }, () => {
  test('two stores opened at once migrate the database once, to the SQLite schema version', async () => {
    const [a, b] = await Promise.all([openPostgresRunStore(db!.url), openPostgresRunStore(db!.url)]);
    await Promise.all([a.close(), b.close()]);
    const c = new pg.Client({ connectionString: db!.url });
    await c.connect();
    const v = await c.query<{ version: number }>('SELECT version FROM trainboard_schema');
    const cols = await c.query<{ data_type: string }>(
      "SELECT data_type FROM information_schema.columns WHERE table_name = 'sessions' AND column_name = 'heartbeat_at'",
    );
    await c.end();
    assert.deepEqual(
      v.rows.map((r) => r.version),
      [POSTGRES_SCHEMA_VERSION],
    );
    assert.equal(cols.rows[0]?.data_type, 'double precision');
  });

  test('a session written through the API reads back as SQLite would return it, epochs and best metrics included', async () => {
    let clock = 1_764_633_600.123456;
    const store = await openPostgresRunStore(db!.url, { now: () => clock, staleAfterSecs: 30 });
    try {
      await store.createSession({
        id: 'mnist-1',
        task: 'fashion-mnist',
        backend: 'cpu',
        backendReason: 'asked',
        hparams: { learning_rate: 0.001, optimizer: 'adam' },
        host: 'h1',
        pid: 42,
      });
      await store.setModel('mnist-1', '{"class_name":"Sequential"}', null);
      await store.recordEpoch('mnist-1', 0, { loss: 0.9, acc: 0.5 });
      await store.recordEpoch('mnist-1', 1, { loss: 0.7, acc: 0.4 });
      clock += 5;
      await store.heartbeat('mnist-1');
      const running = await store.getSession('mnist-1');
      assert.equal(running?.status, 'running');
      assert.equal(running?.heartbeatAt, clock, 'a unix time keeps its microseconds');
      assert.deepEqual(running?.bestMetrics, { loss: 0.7, acc: 0.5 });
      assert.deepEqual(running?.finalMetrics, { loss: 0.7, acc: 0.4 });
      assert.deepEqual(
        running?.epochs.map((e) => e.epoch),
        [0, 1],
      );
      assert.deepEqual(running?.hparams, { learning_rate: 0.001, optimizer: 'adam' });
      assert.equal(running?.backendReason, 'asked');
      clock += 60;
      assert.equal((await store.listSessions()).find((s) => s.id === 'mnist-1')?.status, 'crashed');
      await store.finish('mnist-1', 'failed', 'out of memory');
      const done = await store.getSession('mnist-1');
      assert.equal(done?.status, 'failed');
      assert.equal(done?.error, 'out of memory');
      assert.equal(done?.endedAt, clock);
    } finally {
      await store.close();
    }
  });

  test('a write to an unknown session rejects naming the database and the session', async () => {
    const store = await openPostgresRunStore(db!.url);
    try {
      await assert.rejects(
        store.heartbeat('nope'),
        /run store postgres:\/\/trainboard@127\.0\.0\.1:\d+\/trainboard: heartbeat: no session 'nope'/,
      );
    } finally {
      await store.close();
    }
  });

  test('opening a database nobody listens on rejects with the URL, its password redacted', async () => {
    const url = `postgres://trainboard:secret@127.0.0.1:1/trainboard`;
    await assert.rejects(openPostgresRunStore(url, { timeoutMs: 2000 }), (err: Error) => {
      assert.match(
        err.message,
        /run store postgres:\/\/trainboard:\*\*\*@127\.0\.0\.1:1\/trainboard: migrate:/,
      );
      assert.doesNotMatch(err.message, /secret/);
      return true;
    });
  });
});
