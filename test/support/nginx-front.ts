// Several `trainboard serve` children behind one real nginx (Debian's, its config and temp files in a test's
// dir, on 127.0.0.1) for the multi-instance tests: the tested front configuration of the README (a consistent
// hash of a route cookie set on the first response, WebSocket upgrade, next upstream on error). Invariants:
// every child and nginx is stopped by its own pid; routesPerInstance() finds one cookie value per instance by
// asking nginx (its X-Trainboard-Upstream header), never by guessing its hash.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, waitUntil } from './free-port.ts';
import { nginxMainConfig } from './nginx-config.ts';
import { repoRoot } from './shared-fixtures.ts';

export const NGINX = '/usr/sbin/nginx';
export const haveNginx = existsSync(NGINX);
/** The cookie nginx routes by. */
export const ROUTE_COOKIE = 'tbroute';

export interface ServeChild {
  child: ChildProcess;
  port: number;
  /** SIGTERM, and resolves once it has exited. */
  stop(): Promise<void>;
}

/** `trainboard serve ARGS --port 0 --trusted-proxy 127.0.0.1` in a child; resolves with the port it prints. */
export async function startServe(args: string[]): Promise<ServeChild> {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'trainboard.js'), 'serve', ...args, '--port', '0', '--trusted-proxy', '127.0.0.1'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stderr?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-8000)));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`trainboard serve exited with ${code}: ${out}`)));
  });
  return {
    child,
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const exited = new Promise((ok) => child.once('exit', ok));
      process.kill(child.pid, 'SIGTERM');
      await exited;
    },
  };
}

export function nginxConfig(dir: string, listen: number, upstreams: number[]): string {
  return nginxMainConfig(
    dir,
    256,
    `  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  # sticky sessions: a browser keeps one instance while it is up (the cookie is set on its first response)
  map $cookie_${ROUTE_COOKIE} $tb_route { '' $request_id; default $cookie_${ROUTE_COOKIE}; }
  map $cookie_${ROUTE_COOKIE} $tb_set_cookie { '' "${ROUTE_COOKIE}=$request_id; Path=/; HttpOnly; SameSite=Lax"; default ''; }
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
  }`,
  );
}

export interface NginxFront {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The upstream (127.0.0.1:PORT) nginx sends a request carrying this route cookie to. */
  upstreamOf(route: string): Promise<string>;
  /** One route cookie value per upstream address, found by asking nginx. */
  routesPerInstance(): Promise<Map<string, string>>;
  stop(): void;
}

/** Starts nginx in `dir` in front of the given ports; resolves once it answers /api/health. */
export async function startNginx(dir: string, upstreams: number[]): Promise<NginxFront> {
  const listen = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, listen, upstreams));
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${listen}`;
  const errorLog = (): string =>
    existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
  await waitUntil(`nginx answering`, async () => {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}: ${errorLog()}`);
    return (await fetch(`${url}/api/health`)).status === 200;
  }).catch((err: unknown) => {
    throw new Error(`${err instanceof Error ? err.message : String(err)}; nginx error log: ${errorLog()}`);
  });
  async function upstreamOf(route: string): Promise<string> {
    const res = await fetch(`${url}/api/health`, { headers: { Cookie: `${ROUTE_COOKIE}=${route}` } });
    await res.arrayBuffer();
    return res.headers.get('x-trainboard-upstream') ?? '';
  }
  return {
    url,
    upstreamOf,
    async routesPerInstance() {
      const routes = new Map<string, string>();
      for (let i = 0; routes.size < upstreams.length && i < 200; i++) {
        const up = await upstreamOf(`r${i}`);
        if (up && !routes.has(up)) routes.set(up, `r${i}`);
      }
      return routes;
    },
    stop() {
      if (nginx.pid !== undefined && nginx.exitCode === null) process.kill(nginx.pid, 'SIGQUIT');
    },
  };
}
