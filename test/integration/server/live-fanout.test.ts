// How pushes go out (server/live/push-delivery.ts): one `scalars:appended` per run carrying every tag that grew,
// encoded once for every follower at the same positions (counted at the server's own Socket.IO encoder); and a
// page that subscribes to hundreds of runs at once (each ack and gap queued in the same turn) gets every gap with
// no drop and no `series:refetch`, since a gap is held to the byte bound, not to the steady-state packet bound.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  ScalarsAppendedEvent,
  ServerToClientEvents,
  SocketAck,
} from '../../../contract/index.ts';
import { concat, fileVersionRecord, scalarRecord } from './event-bytes.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const PAGE_RUNS = 300;
const logdir = tempLogdir();
const liveFile = join(logdir.dir, 'live', 'events.out.tfevents.1700000000.test.1.0.v2');
let server: TestServer;
const sockets: Client[] = [];
/** `scalars:appended` packets the server's encoder encoded. */
let encodes = 0;

before(async () => {
  mkdirSync(join(logdir.dir, 'live'), { recursive: true });
  writeFileSync(liveFile, concat([fileVersionRecord(), scalarRecord('a', 0, 0), scalarRecord('b', 0, 0)]));
  for (let r = 0; r < PAGE_RUNS; r++) {
    const dir = join(logdir.dir, 'page', `r${String(r).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'events.out.tfevents.1700000000.test.1.0.v2'),
      concat([fileVersionRecord(), ...[0, 1, 2, 3, 4].map((s) => scalarRecord('loss', s, s))]),
    );
  }
  server = await startTestServer({ logdir: logdir.dir, reloadIntervalSecs: 0.2, pushIntervalMs: 20 });
  const encoder = server.app.io.encoder;
  const encode = encoder.encode.bind(encoder);
  encoder.encode = (packet: Parameters<typeof encode>[0]): ReturnType<typeof encode> => {
    const data: unknown = packet.data;
    if (Array.isArray(data) && data[0] === 'scalars:appended') encodes++;
    return encode(packet);
  };
});

after(async () => {
  for (const s of sockets) s.disconnect();
  await server.close();
  logdir.remove();
});

function client(): Promise<Client> {
  const s: Client = connect(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(s);
  return new Promise((ok, fail) => {
    s.once('connect', () => ok(s));
    s.once('connect_error', fail);
  });
}

async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const subscribe = (c: Client, req: Parameters<ClientToServerEvents['series:subscribe']>[0]) =>
  new Promise<SocketAck>((ok) => c.emit('series:subscribe', req, ok));

test('followers at the same positions get one message per run with every tag that grew, encoded once', async () => {
  const same = await Promise.all([client(), client(), client()]);
  const other = await client();
  const got = new Map<Client, ScalarsAppendedEvent[]>();
  for (const c of [...same, other]) {
    got.set(c, []);
    c.on('scalars:appended', (e) => got.get(c)!.push(e));
  }
  for (const c of same) assert.equal((await subscribe(c, { run: 'live', lastStep: 0 })).ok, true);
  assert.equal((await subscribe(other, { run: 'live', tags: ['a'], lastStep: 0 })).ok, true);
  await server.app.hub.flush();
  encodes = 0;
  // both tags grow in one write, read and pushed in one batch
  appendFileSync(liveFile, concat([scalarRecord('a', 1, 10), scalarRecord('b', 1, 20)]));
  await until(() => [...got.values()].every((g) => g.length > 0), 'the new points at every client');
  await new Promise((r) => setTimeout(r, 100)); // a second message would arrive in the next batches
  const wall = 1_700_000_001;
  for (const c of same)
    assert.deepEqual(got.get(c), [
      {
        run: 'live',
        series: [
          { tag: 'a', points: [[1, wall, 10]] },
          { tag: 'b', points: [[1, wall, 20]] },
        ],
      },
    ]);
  assert.deepEqual(got.get(other), [{ run: 'live', series: [{ tag: 'a', points: [[1, wall, 10]] }] }]);
  assert.equal(encodes, 2, 'one encoding for the three clients at equal positions, one for the fourth');
});

test('a page subscribing to hundreds of runs at once gets every gap, with no drop and no refetch', async () => {
  const c = await client();
  const steps = new Map<string, number[]>();
  let refetch = false;
  c.on('scalars:appended', (e) => {
    for (const s of e.series) steps.set(e.run, [...(steps.get(e.run) ?? []), ...s.points.map((p) => p[0])]);
  });
  c.on('series:refetch', () => (refetch = true));
  const droppedBefore = server.app.hub.droppedPushes();
  const runs = Array.from({ length: PAGE_RUNS }, (_, r) => `page/r${String(r).padStart(3, '0')}`);
  // emitted in one go, as the dashboard's store does at page load: the server reads them in a few turns
  const acks = await Promise.all(runs.map((run) => subscribe(c, { run, tags: ['loss'], lastStep: 1 })));
  assert.ok(acks.every((a) => a.ok));
  await until(() => runs.every((r) => steps.get(r)?.length === 3), 'the gap of every run');
  await server.app.hub.flush();
  await new Promise((r) => setTimeout(r, 100));
  for (const r of runs) assert.deepEqual(steps.get(r), [2, 3, 4], r);
  assert.equal(server.app.hub.droppedPushes(), droppedBefore, 'no push was dropped');
  assert.equal(refetch, false);
});
