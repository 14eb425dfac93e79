// Live pushes end to end: records appended to an event file in partial writes while the server runs reach a
// subscribed socket.io-client exactly once and in order, after the gap it asked for; an unsubscribed client gets
// no points; a stalled client (an Engine.IO polling client that stops polling, so its packets pile up on the
// server) has its pushes dropped, gets `series:refetch` once it reads again, and never holds up the others.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  ScalarPoint,
  ScalarsAppendedEvent,
  ServerToClientEvents,
  SocketAck,
} from '../../../contract/index.ts';
import { concat, fileVersionRecord, scalarRecord } from './event-bytes.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const logdir = tempLogdir();
const runDir = join(logdir.dir, 'live', 'train');
const file = join(runDir, 'events.out.tfevents.1700000000.test.1.0.v2');
let server: TestServer;
const sockets: Client[] = [];

before(async () => {
  mkdirSync(runDir, { recursive: true });
  writeFileSync(
    file,
    concat([fileVersionRecord(), ...[0, 1, 2, 3, 4].map((s) => scalarRecord('loss', s, s / 10))]),
  );
  server = await startTestServer({
    logdir: logdir.dir,
    reloadIntervalSecs: 0.2,
    pushIntervalMs: 20,
    maxBufferedPackets: 3,
  });
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

/** A raw Engine.IO v4 long-polling client: it only reads when poll() is called. */
async function stalledPollingClient(): Promise<{ poll(): Promise<string> }> {
  const base = `${server.url}/socket.io/?EIO=4&transport=polling`;
  const open = await (await fetch(base)).text();
  const sid = (JSON.parse(open.slice(1)) as { sid: string }).sid;
  const url = `${base}&sid=${sid}`;
  const post = async (body: string): Promise<void> => {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    });
    assert.equal(res.status, 200);
  };
  await post('40');
  await (await fetch(url)).text(); // the namespace CONNECT reply
  await post(`42${JSON.stringify(['series:subscribe', { run: 'live/train', tags: ['loss'], lastStep: 4 }])}`);
  return { poll: async () => (await fetch(url)).text() };
}

async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('appended points arrive exactly once and in order; unsubscribed clients get none; a stalled client is dropped, not waited for', async () => {
  const a = await client();
  const b = await client();
  const got: ScalarPoint[] = [];
  const bGot: ScalarsAppendedEvent[] = [];
  a.on('scalars:appended', (e) => {
    assert.equal(e.run, 'live/train');
    assert.deepEqual(
      e.series.map((s) => s.tag),
      ['loss'],
    );
    got.push(...e.series[0]!.points);
  });
  b.on('scalars:appended', (e) => bGot.push(e));
  const ack = await new Promise<SocketAck>((ok) =>
    a.emit('series:subscribe', { run: 'live/train', tags: ['loss'], lastStep: 1 }, ok),
  );
  assert.deepEqual(ack, { ok: true, run: 'live/train', tags: ['loss'] });
  await until(() => got.length === 3, 'the gap');
  assert.deepEqual(
    got.map((p) => p[0]),
    [2, 3, 4],
    'the gap after step 1 comes first',
  );

  const stalled = await stalledPollingClient();
  const last = 304;
  // 300 more points, written as 30 flushes of 10 records each, every flush cut into 3 partial writes
  for (let step = 5; step <= last; step += 10) {
    const bytes = concat(
      Array.from({ length: 10 }, (_, k) => scalarRecord('loss', step + k, (step + k) / 10)),
    );
    const cuts = [0, 7, Math.floor(bytes.length / 2), bytes.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      appendFileSync(file, bytes.subarray(cuts[i], cuts[i + 1]));
      await new Promise((r) => setTimeout(r, 3));
    }
  }
  await until(
    () => got.length > 0 && got[got.length - 1]![0] === last,
    'the last point at the subscribed client',
  );
  await new Promise((r) => setTimeout(r, 100)); // any duplicate would arrive in the next batches
  assert.deepEqual(
    got.map((p) => p[0]),
    Array.from({ length: last - 1 }, (_, i) => i + 2),
    'every point from step 2 on, once, in order',
  );
  assert.deepEqual(got.at(-1), [last, 1_700_000_000 + last, Math.fround(last / 10)]);
  assert.equal(bGot.length, 0, 'the unsubscribed client received no points');
  assert.ok(server.app.hub.droppedPushes() > 0, 'the stalled client had pushes dropped');

  // the stalled client reads again: it gets what was queued (bounded) and then one series:refetch
  let text = '';
  for (let i = 0; i < 20 && !text.includes('series:refetch'); i++) text += await stalled.poll();
  assert.match(
    text,
    /"series:refetch",\{"reason":"[^"]+","series":\[\{"run":"live\/train","tag":"loss"\}\]\}/,
  );
});
