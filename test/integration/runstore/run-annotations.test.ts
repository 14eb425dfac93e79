// The SQLite run annotation store on a real file: round trip and partial patches, persistence across reopen,
// migration 3 over a trainer's version-2 file (its sessions kept), creation by the first update (never by a
// listing) in a logdir with no run store, and a file locked by another connection: the update waits without
// blocking the event loop, or fails with SQLITE_BUSY once its wait is over.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteRunAnnotationStore } from '../../../runstore/run-annotations.ts';
import { SCHEMA_VERSION } from '../../../runstore/run-store-migrations.ts';
import { openRunStore } from '../../../runstore/run-store.ts';

function tempFile(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'run-annotations-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'logdir', 'trainboard.sqlite');
}

test('update() stores a patch over the defaults and list() returns it after a reopen', async (t) => {
  const file = tempFile(t);
  let clock = 1000;
  const store = openSqliteRunAnnotationStore(file, { now: () => clock });
  assert.deepEqual(await store.list(), []);
  assert.equal(existsSync(file), false, 'listing creates no file');
  const first = await store.update('sess-1/train', { pinned: true, tags: ['baseline', 'lr-sweep'] });
  assert.ok(existsSync(file), 'the first update creates the file');
  assert.deepEqual(first, {
    run: 'sess-1/train',
    displayName: null,
    color: null,
    pinned: true,
    hidden: false,
    archived: false,
    notes: '',
    tags: ['baseline', 'lr-sweep'],
    updatedAt: 1000,
  });
  clock = 1005;
  const second = await store.update('sess-1/train', { displayName: 'Baseline', color: '#112233' });
  assert.equal(second.pinned, true, 'fields absent from the patch keep their value');
  assert.deepEqual(second.tags, ['baseline', 'lr-sweep']);
  assert.equal(second.displayName, 'Baseline');
  assert.equal(second.updatedAt, 1005);
  await store.update('a/validation', { archived: true, notes: 'diverged at step 40\nsee issue' });
  await store.close();

  const reopened = openSqliteRunAnnotationStore(file);
  const all = await reopened.list();
  assert.deepEqual(
    all.map((a) => a.run),
    ['a/validation', 'sess-1/train'],
  );
  assert.deepEqual(all[1], second);
  assert.equal(all[0]?.notes, 'diverged at step 40\nsee issue');
  assert.equal(all[0]?.archived, true);
  await reopened.close();
});

test('a display name and colour set to null are cleared', async (t) => {
  const store = openSqliteRunAnnotationStore(tempFile(t));
  await store.update('r', { displayName: 'x', color: '#abcdef' });
  const cleared = await store.update('r', { displayName: null, color: null });
  assert.equal(cleared.displayName, null);
  assert.equal(cleared.color, null);
  await store.close();
});

test('migration 3 upgrades a trainer’s version-2 run store and keeps its sessions', async (t) => {
  const file = tempFile(t);
  const trainer = openRunStore(file);
  trainer.createSession({ id: 'xor-1', task: 'xor', backend: 'cpu' });
  trainer.close();
  const raw = new Database(file);
  raw.exec('DROP TABLE run_annotations');
  raw.pragma('user_version = 2');
  raw.close();

  const store = openSqliteRunAnnotationStore(file);
  await store.update('xor-1/train', { hidden: true });
  await store.close();
  const check = new Database(file, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  check.close();
  const reader = openRunStore(file, { readonly: true });
  assert.equal(reader.getSession('xor-1')?.task, 'xor');
  reader.close();
});

test('a locked file is retried without blocking the event loop, then written', async (t) => {
  const file = tempFile(t);
  const store = openSqliteRunAnnotationStore(file, { busyTimeoutMs: 0 });
  await store.update('other', { notes: 'created the file' }); // create and migrate
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE'); // another writer (a trainer) holds the write lock
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 1);
  const pending = store.update('r', { pinned: true });
  await new Promise((resolve) => setTimeout(resolve, 60));
  const ticksWhileLocked = ticks;
  other.exec('COMMIT');
  other.close();
  const stored = await pending;
  clearInterval(ticker);
  assert.ok(ticksWhileLocked > 0, 'timers ran while the update waited for the lock');
  assert.equal(stored.pinned, true);
  assert.equal((await store.list()).find((a) => a.run === 'r')?.pinned, true);
  await store.close();
});

test('a lock held longer than maxWaitMs fails the update with SQLITE_BUSY and stores nothing', async (t) => {
  const file = tempFile(t);
  const store = openSqliteRunAnnotationStore(file, { busyTimeoutMs: 0, maxWaitMs: 30 });
  await store.update('other', { notes: 'created the file' });
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  await assert.rejects(store.update('r', { pinned: true }), (err: Error & { code?: string }) => {
    assert.equal(err.code, 'SQLITE_BUSY');
    assert.match(err.message, /run annotations .*trainboard\.sqlite: update 'r'/);
    return true;
  });
  other.exec('ROLLBACK');
  other.close();
  assert.deepEqual(
    (await store.list()).map((a) => a.run),
    ['other'],
  );
  await store.close();
});
