// Runs the dashboard for the serve/start/demo commands: checks the logdir, builds the app, listens, prints the
// URL, optionally starts a training child process, and on SIGINT/SIGTERM stops the child (by its pid) and the
// server. Errors a user can fix (missing logdir, port in use) are one clear line and exit code 1.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandIO } from '../../cli/command.ts';
import { createApp } from '../app.ts';
import { limitHeapGrowth } from './heap-growth.ts';
import { isS3Url } from '../ingest/remote/s3-location.ts';
import { createDamageLog } from '../logging/damage-log.ts';
import { createServerLogger, type LogFormat } from '../logging/server-logger.ts';
import { bindWarning } from '../security/bind-warning.ts';
import { isLoopbackAddress } from '../security/loopback-address.ts';
import type { LogdirSpecEntry } from '../ingest/logdir-spec.ts';
import { createSecurityLayer } from '../security/security-layer.ts';

export interface ServerRunOptions {
  logdir: string;
  /** --logdir_spec, parsed; `logdir` is then the spec as given. */
  logdirSpec?: readonly LogdirSpecEntry[];
  host: string;
  port: number;
  reloadIntervalSecs: number;
  /** Decode worker threads (--decode-workers); default one per core. */
  decodeWorkers?: number;
  /** The column cache's directory (--cache-dir); undefined: every point in memory. */
  cacheDir?: string;
  /** Cap on V8's heap growth past the live heap, in percent (--heap-growth, heap-growth.ts); undefined or 0:
   *  V8's own. */
  heapGrowthPercent?: number;
  /** Required token (--auth-token / TRAINBOARD_AUTH_TOKEN); none = open to whoever reaches the address. */
  authToken?: string;
  /** Origins allowed cross-origin (--cors-origin); default none. */
  corsOrigins?: string[];
  /** API requests per second per client address (--rate-limit); 0 = off; default 100. */
  rateLimitPerSec?: number;
  /** Where users reach us through a reverse proxy (--public-url); see security/origin-check.ts. */
  publicUrl?: string;
  /** Reverse-proxy peer addresses whose X-Forwarded-Host is believed (--trusted-proxy). */
  trustedProxies?: string[];
  /** Log lines on stderr: logfmt (default) or pino's JSON (--log-format). */
  logFormat?: LogFormat;
  /** Everything under this path (--path_prefix, normalised: `/a/b`); default none. */
  pathPrefix?: string;
  /** A PostgreSQL run store (--runstore postgres://...) read instead of <logdir>/trainboard.sqlite. */
  runStore?: string;
  /** Redis URL (--redis): pushes are shared with the other servers through Socket.IO's Redis streams adapter. */
  redis?: string;
  /** Arguments of `trainboard` for a training child process (e.g. ['train', 'fashion-mnist', ...]). */
  trainArgs?: string[];
  /** Resolves to stop the server (tests); default: SIGINT or SIGTERM. */
  stopSignal?: Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** One line describing why the logdir cannot be served, or undefined when it can. */
export function logdirProblem(logdir: string): string | undefined {
  if (isS3Url(logdir)) return undefined; // object storage: the watcher reports a bucket it cannot list
  let st;
  try {
    st = statSync(logdir);
  } catch {
    return `logdir '${logdir}' does not exist (create it, or point --logdir at a directory of event files)`;
  }
  if (!st.isDirectory()) return `logdir '${logdir}' is not a directory`;
  try {
    accessSync(logdir, constants.R_OK | constants.X_OK);
  } catch {
    return `logdir '${logdir}' is not readable`;
  }
  return undefined;
}

export async function runServer(o: ServerRunOptions, io: CommandIO): Promise<number> {
  const problem = o.logdirSpec
    ? o.logdirSpec.map((e) => logdirProblem(e.path)).find((p) => p !== undefined)
    : logdirProblem(o.logdir);
  if (problem) {
    io.stderr(`trainboard: ${problem}`);
    return 1;
  }
  if (o.heapGrowthPercent !== undefined) limitHeapGrowth(o.heapGrowthPercent);
  // the Host check is on whenever the address actually bound is loopback (`127.1`, `::1`, a name resolving to
  // 127.0.1.1 ...): decided from the spelling until listen answers, then from the bound address
  let loopback = isLoopbackAddress(o.host);
  const logger = createServerLogger({ write: (line) => io.stderr(line), format: o.logFormat ?? 'logfmt' });
  const rate = o.rateLimitPerSec ?? 100;
  // Signal handlers go in before the URL is printed: a SIGTERM right after it must stop us cleanly, not kill us.
  let removeHandlers = (): void => {};
  const stopped =
    o.stopSignal ??
    new Promise<void>((done) => {
      const stop = (): void => done();
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      removeHandlers = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      };
    });
  const app = createApp({
    logdir: o.logdir,
    ...(o.logdirSpec ? { logdirSpec: o.logdirSpec } : {}),
    reloadIntervalSecs: o.reloadIntervalSecs,
    ...(o.decodeWorkers === undefined ? {} : { decodeWorkers: o.decodeWorkers }),
    ...(o.cacheDir === undefined ? {} : { cacheDir: o.cacheDir }),
    ...(o.runStore === undefined ? {} : { runStore: o.runStore }),
    ...(o.redis === undefined ? {} : { redis: o.redis }),
    flags: { host: o.host, port: o.port, path_prefix: o.pathPrefix ?? '' },
    ...(o.pathPrefix ? { pathPrefix: o.pathPrefix } : {}),
    logger,
    security: createSecurityLayer({
      ...(o.authToken === undefined ? {} : { authToken: o.authToken }),
      corsOrigins: o.corsOrigins ?? [],
      ...(o.publicUrl === undefined ? {} : { publicUrl: o.publicUrl }),
      trustedProxies: o.trustedProxies ?? [],
      loopbackOnly: () => loopback,
      rateLimit: rate > 0 ? { perSecond: rate, burst: Math.max(10, rate * 10) } : false,
    }),
  });
  const damageLog = createDamageLog({ store: app.store, log: logger.child({ module: 'ingest' }) });
  try {
    await new Promise<void>((ok, fail) => {
      app.httpServer.once('error', fail);
      app.httpServer.listen(o.port, o.host, () => {
        app.httpServer.off('error', fail);
        ok();
      });
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE'
        ? `port ${o.port} on ${o.host} is already in use (stop the other server or pass --port)`
        : code === 'EACCES'
          ? `no permission to listen on ${o.host}:${o.port} (use a port above 1023)`
          : `cannot listen on ${o.host}:${o.port}: ${err instanceof Error ? err.message : String(err)}`;
    io.stderr(`trainboard: ${why}`);
    damageLog.close();
    await app.close();
    return 1;
  }
  const addr = app.httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const bound = typeof addr === 'object' && addr ? addr.address : o.host;
  loopback = isLoopbackAddress(bound);
  const shownHost = o.host.includes(':') ? `[${o.host}]` : o.host;
  const tokenQuery = o.authToken === undefined ? '' : `?token=${encodeURIComponent(o.authToken)}`;
  io.stdout(
    `trainboard: serving ${isS3Url(o.logdir) || o.logdirSpec ? o.logdir : resolve(o.logdir)} at http://${shownHost}:${port}${o.pathPrefix ?? ''}/${tokenQuery} (Ctrl+C to stop)`,
  );
  const shownBind = bound === o.host ? o.host : `${o.host} (${bound})`;
  for (const line of bindWarning(loopback ? bound : shownBind, port, o.authToken !== undefined))
    io.stderr(line);

  let child: ChildProcess | undefined;
  if (o.trainArgs) {
    child = spawn(process.execPath, [join(repoRoot, 'bin', 'trainboard.js'), ...o.trainArgs], {
      stdio: ['ignore', 'inherit', 'inherit'],
      ...(o.runStore === undefined ? {} : { env: { ...process.env, TRAINBOARD_RUNSTORE: o.runStore } }),
    });
    io.stdout(`trainboard: started a live training (pid ${child.pid}): trainboard ${o.trainArgs.join(' ')}`);
    child.on('error', (err) => io.stderr(`trainboard: the training process failed to start: ${err.message}`));
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null)
        io.stderr(`trainboard: the training process exited with code ${code}`);
      child = undefined;
    });
  }

  await stopped;
  removeHandlers();
  if (child?.pid !== undefined) {
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  damageLog.close();
  await app.close();
  return 0;
}
