// Two servers of one logdir sharing Socket.IO broadcasts through a real redis-server (Debian's, started on
// 127.0.0.1 by the test): an io.emit on one reaches a client of the other; what each server derives from the
// shared logdir reaches each client once; Redis going away makes /api/health say `unreachable` while each
// server keeps serving its own clients (live points and its own broadcasts), and sharing resumes when it is back.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ApiHealthResponse,
  ClientToServerEvents,
  ServerToClientEvents,
  SocketAck,
} from '../../../contract/index.ts';
import { waitUntil } from '../../support/free-port.ts';
import { redisSkip, startRedis, type TestRedis } from '../../support/redis-server.ts';
import { concat, fileVersionRecord, scalarRecord } from '../server/event-bytes.ts';
import { startTestServer, tempLogdir, type TestServer } from '../server/test-server.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const logdir = tempLogdir('trainboard-fanout-');
const eventFile = join(logdir.dir, 'run', 'events.out.tfevents.1700000000.h.1.0.v2');
let redis: TestRedis | undefined;
let a: TestServer | undefined;
let b: TestServer | undefined;
const clients: Client[] = [];

async function client(server: TestServer): Promise<Client> {
  const c: Client = connect(server.url, { transports: ['websocket'] });
  clients.push(c);
  await new Promise<void>((ok) => c.once('connect', ok));
  return c;
}
const health = async (s: TestServer): Promise<ApiHealthResponse['redis']> =>
  (await s.json<ApiHealthResponse>('/api/health')).redis;
/** Collects the ids of every sessions:changed a client receives. */
function sessionIds(c: Client): string[] {
  const ids: string[] = [];
  c.on('sessions:changed', (m) => ids.push(...m.ids));
  return ids;
}

before(async () => {
  if (redisSkip) return;
  redis = await startRedis();
  mkdirSync(join(logdir.dir, 'run'));
  appendFileSync(eventFile, concat([fileVersionRecord(), scalarRecord('loss', 0, 1)]));
  a = await startTestServer({ logdir: logdir.dir, redis: redis.url, pushIntervalMs: 20 });
  b = await startTestServer({ logdir: logdir.dir, redis: redis.url, pushIntervalMs: 20 });
  await waitUntil(
    'both servers connected to redis',
    async () => (await health(a!))?.state === 'ok' && (await health(b!))?.state === 'ok',
  );
});

after(async () => {
  for (const c of clients) c.close();
  await a?.close();
  await b?.close();
  await redis?.stop();
  logdir.remove();
});

describe('servers sharing broadcasts through Redis', { skip: redisSkip }, () => {
  test('an io.emit on one server reaches the clients of both, once each', async () => {
    const [onA, onB] = [await client(a!), await client(b!)];
    const [idsA, idsB] = [sessionIds(onA), sessionIds(onB)];
    a!.app.io.emit('sessions:changed', { ids: ['from-a'] });
    await waitUntil('both clients got it', () =>
      Promise.resolve(idsA.includes('from-a') && idsB.includes('from-a')),
    );
    await new Promise((r) => setTimeout(r, 300));
    // each server also pushes the session changes it derives itself: count only the broadcast
    const count = (ids: string[]): number => ids.filter((id) => id === 'from-a').length;
    assert.deepEqual([count(idsA), count(idsB)], [1, 1]);
  });

  test('a point both servers tail reaches each client of each exactly once', async () => {
    // two clients per server at the same position: one broadcast to both ids (io.local.to) on each server
    const pair = [await client(a!), await client(a!), await client(b!), await client(b!)];
    const steps = new Map<Client, number[]>(pair.map((c) => [c, []]));
    for (const [c, got] of steps) {
      c.on('scalars:appended', (m) => got.push(...m.series.flatMap((s) => s.points.map((p) => p[0]))));
      const ack = await new Promise<SocketAck>((ok) =>
        c.emit('series:subscribe', { run: 'run', lastStep: 0 }, ok),
      );
      assert.equal(ack.ok, true);
    }
    appendFileSync(eventFile, concat([scalarRecord('loss', 1, 0.9), scalarRecord('loss', 2, 0.8)]));
    await Promise.all([a!.app.watcher.refresh(), b!.app.watcher.refresh()]);
    await waitUntil('both clients got steps 1 and 2', () =>
      Promise.resolve([...steps.values()].every((s) => s.length >= 2)),
    );
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(
      [...steps.values()],
      pair.map(() => [1, 2]),
    );
  });

  test('Redis down: health says unreachable, each server still serves its own clients', async () => {
    const [onA, onB] = [await client(a!), await client(b!)];
    const [idsA, idsB] = [sessionIds(onA), sessionIds(onB)];
    await redis!.kill();
    await waitUntil(
      'both servers report redis unreachable',
      async () => (await health(a!))?.state === 'unreachable' && (await health(b!))?.state === 'unreachable',
    );
    a!.app.io.emit('sessions:changed', { ids: ['while-down'] });
    await waitUntil("a's own client still gets a's broadcast", () =>
      Promise.resolve(idsA.includes('while-down')),
    );
    assert.ok(((await health(a!))?.localOnlyBroadcasts ?? 0) >= 1);
    assert.equal((await a!.get('/api/health')).status, 200);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(idsB.includes('while-down'), false, 'nothing crosses without Redis');
  });

  test('Redis back: health is ok again and broadcasts cross servers again', async () => {
    await redis!.restart();
    await waitUntil(
      'both servers report redis ok',
      async () => (await health(a!))?.state === 'ok' && (await health(b!))?.state === 'ok',
      60_000,
    );
    const onB = await client(b!);
    const idsB = sessionIds(onB);
    await waitUntil('a broadcast from a reaches b', async () => {
      a!.app.io.emit('sessions:changed', { ids: ['after'] });
      await new Promise((r) => setTimeout(r, 200));
      return idsB.includes('after');
    });
  });
});
