import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openRunStore } from '../../../runstore/run-store.ts';

function tempFile(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'runstore-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'trainboard.sqlite');
}

test('a session round-trips: create, model, epochs, finish', (t) => {
  const file = tempFile(t);
  const store = openRunStore(file);
  store.createSession({
    id: 'xor-1',
    task: 'xor',
    backend: 'wasm',
    backendReason: 'wasm (tfjs-node did not load)',
    hparams: { lr: 0.1 },
    host: 'h',
    pid: 7,
  });
  store.setModel('xor-1', '{"class_name":"Sequential"}', {
    rows: [
      { name: 'd', className: 'Dense', outputShape: '[null,1]', params: 3, connectedTo: [], trainable: true },
    ],
    totalParams: 3,
    trainableParams: 3,
    nonTrainableParams: 0,
  });
  store.recordEpoch('xor-1', 0, { loss: 0.5, accuracy: 0.5 }, 100);
  store.recordEpoch('xor-1', 1, { loss: 0.7, accuracy: 0.75 }, 101);
  store.finish('xor-1', 'finished');
  store.close();

  const reader = openRunStore(file, { readonly: true });
  const s = reader.getSession('xor-1');
  assert.ok(s);
  assert.equal(s.status, 'finished');
  assert.equal(s.backend, 'wasm');
  assert.equal(s.backendReason, 'wasm (tfjs-node did not load)');
  assert.deepEqual(s.hparams, { lr: 0.1 });
  assert.equal(s.pid, 7);
  assert.equal(s.epochs.length, 2);
  assert.deepEqual(s.bestMetrics, { loss: 0.5, accuracy: 0.75 });
  assert.deepEqual(s.finalMetrics, { loss: 0.7, accuracy: 0.75 });
  assert.equal(s.layerSummary?.totalParams, 3);
  assert.ok(s.endedAt !== null);
  reader.close();
});

test('a running session with a stale heartbeat reads as crashed; a fresh one as running', (t) => {
  const file = tempFile(t);
  let clock = 1000;
  const store = openRunStore(file, { now: () => clock, staleAfterSecs: 5 });
  store.createSession({ id: 'a', task: 'xor', backend: 'cpu' });
  assert.equal(store.getSession('a')?.status, 'running');
  clock += 6;
  assert.equal(store.getSession('a')?.status, 'crashed');
  store.heartbeat('a');
  assert.equal(store.listSessions()[0]?.status, 'running');
  store.close();
});

test('listSessions returns newest first and changeCounter moves when another connection commits', (t) => {
  const file = tempFile(t);
  const writer = openRunStore(file);
  const reader = openRunStore(file, { readonly: true });
  const before = reader.changeCounter();
  writer.createSession({ id: 'old', task: 'xor', backend: 'cpu', startedAt: 1 });
  writer.createSession({ id: 'new', task: 'xor', backend: 'cpu', startedAt: 2 });
  assert.notEqual(reader.changeCounter(), before);
  assert.deepEqual(
    reader.listSessions().map((s) => s.id),
    ['new', 'old'],
  );
  writer.close();
  reader.close();
});

test('a failed session keeps its error text', (t) => {
  const file = tempFile(t);
  const store = openRunStore(file);
  store.createSession({ id: 'f', task: 'xor', backend: 'cpu' });
  store.finish('f', 'failed', 'Error: boom');
  assert.equal(store.getSession('f')?.error, 'Error: boom');
  assert.equal(store.getSession('f')?.status, 'failed');
  store.close();
});

test('writes to an unknown session throw an error naming it', (t) => {
  const file = tempFile(t);
  const store = openRunStore(file);
  assert.throws(() => store.heartbeat('nope'), /no session 'nope'/);
  assert.throws(() => store.recordEpoch('nope', 0, {}), /no session 'nope'/);
  store.close();
});

test('a database from a newer trainboard is refused with the file name', (t) => {
  const file = tempFile(t);
  const db = new Database(file);
  db.pragma('user_version = 99');
  db.close();
  assert.throws(
    () => openRunStore(file),
    (err: Error) => err.message.includes(file) && /newer/.test(err.message),
  );
});

test('a file that is not SQLite gives a clear error and is left unchanged', (t) => {
  const file = tempFile(t);
  writeFileSync(file, 'not a database at all, just text that is long enough to be a header......');
  assert.throws(
    () => openRunStore(file),
    (err: Error) => err.message.includes(file),
  );
});

test('opening read-only a missing file fails naming it', (t) => {
  const file = tempFile(t);
  assert.throws(
    () => openRunStore(file, { readonly: true }),
    (err: Error) => err.message.includes(file),
  );
});

test('a version-1 database is migrated forward and keeps its rows', (t) => {
  const file = tempFile(t);
  const db = new Database(file);
  db.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY, task TEXT NOT NULL, status TEXT NOT NULL, started_at REAL NOT NULL,
    ended_at REAL, heartbeat_at REAL NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, backend TEXT NOT NULL,
    hparams TEXT NOT NULL DEFAULT '{}', model_json TEXT, layer_summary TEXT, final_metrics TEXT NOT NULL DEFAULT '{}',
    best_metrics TEXT NOT NULL DEFAULT '{}', error TEXT);
    CREATE TABLE epochs (session_id TEXT NOT NULL, epoch INTEGER NOT NULL, wall_time REAL NOT NULL, metrics TEXT NOT NULL,
    PRIMARY KEY (session_id, epoch));
    INSERT INTO sessions (id, task, status, started_at, heartbeat_at, pid, host, backend)
    VALUES ('old', 'xor', 'finished', 1, 1, 1, 'h', 'cpu');`);
  db.pragma('user_version = 1');
  db.close();
  const store = openRunStore(file);
  const s = store.getSession('old');
  store.close();
  assert.equal(s?.status, 'finished');
  assert.equal(s?.backendReason, '');
});
