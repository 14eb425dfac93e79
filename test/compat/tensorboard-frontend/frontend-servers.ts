// The servers of the frontend compatibility test: TensorBoard's real frontend extracted from the venv's
// webfiles.zip into a temp dir (never committed), a small front server that serves those files and forwards
// /data/* to our server unchanged (Host kept, as a proxy with `proxy_set_header Host $host` does), our own
// server (createApp with the production security layer, on 127.0.0.1 port 0) and real TensorBoard on the same
// logdir. Every process and listener started here is stopped by pid or handle in close().
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createApp, type App } from '../../../server/app.ts';
import { createSecurityLayer } from '../../../server/security/security-layer.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { projectorBundleFile } from './projector-frontend.ts';

export const python = join(repoRoot, '.venv', 'bin', 'python');

/** Extracts tensorboard/webfiles.zip of the venv into `dir`; returns the directory holding index.html. */
export function extractWebfiles(dir: string): string {
  const r = spawnSync(
    python,
    [
      '-c',
      'import sys, zipfile, tensorboard, os; ' +
        'zipfile.ZipFile(os.path.join(os.path.dirname(tensorboard.__file__), "webfiles.zip")).extractall(sys.argv[1])',
      dir,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`extracting webfiles.zip into ${dir} failed: ${r.stderr}`);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`webfiles.zip holds no index.html (${dir})`);
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Serves `webDir` and forwards /data/* to `backend` (an http://host:port origin), Host header kept. */
export async function startFrontServer(
  webDir: string,
  backend: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(backend);
  const root = resolve(webDir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front');
    const bundle = projectorBundleFile(url.pathname); // TensorBoard's projector frontend, from the venv
    if (bundle) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(bundle)] ?? 'application/octet-stream' });
      createReadStream(bundle).pipe(res);
      return;
    }
    if (url.pathname.startsWith('/data/') || url.pathname.startsWith('/experiment/')) {
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', (err) => {
        res.writeHead(502).end(`front server: ${err.message}`);
      });
      req.pipe(upstream);
      return;
    }
    const path = normalize(
      join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)),
    );
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  const url = await listen(server);
  return {
    url,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface OurServer {
  app: App;
  url: string;
  close(): Promise<void>;
}

/** Our server as `trainboard serve` builds it on loopback: security layer on, data loaded once. */
export async function startOurServer(logdir: string): Promise<OurServer> {
  const app = createApp({
    logdir,
    reloadIntervalSecs: 0,
    watch: false,
    log: () => {},
    security: createSecurityLayer({ loopbackOnly: true, rateLimit: false }),
  });
  await app.ready();
  const url = await listen(app.httpServer);
  return { app, url, close: () => app.close() };
}

export interface RealTensorBoard {
  url: string;
  child: ChildProcess;
  log(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = createServer();
  const url = await listen(s);
  await new Promise((ok) => s.close(ok));
  return Number(new URL(url).port);
}

/** Real TensorBoard (Python loader, --load_fast=false) on `logdir`, ready once it lists as many runs as
 *  `runCount` resolves to (our server's count: both start at once). */
export async function startTensorBoard(
  logdir: string,
  runCount: Promise<number>,
  /** Extra flags (e.g. --path_prefix=/tb), and the prefix its routes then live under. */
  extra: { args?: string[]; prefix?: string } = {},
): Promise<RealTensorBoard> {
  const port = await freePort();
  const bin = join(repoRoot, '.venv', 'bin', 'tensorboard');
  const child = spawn(
    bin,
    [
      '--logdir',
      logdir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--load_fast=false',
      '--reload_interval=0',
      ...(extra.args ?? []),
    ],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-8000)));
  const url = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.stdin?.end();
    process.kill(child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const runs = (await (await fetch(`${url}${extra.prefix ?? ''}/data/runs`)).json()) as string[];
      if (runs.length >= (await runCount)) return { url, child, log: () => log, close };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await close();
  throw new Error(`TensorBoard did not list ${await runCount} runs of ${logdir} within 90 s:\n${log}`);
}
