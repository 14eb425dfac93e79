// Behind real nginx (Debian's package, run as this test's child with its own config in a temp dir, on
// 127.0.0.1) that rewrites Host to the upstream's address, as `proxy_pass` does by default: with the proxy
// trusted (--trusted-proxy 127.0.0.1) the page's POSTs and Socket.IO handshakes get 200, since its Origin
// matches the X-Forwarded-Host nginx sets; foreign origins are still refused (403), a rebinding host through
// the proxy is still refused (421), and without the trust the false positive is back (403).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp, type App } from '../../../server/app.ts';
import { createSecurityLayer } from '../../../server/security/security-layer.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';

const NGINX = '/usr/sbin/nginx';
const skip = !existsSync(NGINX) && process.env.CI !== 'true' ? 'needs /usr/sbin/nginx (Debian nginx)' : false;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise((ok) => s.close(ok));
  return port;
}

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

function nginxConfig(dir: string, routes: { listen: number; upstream: number }[]): string {
  const servers = routes
    .map(
      (r) => `
  server {
    listen 127.0.0.1:${r.listen};
    location / {
      proxy_pass http://127.0.0.1:${r.upstream};
      proxy_http_version 1.1;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection "upgrade";
    }
  }`,
    )
    .join('\n');
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${servers}
}
`;
}

let dir = '';
let nginx: ChildProcess | undefined;
let trustedApp: { app: App; port: number } | undefined;
let untrustedApp: { app: App; port: number } | undefined;
let viaTrusted = '';
let viaUntrusted = '';

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'trainboard-nginx-'));
  mkdirSync(join(dir, 'logs'));
  trustedApp = await startApp(true);
  untrustedApp = await startApp(false);
  const [p1, p2] = [await freePort(), await freePort()];
  writeFileSync(
    join(dir, 'nginx.conf'),
    nginxConfig(dir, [
      { listen: p1, upstream: trustedApp.port },
      { listen: p2, upstream: untrustedApp.port },
    ]),
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: 'ignore',
  });
  viaTrusted = `http://127.0.0.1:${p1}`;
  viaUntrusted = `http://127.0.0.1:${p2}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${viaTrusted}/data/runs`)).status === 200) return;
    } catch {
      // nginx not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
});

after(async () => {
  if (nginx?.pid !== undefined && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx?.once('exit', r));
    process.kill(nginx.pid, 'SIGQUIT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (nginx.exitCode === null) process.kill(nginx.pid, 'SIGKILL');
  }
  await trustedApp?.app.close();
  await untrustedApp?.app.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
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
