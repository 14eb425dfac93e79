// Hostile Socket.IO messages and clients (issue 12): payloads that used to throw inside the hub and kill the
// process (`series:unsubscribe {run, tags: 5}`, `{}`, `true`), subscriptions beyond a client's budget, and a
// raw WebSocket that subscribes to a large run and stops reading. Each case asserts: the server process is
// alive, a concurrent /api/health answers, the data served before is still served, and the attacker gets a
// clear error (or, for the stalled reader, a bounded send buffer and its memory returned when it leaves).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import type { SocketAck } from '../../../contract/index.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, waitFor, type HardenedServer } from './hardened-server.ts';
import { openRawWebSocket } from './raw-websocket.ts';
import { spawnServe, type ServerChild } from './server-child.ts';

const logdir = tempDir('socket-messages');
const BIG_POINTS = 100_000;

// written at load time, before any suite's server starts (a server with --reload_interval 0 reads once)
{
  const w = createSummaryWriter(join(logdir.dir, 'train'), { flushMs: 0 });
  for (let s = 0; s < 5; s++) w.scalar('loss', s / 10, s);
  w.close();
  const big = createSummaryWriter(join(logdir.dir, 'big'), { flushMs: 0 });
  for (let s = 0; s < BIG_POINTS; s++) big.scalar('loss', Math.sin(s), s);
  big.close();
}
after(() => logdir.remove());

function open(url: string): Promise<Socket> {
  const socket = connect(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((ok, fail) => {
    socket.once('connect', () => ok(socket));
    socket.once('connect_error', fail);
  });
}

const emitAck = (socket: Socket, event: string, payload: unknown): Promise<SocketAck> =>
  new Promise((ok) => socket.emit(event, payload, ok));

async function healthOk(url: string): Promise<void> {
  const res = await fetch(`${url}/api/health`);
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { ok: boolean }).ok, true);
}

async function trainPointsServed(url: string): Promise<void> {
  const res = await fetch(`${url}/api/series?run=train&tag=loss`);
  assert.equal(res.status, 200);
  assert.deepEqual(
    ((await res.json()) as { points: [number][] }).points.map((p) => p[0]),
    [0, 1, 2, 3, 4],
  );
}

describe('one Socket.IO message must not kill the process', () => {
  let child: ServerChild;
  let url: string;
  before(async () => {
    child = spawnServe(['--logdir', logdir.dir, '--port', '0', '--reload_interval', '0']);
    url = (await child.url).replace(/\/$/, '');
    // the URL is printed once listening; the first read of the logdir may still be going on
    const served = async (): Promise<boolean> =>
      (await fetch(`${url}/api/series?run=big&tag=loss&points=2`)).status === 200;
    assert.ok(await waitFor(served, 30_000), 'the logdir was read');
  });
  after(async () => {
    await child.stop();
  });

  test('series:unsubscribe {run:"train", tags:5}, {} and true after a subscribe get bad_param acks naming the field', async () => {
    const socket = await open(url);
    try {
      const sub = await emitAck(socket, 'series:subscribe', { run: 'train' });
      assert.equal(sub.ok, true);
      const cases: [unknown, RegExp][] = [
        [{ run: 'train', tags: 5 }, /'tags'/],
        [{}, /'run' is required/],
        [true, /must be an object/],
        [null, /must be an object/],
        [{ run: 'train', tags: [{}] }, /'tags\.0'/],
      ];
      for (const [payload, field] of cases) {
        const [ack] = await Promise.all([emitAck(socket, 'series:unsubscribe', payload), healthOk(url)]);
        assert.equal(ack.ok, false, JSON.stringify(payload));
        if (!ack.ok) {
          assert.equal(ack.error.code, 'bad_param');
          assert.match(ack.error.message, field);
        }
      }
      // the same payloads without an ack callback, and a subscribe with hostile shapes
      socket.emit('series:unsubscribe', { run: 'train', tags: 5 });
      socket.emit('series:unsubscribe', true);
      socket.emit('series:subscribe', { run: 'train', lastSteps: null });
      socket.emit('series:subscribe');
      const bad = await emitAck(socket, 'series:subscribe', { run: 'train', tags: 'loss' });
      assert.equal(bad.ok, false);
      await healthOk(url);
      await trainPointsServed(url);
      assert.equal(child.child.exitCode, null, `the server exited: ${child.output().stderr}`);
      assert.ok(socket.connected, 'the attacker socket is still connected and answered');
    } finally {
      socket.disconnect();
    }
  });
});

describe('per-client budget', () => {
  let s: HardenedServer;
  before(async () => {
    s = await startHardenedServer(
      { logdir: logdir.dir, subscriptionBudget: { maxRuns: 50, maxSeries: 2000, maxBytes: 1024 * 1024 } },
      { loopbackOnly: true },
    );
  });
  after(async () => {
    await s.close();
  });

  test('subscribes with unique 4,000-character run names and many tags stop at the budget with over_budget', async () => {
    const socket = await open(s.url);
    try {
      const tags = Array.from({ length: 10_000 }, (_, i) => `tag-${i}`);
      const acks: SocketAck[] = [];
      for (let i = 0; i < 60; i++)
        acks.push(
          await emitAck(socket, 'series:subscribe', {
            run: `${i}-${'r'.repeat(4000)}`,
            tags: tags.slice(0, 30),
          }),
        );
      const refused = acks.filter((a) => !a.ok);
      assert.ok(refused.length >= 10, `refused ${refused.length} of 60`);
      const first = refused[0]!;
      if (!first.ok) {
        assert.equal(first.error.code, 'over_budget');
        assert.match(first.error.message, /at most 50 runs|bytes/);
      }
      const tooMany = await emitAck(socket, 'series:subscribe', { run: 'train', tags });
      assert.equal(tooMany.ok, false);
      const id = [...s.app.io.sockets.sockets.keys()][0]!;
      const usage = s.app.hub.clientUsage(id)!;
      assert.ok(
        usage.runs <= 50 && usage.series <= 2000 && usage.bytes <= 1024 * 1024,
        JSON.stringify(usage),
      );
      await healthOk(s.url);
      await trainPointsServed(s.url);
      socket.disconnect();
      assert.ok(
        await waitFor(() => s.app.hub.clientUsage(id) === undefined),
        'the budget is returned on leave',
      );
    } finally {
      socket.disconnect();
    }
  });
});

describe('a raw WebSocket that stops reading', () => {
  let s: HardenedServer;
  const maxSendBufferBytes = 2 * 1024 * 1024;
  before(async () => {
    s = await startHardenedServer({ logdir: logdir.dir, maxSendBufferBytes }, { loopbackOnly: true });
  });
  after(async () => {
    await s.close();
  });

  test('30 subscribes to a 100k-point run keep its send buffer bounded; it leaves and its memory is returned', async () => {
    const raw = await openRawWebSocket(s.port);
    assert.ok(await waitFor(() => s.app.hub.clients() === 1));
    const id = [...s.app.io.sockets.sockets.keys()][0]!;
    raw.stopReading();
    for (let i = 0; i < 30; i++) raw.emit('series:subscribe', { run: 'big', tags: ['loss'] }, i);
    assert.ok(
      await waitFor(() => s.app.hub.droppedPushes() > 0, 10_000),
      'pushes to the stalled client are dropped',
    );
    const queued = s.app.hub.clientUsage(id)?.queuedBytes ?? 0;
    // one message (at most 50,000 points of ~48 bytes) may go past the bound, never 30 gaps of 100k points
    assert.ok(queued <= maxSendBufferBytes + 50_000 * 48, `queued ${queued} bytes`);
    await healthOk(s.url);
    await trainPointsServed(s.url);
    raw.close();
    assert.ok(await waitFor(() => s.app.hub.clients() === 0), 'the client is gone');
    assert.equal(s.app.hub.clientUsage(id), undefined, 'nothing of it is kept');
  });
});
