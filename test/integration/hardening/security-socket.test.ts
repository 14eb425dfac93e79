// Security of the Socket.IO side: with a token, a socket is refused without it and let in with `auth.token` or
// the cookie the ?token= handshake sets (and then gets its points); a browser handshake from a foreign Origin is
// refused at the Engine.IO level, while same-origin, listed origins and origin-less (Node) clients connect.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import type { ScalarsAppendedEvent } from '../../../contract/index.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, type HardenedServer } from './hardened-server.ts';

const TOKEN = 'socket-token-0123456789';
const logdir = tempDir('socket');
const servers: HardenedServer[] = [];
const sockets: Socket[] = [];

before(() => {
  const w = createSummaryWriter(join(logdir.dir, 'run1'), { flushMs: 0 });
  for (let s = 0; s < 3; s++) w.scalar('loss', s, s);
  w.close();
});
after(async () => {
  for (const s of sockets) s.close();
  for (const s of servers) await s.close();
  logdir.remove();
});

function open(
  url: string,
  opts: { token?: string; headers?: Record<string, string>; transport?: 'websocket' | 'polling' },
): Promise<{ socket: Socket; error?: string }> {
  const socket = connect(url, {
    transports: [opts.transport ?? 'websocket'],
    reconnection: false,
    ...(opts.token === undefined ? {} : { auth: { token: opts.token } }),
    ...(opts.headers ? { extraHeaders: opts.headers } : {}),
  });
  sockets.push(socket);
  return new Promise((ok) => {
    socket.on('connect', () => ok({ socket }));
    socket.on('connect_error', (err: Error) => ok({ socket, error: err.message }));
  });
}

async function firstPoints(socket: Socket): Promise<number> {
  return new Promise((ok) => {
    socket.on('scalars:appended', (e: ScalarsAppendedEvent) =>
      ok(e.series.reduce((n, s) => n + s.points.length, 0)),
    );
    socket.emit('series:subscribe', { run: 'run1', tags: ['loss'] }, () => {});
  });
}

describe('token on Socket.IO', () => {
  let s: HardenedServer;
  before(async () => {
    s = await startHardenedServer({ logdir: logdir.dir }, { authToken: TOKEN, loopbackOnly: true });
    servers.push(s);
  });

  test('a socket without the token is refused with "unauthorized"', async () => {
    for (const transport of ['websocket', 'polling'] as const) {
      const r = await open(s.url, { transport });
      assert.equal(r.error, 'unauthorized', transport);
      assert.equal(r.socket.connected, false);
    }
    const wrong = await open(s.url, { token: 'wrong-token-123' });
    assert.equal(wrong.error, 'unauthorized');
  });

  test('auth.token lets a socket in and it receives the points', async () => {
    const r = await open(s.url, { token: TOKEN });
    assert.equal(r.error, undefined);
    assert.equal(await firstPoints(r.socket), 3);
  });

  test('the cookie set by ?token= lets a socket in (the browser client needs no change)', async () => {
    const res = await fetch(`${s.url}/?token=${TOKEN}`, { redirect: 'manual' });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const r = await open(s.url, { headers: { Cookie: cookie }, transport: 'polling' });
    assert.equal(r.error, undefined);
    assert.equal(await firstPoints(r.socket), 3);
  });
});

describe('origin checks', () => {
  let s: HardenedServer;
  before(async () => {
    s = await startHardenedServer(
      { logdir: logdir.dir },
      { corsOrigins: ['https://notebook.example'], loopbackOnly: true },
    );
    servers.push(s);
  });

  test('a handshake from a foreign Origin is refused, over WebSocket and polling', async () => {
    for (const transport of ['websocket', 'polling'] as const) {
      const r = await open(s.url, { headers: { Origin: 'https://evil.example' }, transport });
      assert.ok(r.error, transport);
      assert.equal(r.socket.connected, false, transport);
    }
  });

  test('same-origin, listed and origin-less handshakes connect', async () => {
    const cases: Record<string, string>[] = [{ Origin: s.url }, { Origin: 'https://notebook.example' }, {}];
    for (const headers of cases) {
      const r = await open(s.url, { headers });
      assert.equal(r.error, undefined, JSON.stringify(headers));
      r.socket.close();
    }
  });

  test('an Engine.IO handshake with a Host header naming another machine is refused on a loopback server', async () => {
    const get = (host: string): Promise<number> =>
      new Promise((ok, fail) => {
        const req = request({
          host: '127.0.0.1',
          port: s.port,
          path: '/socket.io/?EIO=4&transport=polling',
          headers: { Host: host },
        });
        req.on('response', (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end();
      });
    assert.equal(await get('evil.example'), 403);
    assert.equal(await get(`127.0.0.1:${s.port}`), 200);
  });
});
