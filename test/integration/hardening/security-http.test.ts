// Security of the HTTP side, on the real app with the security layer: the token (Bearer, ?token= cookie
// handshake, wrong token), headers and CSP on every response, CORS off by default and on only for listed
// origins, foreign-origin writes refused, body size and per-IP rate limits, the loopback Host guard.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, type HardenedServer } from './hardened-server.ts';

const TOKEN = 's3cret-token-for-tests';
const logdir = tempDir('http');
const servers: HardenedServer[] = [];

before(() => {
  const w = createSummaryWriter(join(logdir.dir, 'run1'), { flushMs: 0 });
  for (let s = 0; s < 5; s++) w.scalar('loss', 1 / (s + 1), s);
  w.close();
});
after(async () => {
  for (const s of servers) await s.close();
  logdir.remove();
});

async function server(opts: Parameters<typeof startHardenedServer>[1]): Promise<HardenedServer> {
  const s = await startHardenedServer({ logdir: logdir.dir }, opts);
  servers.push(s);
  return s;
}

describe('auth token', () => {
  let s: HardenedServer;
  before(async () => {
    s = await server({ authToken: TOKEN, loopbackOnly: true });
  });

  test('without a token every route is a 401 JSON error, pages and APIs alike', async () => {
    for (const path of ['/', '/index.html', '/api/runs', '/data/runs', '/api/health']) {
      const res = await fetch(s.url + path);
      assert.equal(res.status, 401, path);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'unauthorized', path);
      assert.ok(!JSON.stringify(body).includes(TOKEN));
    }
  });

  test('Authorization: Bearer with the right token is let in; a wrong one is a 401', async () => {
    const ok = await fetch(`${s.url}/api/runs`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal(ok.status, 200);
    const runs = (await ok.json()) as { runs: { run: string }[] };
    assert.deepEqual(
      runs.runs.map((r) => r.run),
      ['run1'],
    );
    const bad = await fetch(`${s.url}/api/runs`, { headers: { Authorization: `Bearer ${TOKEN}x` } });
    assert.equal(bad.status, 401);
    const short = await fetch(`${s.url}/api/runs`, { headers: { Authorization: 'Bearer s' } });
    assert.equal(short.status, 401);
  });

  test('?token= sets an HttpOnly SameSite=Strict cookie and redirects to the same URL without it', async () => {
    const res = await fetch(`${s.url}/?view=text&token=${TOKEN}&run=a`, { redirect: 'manual' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/?view=text&run=a');
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^trainboard_token=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\//);
    const pair = cookie.split(';')[0]!;
    const page = await fetch(`${s.url}/?view=text&run=a`, { headers: { Cookie: pair } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const api = await fetch(`${s.url}/api/runs`, { headers: { Cookie: `other=1; ${pair}` } });
    assert.equal(api.status, 200);
  });

  test('the redirect after ?token= never leaves the server (no open redirect through //host)', async () => {
    const res = await fetch(`${s.url}//evil.example/x?token=${TOKEN}`, { redirect: 'manual' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/evil.example/x');
    const back = await fetch(`${s.url}/\\evil.example/?token=${TOKEN}`, { redirect: 'manual' });
    assert.ok(!(back.headers.get('location') ?? '').startsWith('//'));
  });

  test('a wrong ?token= is a 401 and sets no cookie', async () => {
    const res = await fetch(`${s.url}/?token=nope`, { redirect: 'manual' });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('set-cookie'), null);
  });
});

describe('headers', () => {
  let s: HardenedServer;
  before(async () => {
    s = await server({ loopbackOnly: true });
  });

  test('every response carries the CSP and the usual security headers, and no CORS header', async () => {
    for (const path of ['/', '/api/runs', '/data/runs', '/no/such/route', '/api/scalars?run=x']) {
      const res = await fetch(s.url + path, { headers: { Origin: 'https://evil.example' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /script-src[^;]*unsafe-(inline|eval)/, path);
      assert.match(csp, /object-src 'none'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(res.headers.get('x-powered-by'), null, path);
      for (const [name] of res.headers) assert.ok(!name.startsWith('access-control-'), `${path}: ${name}`);
    }
  });

  test('a CORS preflight from any origin gets no Access-Control-* headers by default', async () => {
    const res = await fetch(`${s.url}/api/series`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    for (const [name] of res.headers) assert.ok(!name.startsWith('access-control-'), name);
  });

  test('a POST from a foreign Origin is refused (403); same-origin and origin-less POSTs are served', async () => {
    const body = JSON.stringify({ series: [{ run: 'run1', tag: 'loss' }] });
    const headers = { 'Content-Type': 'application/json' };
    const foreign = await fetch(`${s.url}/api/series`, {
      method: 'POST',
      body,
      headers: { ...headers, Origin: 'https://evil.example' },
    });
    assert.equal(foreign.status, 403);
    assert.equal(((await foreign.json()) as { error: { code: string } }).error.code, 'forbidden_origin');
    const same = await fetch(`${s.url}/api/series`, {
      method: 'POST',
      body,
      headers: { ...headers, Origin: s.url },
    });
    assert.notEqual(same.status, 403);
    const none = await fetch(`${s.url}/api/series`, { method: 'POST', body, headers });
    assert.notEqual(none.status, 403);
  });

  test('a Host header naming another machine is refused on a loopback server (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((ok, fail) => {
      const req = request({
        host: '127.0.0.1',
        port: s.port,
        path: '/api/runs',
        headers: { Host: 'evil.example:80' },
      });
      req.on('response', (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      });
      req.on('error', fail);
      req.end();
    });
    assert.equal(status, 421);
    const local = await fetch(`${s.url}/api/runs`, { headers: {} });
    assert.equal(local.status, 200);
  });
});

describe('CORS when origins are listed', () => {
  test('only a listed Origin is echoed back, with a preflight answer', async () => {
    const s = await server({ corsOrigins: ['https://notebook.example:8888'], loopbackOnly: true });
    const pre = await fetch(`${s.url}/api/series`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://notebook.example:8888', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'https://notebook.example:8888');
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const get = await fetch(`${s.url}/api/runs`, { headers: { Origin: 'https://notebook.example:8888' } });
    assert.equal(get.headers.get('access-control-allow-origin'), 'https://notebook.example:8888');
    const other = await fetch(`${s.url}/api/runs`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});

describe('limits', () => {
  test('a body announced over the limit is a 413 before any parser reads it; the data is intact', async () => {
    const s = await server({ loopbackOnly: true, maxBodyBytes: 1000 });
    const res = await fetch(`${s.url}/api/series`, {
      method: 'POST',
      body: JSON.stringify({ series: [{ run: 'run1', tag: 'loss' }], pad: 'x'.repeat(2000) }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'payload_too_large');
    const ok = await fetch(`${s.url}/api/series?run=run1&tag=loss`);
    assert.equal(ok.status, 200);
  });

  test('past the per-IP burst, requests are 429 with Retry-After, and served again after a refill', async () => {
    // a slow refill (2/s), so the 15 requests outrun it even on a loaded machine
    const s = await server({ loopbackOnly: true, rateLimit: { perSecond: 2, burst: 10 } });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await fetch(`${s.url}/api/runs`)).status);
    assert.equal(statuses.filter((c) => c === 200).length >= 10, true, String(statuses));
    assert.ok(statuses.includes(429), String(statuses));
    const limited = await fetch(`${s.url}/api/runs`);
    if (limited.status === 429) {
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal(((await limited.json()) as { error: { code: string } }).error.code, 'rate_limited');
    }
    await new Promise((r) => setTimeout(r, 700));
    assert.equal((await fetch(`${s.url}/api/runs`)).status, 200);
  });
});
