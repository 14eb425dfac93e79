// Live pushes across a restart and a reconnect: when a writer restarts (SessionLog START at an earlier step) the
// subscriber is told which points were discarded (`series:purged`) and then receives the new points; a client
// that reconnects and resubscribes with its last step receives only the gap; new tags of a run followed as a
// whole are pushed too.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  ScalarsAppendedEvent,
  SeriesPurgedEvent,
  ServerToClientEvents,
  SocketAck,
} from '../../../contract/index.ts';
import { concat, fileVersionRecord, scalarRecord, sessionStartRecord } from './event-bytes.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const logdir = tempLogdir();
const file = join(logdir.dir, 'r', 'events.out.tfevents.1700000000.h.1.0.v2');
let server: TestServer;

before(async () => {
  mkdirSync(join(logdir.dir, 'r'));
  // the session's first START (TensorBoard's loader purges on a later START only, as ours does)
  writeFileSync(
    file,
    concat([
      fileVersionRecord(),
      sessionStartRecord(0),
      ...[0, 1, 2, 3].map((s) => scalarRecord('loss', s, s)),
    ]),
  );
  server = await startTestServer({ logdir: logdir.dir, reloadIntervalSecs: 0.2, pushIntervalMs: 20 });
});
after(async () => {
  await server.close();
  logdir.remove();
});

async function client(): Promise<Client> {
  const s: Client = connect(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((ok, fail) => {
    s.once('connect', ok);
    s.once('connect_error', fail);
  });
  return s;
}

async function until(cond: () => boolean, what: string): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('a restart is pushed as series:purged, then the new points; a resubscribe gets only the gap', async () => {
  const a = await client();
  const events: (ScalarsAppendedEvent | SeriesPurgedEvent)[] = [];
  a.on('scalars:appended', (e) => events.push(e));
  a.on('series:purged', (e) => events.push(e));
  const ack = await new Promise<SocketAck>((ok) => a.emit('series:subscribe', { run: 'r' }, ok));
  assert.deepEqual(ack, { ok: true, run: 'r', tags: ['*'] });
  const steps = (): number[] =>
    events.flatMap((e) => ('series' in e ? e.series.flatMap((s) => s.points.map((p) => p[0])) : [-1]));
  await until(() => steps().length === 4, 'the history');

  appendFileSync(
    file,
    concat([sessionStartRecord(2), scalarRecord('loss', 2, 20), scalarRecord('acc', 2, 0.5)]),
  );
  await until(() => steps().includes(-1) && steps().at(-1) === 2, 'the purge and the new point');
  const purge = events.find((e): e is SeriesPurgedEvent => !('series' in e))!;
  assert.equal(purge.fromStep, 2);
  assert.match(purge.reason, /SessionLog START/);
  assert.deepEqual(steps().slice(0, 5), [0, 1, 2, 3, -1]);
  await until(
    () => events.some((e) => 'series' in e && e.series.some((s) => s.tag === 'acc')),
    'the new tag of a run followed as a whole',
  );
  a.disconnect();

  const b = await client();
  const got: ScalarsAppendedEvent[] = [];
  b.on('scalars:appended', (e) => got.push(e));
  await new Promise<SocketAck>((ok) =>
    b.emit('series:subscribe', { run: 'r', tags: ['loss'], lastSteps: { loss: 1 } }, ok),
  );
  await until(() => got.length > 0, 'the gap');
  assert.deepEqual(got[0]!.series, [{ tag: 'loss', points: [[2, 1_700_000_002, 20]] }]);
  b.disconnect();
});

test('a malformed subscribe is refused in the ack and changes nothing', async () => {
  const c = await client();
  try {
    for (const bad of [
      null,
      5,
      { run: 3 },
      { run: 'r', tags: 'loss' },
      { run: 'r', lastSteps: { loss: 'x' } },
    ]) {
      const ack = await new Promise<SocketAck>((ok) => c.emit('series:subscribe', bad as never, ok));
      assert.equal(ack.ok, false);
      if (!ack.ok) assert.equal(ack.error.code, 'bad_param');
    }
  } finally {
    c.disconnect();
  }
});

test('a healthy client following 300 series updated in one batch gets every point and no refetch', async () => {
  const wide = join(logdir.dir, 'wide', 'events.out.tfevents.1700000000.h.1.0.v2');
  mkdirSync(join(logdir.dir, 'wide'));
  writeFileSync(
    wide,
    concat([fileVersionRecord(), ...Array.from({ length: 300 }, (_, t) => scalarRecord(`t${t}`, 0, t))]),
  );
  await server.app.watcher.refresh();
  const c = await client();
  try {
    const seen = new Set<string>();
    let refetch = false;
    c.on('scalars:appended', (e) => {
      for (const s of e.series) for (const p of s.points) seen.add(`${s.tag}@${p[0]}`);
    });
    c.on('series:refetch', () => (refetch = true));
    await new Promise<SocketAck>((ok) => c.emit('series:subscribe', { run: 'wide' }, ok));
    await until(() => seen.size === 300, 'the history of 300 series');
    appendFileSync(wide, concat(Array.from({ length: 300 }, (_, t) => scalarRecord(`t${t}`, 1, t))));
    await until(() => seen.size === 600, 'one new point in each of 300 series');
    assert.equal(refetch, false);
    assert.equal(server.app.hub.droppedPushes(), 0);
  } finally {
    c.disconnect();
  }
});
