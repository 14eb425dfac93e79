// The flags shared by serve, start and demo: --logdir (or TensorBoard's --logdir_spec), --host, --port,
// --reload_interval (TensorBoard's spelling; --reload-interval too), --cache-dir, --heap-growth, --path_prefix, --runstore and --redis
// (several servers behind one URL), validated into ServerRunOptions.
import { resolve } from 'node:path';
import { UsageError } from '../../cli/command.ts';
import { numberFlag, parseFlags } from '../../cli/parse-flags.ts';
import { normalizePathPrefix } from '../http/path-prefix.ts';
import { parseLogdirSpec, type LogdirSpecEntry } from '../ingest/logdir-spec.ts';
import { parseRunStoreTarget, runStoreLocation } from '../../runstore/run-store-target.ts';
import { defaultCacheDir } from '../store/column-cache/column-cache.ts';
import { DEFAULT_HEAP_GROWTH_PERCENT } from './heap-growth.ts';
import type { ServerRunOptions } from './server-runner.ts';

export const SERVE_FLAGS_HELP = `  --logdir DIR             directory of runs (event files, nested; or s3://bucket/prefix); required for serve
  --logdir_spec SPEC       several logdirs instead, TensorBoard's name:path,... (local and s3:// mixed; runs
                           of a named one are prefixed name/)
  --host HOST              address to bind (default 127.0.0.1; anything else exposes your logs)
  --port N                 port (default 6006; 0 picks a free one)
  --reload_interval SECS   rescan period, the polling fallback of file notifications (default 5; 0 = load once)
  --decode-workers N       worker threads decoding large backlogs of event files (default: one per core; 0 = none)
  --cache-dir DIR          where full-resolution scalar series live on disk, so memory does not grow with points
                           (default $XDG_CACHE_HOME/trainboard/<hash of the logdir>, else ~/.cache/...; safe to
                           delete at any time; 'none' keeps every point in memory)
  --heap-growth PERCENT    how far V8's heap may grow past what the server holds before it collects garbage
                           (default 50, never under 128 MiB; 0 = V8's own, up to 300; ignored when
                           NODE_OPTIONS sizes the heap)
  --path_prefix PATH       serve everything under PATH (e.g. /tb: the dashboard at /tb/), as TensorBoard does
  --auth-token TOKEN       require this token (HTTP and Socket.IO); or set TRAINBOARD_AUTH_TOKEN; open the
                           printed URL (?token=...) once in the browser, API callers send Authorization: Bearer
  --cors-origin ORIGINS    comma-separated origins allowed cross-origin (default: none, CORS off)
  --rate-limit N           API requests per second per client address (default 100, bursts of 1000; 0 = off)
  --public-url URL         where users reach this server through a reverse proxy (https://host/prefix): pages
                           from that origin may POST and open sockets, and its host passes the loopback check
  --trusted-proxy ADDRS    comma-separated proxy addresses (e.g. 127.0.0.1) whose X-Forwarded-Host is taken as
                           the host the browser used (default: none; X-Forwarded-Host is ignored)
  --log-format FORMAT      log lines on stderr: logfmt (default) or json (pino's JSON lines)
  --runstore TARGET        read sessions and run annotations from PostgreSQL (postgres://user:pass@host:5432/db)
                           or a SQLite file elsewhere (sqlite:///abs/file.sqlite or a path) instead of
                           <logdir>/trainboard.sqlite; or set TRAINBOARD_RUNSTORE (trainers use the same)
  --redis URL              share live pushes with the other servers of this logdir through Redis
                           (redis://host:6379): Socket.IO's Redis streams adapter`;

export function parseServeFlags(
  args: string[],
  defaults: { logdir?: string },
  extra: Record<string, { type: 'string' | 'boolean' }> = {},
): { options: Omit<ServerRunOptions, 'trainArgs'>; values: Record<string, string | boolean | undefined> } {
  const { values } = parseFlags(args, {
    logdir: { type: 'string' },
    logdir_spec: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    reload_interval: { type: 'string' },
    'reload-interval': { type: 'string' },
    'decode-workers': { type: 'string' },
    'cache-dir': { type: 'string' },
    'heap-growth': { type: 'string' },
    'auth-token': { type: 'string' },
    'cors-origin': { type: 'string' },
    'rate-limit': { type: 'string' },
    'public-url': { type: 'string' },
    'trusted-proxy': { type: 'string' },
    'log-format': { type: 'string' },
    path_prefix: { type: 'string' },
    runstore: { type: 'string' },
    redis: { type: 'string' },
    ...extra,
  });
  const v = values as Record<string, string | boolean | undefined>;
  const spec = v.logdir_spec as string | undefined;
  if (spec !== undefined && v.logdir !== undefined)
    throw new UsageError('--logdir and --logdir_spec cannot both be given');
  let logdirSpec: LogdirSpecEntry[] | undefined;
  if (spec !== undefined) {
    try {
      logdirSpec = parseLogdirSpec(spec);
    } catch (err) {
      throw new UsageError(err instanceof Error ? err.message : String(err));
    }
  }
  const logdir = spec ?? (v.logdir as string | undefined) ?? defaults.logdir;
  if (!logdir) throw new UsageError('--logdir DIR is required');
  const port = numberFlag('port', v.port as string | undefined, { integer: true, min: 0 }) ?? 6006;
  if (port > 65535) throw new UsageError(`--port must be <= 65535, got '${String(v.port)}'`);
  const reload =
    numberFlag('reload_interval', (v.reload_interval ?? v['reload-interval']) as string | undefined, {
      min: 0,
    }) ?? 5;
  const decodeWorkers = numberFlag('decode-workers', v['decode-workers'] as string | undefined, {
    integer: true,
    min: 0,
  });
  const cacheFlag = v['cache-dir'] as string | undefined;
  if (cacheFlag !== undefined && cacheFlag.trim() === '')
    throw new UsageError("--cache-dir wants a directory or 'none'");
  const cacheDir =
    cacheFlag === 'none' ? undefined : cacheFlag !== undefined ? resolve(cacheFlag) : defaultCacheDir(logdir);
  const heapGrowthPercent =
    numberFlag('heap-growth', v['heap-growth'] as string | undefined, { integer: true, min: 0 }) ??
    DEFAULT_HEAP_GROWTH_PERCENT;
  const host = (v.host as string | undefined) ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty');
  const authToken =
    (v['auth-token'] as string | undefined) ?? (process.env.TRAINBOARD_AUTH_TOKEN || undefined);
  if (authToken !== undefined && authToken.trim().length < 8)
    throw new UsageError('--auth-token (or TRAINBOARD_AUTH_TOKEN) must be at least 8 characters');
  const corsOrigins = ((v['cors-origin'] as string | undefined) ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  for (const o of corsOrigins)
    if (!/^https?:\/\/[^/\s]+$/.test(o))
      throw new UsageError(`--cors-origin wants origins like https://host:port, got '${o}'`);
  const publicUrl = v['public-url'] as string | undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl))
    throw new UsageError(`--public-url wants a URL like https://host[:port][/prefix], got '${publicUrl}'`);
  const trustedProxies = ((v['trusted-proxy'] as string | undefined) ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
  for (const a of trustedProxies)
    if (!/^[0-9a-fA-F.:]+$/.test(a))
      throw new UsageError(`--trusted-proxy wants IP addresses like 127.0.0.1, got '${a}'`);
  const logFormat = (v['log-format'] as string | undefined) ?? 'logfmt';
  if (logFormat !== 'logfmt' && logFormat !== 'json')
    throw new UsageError(`--log-format wants logfmt or json, got '${logFormat}'`);
  let pathPrefix = '';
  try {
    pathPrefix = normalizePathPrefix((v.path_prefix as string | undefined) ?? '');
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const rateLimit = numberFlag('rate-limit', v['rate-limit'] as string | undefined, { min: 0 }) ?? 100;
  const runStoreText = (v.runstore as string | undefined) ?? (process.env.TRAINBOARD_RUNSTORE || undefined);
  let runStore: string | undefined;
  try {
    runStore = runStoreText === undefined ? undefined : runStoreLocation(parseRunStoreTarget(runStoreText));
  } catch (err) {
    throw new UsageError(
      `--runstore (or TRAINBOARD_RUNSTORE): ${err instanceof Error ? err.message : String(err)} (SQLite is the default: <logdir>/trainboard.sqlite)`,
    );
  }
  const redis = v.redis as string | undefined;
  if (redis !== undefined && !/^rediss?:\/\/\S+$/i.test(redis))
    throw new UsageError(`--redis wants a URL like redis://host:6379, got '${redis}'`);
  return {
    options: {
      logdir,
      ...(logdirSpec ? { logdirSpec } : {}),
      host,
      port,
      reloadIntervalSecs: reload,
      ...(decodeWorkers === undefined ? {} : { decodeWorkers }),
      ...(cacheDir === undefined ? {} : { cacheDir }),
      heapGrowthPercent,
      ...(authToken === undefined ? {} : { authToken: authToken.trim() }),
      corsOrigins,
      rateLimitPerSec: rateLimit,
      ...(publicUrl === undefined ? {} : { publicUrl }),
      trustedProxies,
      logFormat,
      ...(pathPrefix ? { pathPrefix } : {}),
      ...(runStore === undefined ? {} : { runStore }),
      ...(redis === undefined ? {} : { redis }),
    },
    values: v,
  };
}
