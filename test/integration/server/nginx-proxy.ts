// Real nginx (Debian's package) as a test's reverse proxy: run as the test's child (no daemon, no master)
// with its own config and temp dir on 127.0.0.1, one `server` per route proxying `location` (default `/`) to
// an upstream port on 127.0.0.1, rewriting Host as proxy_pass does by default and setting X-Forwarded-Host and
// -Proto and the WebSocket upgrade headers. close() stops it by pid and removes its directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxMainConfig } from '../../support/nginx-config.ts';

export const NGINX = '/usr/sbin/nginx';
export const nginxSkip =
  !existsSync(NGINX) && process.env.CI !== 'true' ? 'needs /usr/sbin/nginx (Debian nginx)' : false;

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise((ok) => s.close(ok));
  return port;
}

export interface NginxRoute {
  upstream: number;
  /** The location proxied (default `/`); the request path is passed on unchanged. */
  location?: string;
}

function nginxConfig(dir: string, routes: (NginxRoute & { listen: number })[]): string {
  const servers = routes
    .map(
      (r) => `
  server {
    listen 127.0.0.1:${r.listen};
    location ${r.location ?? '/'} {
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
  return nginxMainConfig(dir, 64, servers);
}

export interface NginxProxy {
  /** `http://127.0.0.1:PORT` of each route, in order. */
  urls: string[];
  close(): Promise<void>;
}

/** Starts nginx with the routes; ready once `readyPath` (default /data/runs) answers 200 through the first. */
export async function startNginx(routes: NginxRoute[], readyPath = '/data/runs'): Promise<NginxProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-nginx-'));
  mkdirSync(join(dir, 'logs'));
  const listening = [];
  for (const r of routes) listening.push({ ...r, listen: await freePort() });
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, listening));
  const nginx: ChildProcess = spawn(
    NGINX,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    { stdio: 'ignore' },
  );
  const urls = listening.map((r) => `http://127.0.0.1:${r.listen}`);
  const close = async (): Promise<void> => {
    if (nginx.pid !== undefined && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx.once('exit', r));
      process.kill(nginx.pid, 'SIGQUIT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (nginx.exitCode === null) process.kill(nginx.pid, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${urls[0]}${readyPath}`)).status === 200) return { urls, close };
    } catch {
      // nginx not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
  await close();
  throw new Error(`nginx did not start: ${log}`);
}
