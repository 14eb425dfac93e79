// Two `trainboard serve` processes of one logdir behind real nginx (Debian's, its config in a temp dir, on
// 127.0.0.1), sharing broadcasts through a real redis-server, with a headless Chromium page on each: nginx
// keeps each browser on one instance (consistent hash of a route cookie, as Socket.IO's polling transport needs;
// ip_hash cannot tell two local browsers apart). Both pages count the same live points; one instance SIGKILLed,
// its page reconnects through nginx to the other, resubscribes with its last step and gets the gap: every
// step once, none missing.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ensureClientBuilt,
  launchBrowser,
  CHROMIUM,
  type Browser,
} from '../../e2e/support/browser-harness.ts';
import { waitForPoints } from '../../e2e/support/page-probes.ts';
import { freePort, waitUntil } from '../../support/free-port.ts';
import { haveRedis, startRedis, type TestRedis } from '../../support/redis-server.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { concat, fileVersionRecord, scalarRecord } from '../server/event-bytes.ts';

const NGINX = '/usr/sbin/nginx';
const missing = [NGINX, CHROMIUM].filter((p) => !existsSync(p)).concat(haveRedis ? [] : ['redis-server']);
const skip = missing.length > 0 && process.env.CI !== 'true' ? `needs ${missing.join(', ')}` : false;

const dir = mkdtempSync(join(tmpdir(), 'trainboard-two-servers-'));
const logdir = join(dir, 'logs');
const eventFile = join(logdir, 'live', 'events.out.tfevents.1700000000.h.1.0.v2');
let redis: TestRedis | undefined;
let nginx: ChildProcess | undefined;
const servers: { child: ChildProcess; port: number }[] = [];
const browsers: Browser[] = [];
let front = '';
let written = 0;

function writeSteps(n: number): void {
  const records = [];
  for (let i = 0; i < n; i++, written++) records.push(scalarRecord('loss', written, 1 / (written + 1)));
  appendFileSync(eventFile, concat(records));
}

async function startServer(redisUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const args = ['serve', '--logdir', logdir, '--port', '0', '--redis', redisUrl, '--reload_interval', '1'];
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'trainboard.js'), ...args, '--trusted-proxy', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`trainboard serve exited with ${code}: ${out}`)));
  });
  return { child, port };
}

function nginxConfig(listen: number, upstreams: number[]): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  # sticky sessions: a browser keeps one instance while it is up (the cookie is set on its first response)
  map $cookie_tbroute $tb_route { '' $request_id; default $cookie_tbroute; }
  map $cookie_tbroute $tb_set_cookie { '' "tbroute=$request_id; Path=/; HttpOnly; SameSite=Lax"; default ''; }
  upstream trainboard {
    hash $tb_route consistent;
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=30s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://trainboard;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
      proxy_next_upstream error timeout;
      add_header Set-Cookie $tb_set_cookie;
      add_header X-Trainboard-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** The upstream nginx sends a route cookie value to. */
async function upstreamOf(route: string): Promise<string> {
  const res = await fetch(`${front}/api/health`, { headers: { Cookie: `tbroute=${route}` } });
  await res.arrayBuffer();
  return res.headers.get('x-trainboard-upstream') ?? '';
}

before(async () => {
  if (skip) return;
  ensureClientBuilt();
  mkdirSync(join(logdir, 'live'), { recursive: true });
  appendFileSync(eventFile, concat([fileVersionRecord()]));
  writeSteps(10);
  redis = await startRedis();
  servers.push(await startServer(redis.url), await startServer(redis.url));
  const listen = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    nginxConfig(
      listen,
      servers.map((s) => s.port),
    ),
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: 'ignore',
  });
  front = `http://127.0.0.1:${listen}`;
  await waitUntil(
    `nginx answering (${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''})`,
    async () => (await fetch(`${front}/api/health`)).status === 200,
  );
});

after(async () => {
  for (const b of browsers) await b.close();
  if (nginx?.pid !== undefined && nginx.exitCode === null) process.kill(nginx.pid, 'SIGQUIT');
  for (const s of servers)
    if (s.child.exitCode === null && s.child.signalCode === null && s.child.pid !== undefined)
      process.kill(s.child.pid, 'SIGTERM');
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('two servers behind nginx, a browser on each', { skip }, () => {
  test('both pages count the same live points; a page whose server is SIGKILLed reconnects to the other and misses no step', async () => {
    // one route cookie per instance
    const routes = new Map<string, string>();
    for (let i = 0; routes.size < 2 && i < 200; i++) {
      const up = await upstreamOf(`r${i}`);
      if (up && !routes.has(up)) routes.set(up, `r${i}`);
    }
    assert.equal(routes.size, 2, 'nginx spreads route cookies over both instances');
    const pages = new Map<string, Page>();
    for (const [up, route] of routes) {
      const b = await launchBrowser();
      browsers.push(b);
      await b.context.addCookies([{ name: 'tbroute', value: route, url: front }]);
      pages.set(up, await b.open(`${front}/`));
    }
    for (const page of pages.values()) await waitForPoints(page, 'loss', 10, 30_000);

    // live points reach both pages, whichever instance serves them
    for (let i = 0; i < 10; i++) {
      writeSteps(1);
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const page of pages.values()) await waitForPoints(page, 'loss', 20, 30_000);

    // SIGKILL the instance of the second page; points keep coming while its page reconnects
    const [survivorAddr, victimAddr] = [...routes.keys()];
    const victim = servers.find((s) => victimAddr?.endsWith(`:${s.port}`));
    assert.ok(victim?.child.pid, `the instance at ${victimAddr}`);
    process.kill(victim.child.pid, 'SIGKILL');
    for (let i = 0; i < 20; i++) {
      writeSteps(1);
      await new Promise((r) => setTimeout(r, 50));
    }
    const moved = pages.get(victimAddr!)!;
    for (const page of pages.values()) await waitForPoints(page, 'loss', 40, 60_000);
    const upstream = await moved.evaluate<string>(
      `fetch('/api/health').then((r) => r.headers.get('x-trainboard-upstream') ?? '')`,
    );
    assert.equal(upstream, survivorAddr, 'the moved page is served by the surviving instance');
    // nothing arrives twice either: the count stays at every step written, once
    await new Promise((r) => setTimeout(r, 1000));
    for (const page of pages.values()) await waitForPoints(page, 'loss', written, 1000);
  });
});
