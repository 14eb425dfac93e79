// The server factory: createApp(deps) wires the logdir watcher, series store, run store, TensorBoard /data
// routes, our /api routes, the static client and the Socket.IO hub, and returns { httpServer, io, close() }.
// It never listens and reads no flags or environment: the CLI (or a test) does that.
import express from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import { Server } from 'socket.io';
import type { ApiHealthResponse, ClientToServerEvents, ServerToClientEvents } from '../contract/index.ts';
import { createApiRouter } from './api/api-router.ts';
import { errorMiddleware, notFoundHandler } from './http/http-error.ts';
import { pathPrefixMiddleware } from './http/path-prefix.ts';
import { createLogdirWatcher, type LogdirWatcher } from './ingest/logdir-watcher.ts';
import { createServerLogger, type ServerLogger } from './logging/server-logger.ts';
import { isS3Url } from './ingest/remote/s3-location.ts';
import { combineLogdirWatchers, storeForSpecEntry, type LogdirSpecEntry } from './ingest/logdir-spec.ts';
import { createS3LogdirWatcher } from './ingest/remote/s3-logdir-watcher.ts';
import { createWalkOrder } from './ingest/walk-order.ts';
import { attachRedisFanout } from './live/redis-fanout.ts';
import { createSocketHub, type SocketHub } from './live/socket-hub.ts';
import type { SubscriptionBudget } from './live/subscription-registry.ts';
import { createCoreRouter } from './plugins/core/core-router.ts';
import { createPluginRouter } from './plugins/plugin-registry.ts';
import { isPostgresUrl } from '../runstore/postgres/postgres-url.ts';
import { lazyPostgresRunAnnotationStore } from '../runstore/postgres/run-annotations-postgres.ts';
import { openSqliteRunAnnotationStore, type RunAnnotationStore } from '../runstore/run-annotations.ts';
import { RUN_STORE_FILE } from '../runstore/run-store.ts';
import { createRunAnnotationPush } from './runs/run-annotation-push.ts';
import { createRunAnnotationRoutes } from './runs/run-annotation-routes.ts';
import { createRunStoreLoader } from './sessions/run-store-loader.ts';
import { refreshedValue } from './runtime/refreshed-value.ts';
import { createSliceClock } from './runtime/turn-scheduler.ts';
import { attachListingVersions } from './http/listing-cache.ts';
import { createPostgresSessionLoader } from './sessions/postgres-session-loader.ts';
import { createSessionCatalog, type SessionSource } from './sessions/session-catalog.ts';
import { createSessionWatcher } from './sessions/session-watcher.ts';
import { createClientStaticRouter } from './static/client-static.ts';
import { openColumnCache, type ColumnCache } from './store/column-cache/column-cache.ts';
import { createSeriesStore, type SeriesStore } from './store/series-store.ts';
import type { AppSecurity } from './security/security-layer.ts';

/** How long an idle keep-alive connection is kept (longer than any proxy's or client pool's idle time). */
export const KEEP_ALIVE_MS = 65_000;
export const TRAINBOARD_VERSION = '0.1.0';
// <package>/dist/client, from the sources (server/) and from the compiled code (dist/server/) alike.
const BUILT_CLIENT_DIR = resolve(
  import.meta.dirname,
  '..',
  basename(dirname(import.meta.dirname)) === 'dist' ? '.' : 'dist',
  'client',
);

export interface AppDeps {
  logdir: string;
  /** TensorBoard's --logdir_spec, parsed (server/ingest/logdir-spec.ts): read instead of `logdir`, shown as it. */
  logdirSpec?: readonly LogdirSpecEntry[];
  /** Seconds between rescans (TensorBoard's --reload_interval); 0 = load once. Default 5. */
  reloadIntervalSecs?: number;
  /** fs.watch notifications (default true). */
  watch?: boolean;
  /** Worker threads decoding large backlogs of event files (default os.availableParallelism(); 0 = none). */
  decodeWorkers?: number;
  /**
   * Directory of the column cache (server/store/column-cache/): full-resolution scalar series on disk, memory
   * bounded. Absent: every point in memory. The CLI passes $XDG_CACHE_HOME/trainboard/<hash> unless --cache-dir none.
   */
  cacheDir?: string;
  /** Bytes of decoded cache blocks kept in memory (default 64 MiB). */
  cacheLruBytes?: number;
  /** Directory of the built client; default <repo>/dist/client. */
  clientDir?: string;
  /** Sessions source; default: <logdir>/trainboard.sqlite through runstore, when present. */
  sessionSource?: () => SessionSource | undefined;
  /** The run store read instead of <logdir>/trainboard.sqlite (--runstore): a PostgreSQL URL (postgres://...)
   *  or the absolute path of a SQLite file (runstore/run-store-target.ts). */
  runStore?: string;
  /** Redis URL (--redis): io.emit reaches the clients of every server sharing it (server/live/redis-fanout.ts). */
  redis?: string;
  /** Push batch interval (ms), default 50. */
  pushIntervalMs?: number;
  /** Packets queued for a client above which its pushes are dropped, default 100. */
  maxBufferedPackets?: number;
  /** Bytes queued for a client above which its pushes are dropped, default 16 MiB. */
  maxSendBufferBytes?: number;
  /** Caps on what one Socket.IO client may follow (runs, series, bytes of names). */
  subscriptionBudget?: Partial<SubscriptionBudget>;
  /** Flags shown in /data/environment. */
  flags?: Record<string, unknown>;
  /** The structured logger (server/logging); a pino logger fits. Default: logfmt lines to `log`, else stderr. */
  logger?: ServerLogger;
  /** Compatibility sink for embedders: receives each event as one logfmt line (ignored when `logger` is set). */
  log?: (line: string) => void;
  /** Auth, headers/CSP, CORS, origin checks and limits (server/security); applied before everything else. */
  security?: AppSecurity;
  /** Run annotations (pin, hide, rename, ...); default: <logdir>/trainboard.sqlite for a local logdir, none
   *  (the routes answer 404) for s3:// and --logdir_spec. The app closes it. */
  runAnnotations?: RunAnnotationStore;
  /** TensorBoard's --path_prefix, normalised (http/path-prefix.ts): '' or `/a/b`; Socket.IO at <prefix>/socket.io. */
  pathPrefix?: string;
}

export interface App {
  httpServer: HttpServer;
  io: Server<ClientToServerEvents, ServerToClientEvents>;
  store: SeriesStore;
  watcher: LogdirWatcher;
  hub: SocketHub;
  /** Resolves when the first read of the logdir is complete. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function createApp(deps: AppDeps): App {
  const logger = deps.logger ?? createServerLogger(deps.log ? { write: deps.log } : {});
  const ingestLog = logger.child({ module: 'ingest' });
  const remote = isS3Url(deps.logdir);
  const logdir = remote || deps.logdirSpec ? deps.logdir : resolve(deps.logdir);
  const startedAt = Date.now();
  const columnCache = deps.cacheDir === undefined ? undefined : openCacheOrMemory(deps.cacheDir);

  /** The column cache, or none (every point in memory) when its directory cannot be made or written. */
  function openCacheOrMemory(dir: string): ColumnCache | undefined {
    try {
      return openColumnCache(dir, {
        logdir,
        log: ingestLog,
        ...(deps.cacheLruBytes === undefined ? {} : { lruBytes: deps.cacheLruBytes }),
      });
    } catch (err) {
      ingestLog.warn(
        { dir, error: err instanceof Error ? err.message : String(err) },
        'cannot use the column cache: every scalar point is kept in memory (pick another with --cache-dir)',
      );
      return undefined;
    }
  }
  // TensorBoard's run order (its logdir walk) for the /data/plugin routes; remote and several logdirs: by name
  const walkOrder = remote || deps.logdirSpec ? undefined : createWalkOrder(logdir);
  const tensorboardOrder =
    walkOrder && ((runs: readonly string[], changed: readonly string[]) => walkOrder.sort(runs, changed));
  const store = createSeriesStore({
    logdir: deps.logdir,
    ...(columnCache ? { columnCache } : {}),
    ...(tensorboardOrder ? { tensorboardOrder } : {}),
  });
  const reloadIntervalSecs = deps.reloadIntervalSecs ?? 5;
  const s3Watcher =
    remote && !deps.logdirSpec
      ? createS3LogdirWatcher({ logdir, store, reloadIntervalSecs, log: ingestLog })
      : undefined;
  const watchLogdir = (dir: string, into: SeriesStore): LogdirWatcher =>
    isS3Url(dir)
      ? createS3LogdirWatcher({ logdir: dir, store: into, reloadIntervalSecs, log: ingestLog })
      : createLogdirWatcher({
          logdir: resolve(dir),
          store: into,
          reloadIntervalSecs,
          watch: deps.watch ?? true,
          ...(deps.decodeWorkers === undefined ? {} : { decodeWorkers: deps.decodeWorkers }),
          log: ingestLog,
        });
  const watcher = deps.logdirSpec
    ? combineLogdirWatchers(deps.logdirSpec.map((e) => watchLogdir(e.path, storeForSpecEntry(store, e))))
    : (s3Watcher ?? watchLogdir(logdir, store));
  // the directories TensorBoard's run order needs, read off the event loop once the first read found the runs
  // (else the first /data/plugin request reads them all in its own turn)
  if (walkOrder)
    void watcher
      .ready()
      .then(() => walkOrder.warm(store.runs().map((r) => r.name)))
      .catch(() => {});
  const postgresRunStore =
    deps.runStore !== undefined && isPostgresUrl(deps.runStore) ? deps.runStore : undefined;
  // a SQLite file elsewhere than the logdir (--runstore /path/file.sqlite): read as <logdir>/trainboard.sqlite is
  const sqliteRunStore = postgresRunStore === undefined ? deps.runStore : undefined;
  const loader = deps.sessionSource
    ? undefined
    : postgresRunStore !== undefined
      ? createPostgresSessionLoader({ url: postgresRunStore, log: logger.child({ module: 'sessions' }) })
      : sqliteRunStore === undefined && (remote || deps.logdirSpec)
        ? undefined
        : createRunStoreLoader({
            logdir,
            ...(sqliteRunStore === undefined ? {} : { file: sqliteRunStore }),
            log: logger.child({ module: 'sessions' }),
          });
  const sessionSource = deps.sessionSource ?? (() => loader?.current());
  const sessions = createSessionCatalog({ provider: store, source: sessionSource });
  const stopListingVersions = attachListingVersions(store);
  // run annotations live in the run store: PostgreSQL when --runstore names one (shared by every server), the
  // SQLite file it names, else <logdir>/trainboard.sqlite
  const annotations =
    deps.runAnnotations ??
    (postgresRunStore !== undefined
      ? lazyPostgresRunAnnotationStore(postgresRunStore)
      : sqliteRunStore !== undefined
        ? openSqliteRunAnnotationStore(sqliteRunStore)
        : remote || deps.logdirSpec
          ? undefined
          : openSqliteRunAnnotationStore(join(logdir, RUN_STORE_FILE)));

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple'); // repeated keys become arrays; no nested objects from brackets
  const pathPrefix = deps.pathPrefix ?? '';
  if (pathPrefix) app.use(pathPrefixMiddleware(pathPrefix));
  if (deps.security) app.use(deps.security.http);
  const httpServer = createServer(app);
  // An idle keep-alive connection outlives a proxy's (nginx upstream keepalive_timeout and AWS ALB: 60 s) and a
  // client pool's idle time (undici: 4 s), so the server never closes a connection just as a client reuses it:
  // the client's POST would fail ("other side closed"), not be retried. Headers must still arrive in time.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1000;
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 1e6,
    path: `${pathPrefix}/socket.io`,
    ...(deps.security ? { allowRequest: deps.security.allowRequest } : {}),
  });
  if (deps.security) io.use(deps.security.socketMiddleware);
  if (deps.security?.engine) io.engine.use(deps.security.engine);
  const fanout =
    deps.redis === undefined
      ? undefined
      : attachRedisFanout(io, { url: deps.redis, log: logger.child({ module: 'hub' }) });

  // the session watcher publishes typed session changes; the hub pushes the ids changed since its last check
  const sessionWatcher = createSessionWatcher({
    catalog: sessions,
    ...(loader ? { runStore: loader } : {}),
    log: logger.child({ module: 'sessions' }),
  });
  const changedSessions = new Set<string>();
  sessionWatcher.subscribe((changes) => changes.forEach((c) => changedSessions.add(c.id)));
  // the store publishes runs and tags as they appear or vanish; the session list is recomputed from them
  store.subscribe((c) => {
    if (c.kind === 'run-added' || c.kind === 'run-removed' || c.kind === 'tags-added')
      sessionWatcher.runsChanged();
  });
  const sessionChanges = (): string[] => {
    const ids = [...changedSessions];
    changedSessions.clear();
    return ids;
  };
  const hub = createSocketHub({
    io,
    store,
    intervalMs: deps.pushIntervalMs ?? 50,
    maxBufferedPackets: deps.maxBufferedPackets ?? 100,
    ...(deps.maxSendBufferBytes === undefined ? {} : { maxSendBufferBytes: deps.maxSendBufferBytes }),
    ...(deps.subscriptionBudget ? { subscriptionBudget: deps.subscriptionBudget } : {}),
    sessionChanges,
    log: logger.child({ module: 'hub' }),
  });

  // walks over every run and ingestor, at most twice a second (a flood of health checks on 10,000 runs)
  // in slices after the first (each walk of 10,000 runs was 10-26 ms in one turn, twice a second)
  const aggregates = refreshedValue(
    500,
    () => ({ scalarBytes: store.totals().scalarBytes, ...watcher.counters() }),
    async () => {
      let scalarBytes = 0;
      const clock = createSliceClock();
      for (const r of store.runs()) {
        scalarBytes += store.scalarBytesOf(r.name);
        if (clock.due()) await clock.yield();
      }
      return {
        scalarBytes,
        ...(watcher.countersSliced ? await watcher.countersSliced() : watcher.counters()),
      };
    },
  );
  const health = (): ApiHealthResponse => {
    const t = store.counts();
    const c = aggregates();
    const mem = process.memoryUsage();
    return {
      ok: true,
      version: TRAINBOARD_VERSION,
      logdir,
      logdirPresent: watcher.logdirPresent(),
      uptimeSecs: (Date.now() - startedAt) / 1000,
      counters: {
        files: c.files,
        records: c.records,
        damagedRecords: t.damaged,
        runs: t.runs,
        tags: t.tags,
        points: t.points,
        clients: hub.clients(),
        droppedPushes: hub.droppedPushes(),
        restarts: t.restarts,
      },
      memory: {
        rssBytes: mem.rss,
        heapUsedBytes: mem.heapUsed,
        bytesPerScalarPoint: t.points > 0 ? c.scalarBytes / t.points : 0,
      },
      ...(loader ? { runStore: loader.health() } : {}),
      ...(s3Watcher ? { remote: s3Watcher.readStats() } : {}),
      ...(fanout ? { redis: fanout.health() } : {}),
    };
  };

  const flags = { logdir: deps.logdir, reload_interval: deps.reloadIntervalSecs ?? 5, ...deps.flags };
  const data = express.Router();
  data.use(createCoreRouter({ provider: store, flags, version: TRAINBOARD_VERSION }));
  data.use(createPluginRouter({ provider: store, log: logger.child({ module: 'plugins' }) }));
  data.use(notFoundHandler);
  app.use('/data', data);
  app.use('/experiment/:eid/data', data);
  app.use(
    '/api',
    createRunAnnotationRoutes({
      annotations,
      ...(annotations
        ? {}
        : {
            unavailableReason: `run management needs a run store: ${deps.logdir} is ${remote ? 'an object-storage logdir' : 'several logdirs'}; start the server with --runstore (a SQLite file or postgres://)`,
          }),
      hasRun: (run) => store.run(run) !== undefined,
      publish: createRunAnnotationPush(io),
    }),
  );
  app.use('/api', createApiRouter({ provider: store, sessions, health }));
  app.use(createClientStaticRouter(deps.clientDir ?? BUILT_CLIENT_DIR));
  app.use(notFoundHandler);
  app.use(errorMiddleware(logger.child({ module: 'http' })));

  return {
    httpServer,
    io,
    store,
    watcher,
    hub,
    ready: () => watcher.ready(),
    async close() {
      stopListingVersions();
      try {
        // taken before the watcher closes its ingestors (their state goes into the manifest), written after
        await store.checkpoint();
      } catch (err) {
        ingestLog.warn(
          { error: err instanceof Error ? err.message : String(err) },
          'column cache: the last checkpoint failed (the next start reads the event files again)',
        );
      }
      hub.close();
      sessionWatcher.close();
      watcher.close();
      try {
        await io.close(); // also closes httpServer
      } catch {
        // the HTTP server was never listening: nothing to close
      }
      loader?.close();
      await annotations?.close();
      await fanout?.close();
      await columnCache?.close(); // last: nothing reads or appends once the watcher and the server are closed
    },
  };
}
