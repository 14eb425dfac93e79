// Engine.IO under the HTTP rules, and loopback however spelled (issue 12 item 7): a flood of Engine.IO
// handshakes is rate limited (429 with Retry-After) while /api/health answers; Engine.IO responses (a polling
// handshake, an error, the WebSocket upgrade) carry the CSP and nosniff; a server started with `--host 127.1`
// or `--host 127.0.0.2` applies the Host check (421 to `Host: evil.example`, no Socket.IO session for an evil
// Host and Origin) and prints no bind warning.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, type HardenedServer } from './hardened-server.ts';
import { spawnServe } from './server-child.ts';

const logdir = tempDir('engine');
{
  const w = createSummaryWriter(join(logdir.dir, 'train'), { flushMs: 0 });
  for (let s = 0; s < 3; s++) w.scalar('loss', s / 10, s);
  w.close();
}
after(() => logdir.remove());

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  host = '127.0.0.1',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host, port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The raw HTTP response head of a WebSocket upgrade to Engine.IO. */
function upgradeHead(port: number, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((ok, fail) => {
    const s = connect(port, '127.0.0.1');
    let text = '';
    s.on('connect', () =>
      s.write(
        'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n' +
          'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n' +
          Object.entries(headers)
            .map(([k, v]) => `${k}: ${v}\r\n`)
            .join('') +
          '\r\n',
      ),
    );
    s.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      if (text.includes('\r\n\r\n')) {
        s.destroy();
        ok(text.slice(0, text.indexOf('\r\n\r\n')));
      }
    });
    s.on('error', fail);
    s.on('close', () => ok(text));
  });
}

describe('Engine.IO under the HTTP rules', () => {
  let s: HardenedServer;
  before(async () => {
    s = await startHardenedServer(
      { logdir: logdir.dir },
      // a refill too slow to matter while the flood runs, however loaded the machine is
      { loopbackOnly: true, rateLimit: { perSecond: 0.01, burst: 20 } },
    );
  });
  after(async () => {
    await s.close();
  });

  test('a flood of 200 handshakes is rate limited with 429 and Retry-After; /api/health answers meanwhile', async () => {
    const flood = Array.from({ length: 200 }, () => get(s.port, '/socket.io/?EIO=4&transport=polling'));
    const health = await get(s.port, '/api/health');
    assert.equal(health.status, 200);
    const results = await Promise.all(flood);
    const ok = results.filter((r) => r.status === 200).length;
    const limited = results.filter((r) => r.status === 429);
    assert.ok(ok <= 25, `${ok} handshakes got a session`);
    assert.ok(limited.length >= 170, `${limited.length} were limited`);
    assert.ok(Number(limited[0]!.headers['retry-after']) >= 1);
    assert.match(limited[0]!.body, /"code":"rate_limited"/);
    assert.equal((await get(s.port, '/api/health')).status, 200, 'health still answers after the flood');
    assert.equal(s.app.httpServer.listening, true);
  });

  test('Engine.IO responses carry the CSP and nosniff: a handshake, an error, the WebSocket upgrade', async () => {
    const fresh = await startHardenedServer({ logdir: logdir.dir }, { loopbackOnly: true });
    try {
      for (const path of ['/socket.io/?EIO=4&transport=polling', '/socket.io/?EIO=4&transport=bogus']) {
        const r = await get(fresh.port, path);
        assert.match(
          String(r.headers['content-security-policy']),
          /default-src 'self'.*frame-ancestors 'none'/,
          path,
        );
        assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
      }
      const head = await upgradeHead(fresh.port);
      assert.match(head, /^HTTP\/1\.1 101/);
      assert.match(head, /\r\ncontent-security-policy: default-src 'self'/i);
      assert.match(head, /\r\nx-content-type-options: nosniff/i);
    } finally {
      await fresh.close();
    }
  });
});

for (const host of ['127.1', '127.0.0.2']) {
  describe(`serve --host ${host}`, () => {
    test('applies the Host check, refuses an evil handshake, serves its own host, prints no warning', async () => {
      const child = spawnServe([
        '--logdir',
        logdir.dir,
        '--port',
        '0',
        '--host',
        host,
        '--reload_interval',
        '0',
      ]);
      try {
        const port = Number(new URL(await child.url).port);
        const bindHost = host === '127.1' ? '127.0.0.1' : host;
        const [evil, evilHandshake, own] = await Promise.all([
          get(port, '/api/health', { Host: 'evil.example' }, bindHost),
          get(
            port,
            '/socket.io/?EIO=4&transport=polling',
            { Host: 'evil.example', Origin: 'http://evil.example' },
            bindHost,
          ),
          get(port, '/api/health', { Host: `${host}:${port}` }, bindHost),
        ]);
        assert.equal(evil.status, 421, evil.body);
        assert.match(evil.body, /misdirected_host/);
        assert.notEqual(evilHandshake.status, 200, evilHandshake.body);
        assert.doesNotMatch(evilHandshake.body, /"sid"/);
        assert.equal(own.status, 200);
        assert.doesNotMatch(child.output().stderr, /WARNING/);
        assert.equal(child.child.exitCode, null);
      } finally {
        await child.stop();
      }
    });
  });
}
