// Behind real nginx (Debian's package, run as this test's child with its own config in a temp dir, on
// 127.0.0.1) that rewrites Host to the upstream's address, as `proxy_pass` does by default: with the proxy
// trusted (--trusted-proxy 127.0.0.1) the page's POSTs and Socket.IO handshakes get 200, since its Origin
// matches the X-Forwarded-Host nginx sets; foreign origins are still refused (403), a rebinding host through
// the proxy is still refused (421), and without the trust the false positive is back (403).
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp, type App } from '../../../server/app.ts';
import { createSecurityLayer } from '../../../server/security/security-layer.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';
import { nginxSkip as skip, startNginx, type NginxProxy } from './nginx-proxy.ts';

async function startApp(trusted: boolean): Promise<{ app: App; port: number }> {
  const app = createApp({
    logdir: join(fixturesDir, 'tf-summary'),
    reloadIntervalSecs: 0,
    watch: false,
    log: () => {},
    security: createSecurityLayer({
      loopbackOnly: true,
      rateLimit: false,
      ...(trusted ? { trustedProxies: ['127.0.0.1'] } : {}),
    }),
  });
  await app.ready();
  await new Promise<void>((ok) => app.httpServer.listen(0, '127.0.0.1', ok));
  return { app, port: (app.httpServer.address() as AddressInfo).port };
}

let nginx: NginxProxy | undefined;
let trustedApp: { app: App; port: number } | undefined;
let untrustedApp: { app: App; port: number } | undefined;
let viaTrusted = '';
let viaUntrusted = '';

before(async () => {
  if (skip) return;
  trustedApp = await startApp(true);
  untrustedApp = await startApp(false);
  nginx = await startNginx([{ upstream: trustedApp.port }, { upstream: untrustedApp.port }]);
  [viaTrusted, viaUntrusted] = nginx.urls as [string, string];
});

after(async () => {
  await nginx?.close();
  await trustedApp?.app.close();
  await untrustedApp?.app.close();
});

function postTimeSeries(base: string, headers: Record<string, string>): Promise<Response> {
  const form = new FormData();
  form.append('requests', JSON.stringify([{ plugin: 'scalars', tag: 'loss' }]));
  return fetch(`${base}/data/plugin/timeseries/timeSeries`, { method: 'POST', body: form, headers });
}

/** A GET with an arbitrary Host header (fetch does not let a caller set Host), as a rebinding page sends. */
function getWithHost(base: string, path: string, headers: Record<string, string>): Promise<number> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const handshake = (base: string, headers: Record<string, string>): Promise<Response> =>
  fetch(`${base}/socket.io/?EIO=4&transport=polling`, { headers });

describe('behind nginx that rewrites Host', { skip }, () => {
  test("the page's POST gets 200 when nginx is a trusted proxy", async () => {
    const res = await postTimeSeries(viaTrusted, { Origin: viaTrusted });
    assert.equal(res.status, 200, await res.text());
  });

  test("the page's Socket.IO handshake is accepted through the trusted proxy", async () => {
    const res = await handshake(viaTrusted, { Origin: viaTrusted });
    assert.equal(res.status, 200, await res.text());
  });

  test('a foreign page is still refused through the trusted proxy (403)', async () => {
    const res = await postTimeSeries(viaTrusted, { Origin: 'http://evil.example' });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'forbidden_origin');
    assert.notEqual((await handshake(viaTrusted, { Origin: 'http://evil.example' })).status, 200);
  });

  test('a rebinding host through the trusted proxy is refused (421; the handshake 403), even with a matching Origin', async () => {
    const host = `evil.example:${new URL(viaTrusted).port}`;
    assert.equal(await getWithHost(viaTrusted, '/data/runs', { Host: host }), 421);
    assert.equal(
      await getWithHost(viaTrusted, '/socket.io/?EIO=4&transport=polling', {
        Host: host,
        Origin: `http://${host}`,
      }),
      403,
    );
  });

  test('without --trusted-proxy the rewritten Host makes the page look foreign (403)', async () => {
    const res = await postTimeSeries(viaUntrusted, { Origin: viaUntrusted });
    assert.equal(res.status, 403);
  });

  test('X-Forwarded-Host from a peer that is not a trusted proxy is ignored', async () => {
    assert.ok(untrustedApp);
    const direct = `http://127.0.0.1:${untrustedApp.port}`;
    const res = await postTimeSeries(direct, {
      Origin: 'http://evil.example',
      'X-Forwarded-Host': 'evil.example',
    });
    assert.equal(res.status, 403);
  });
});
