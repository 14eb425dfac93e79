// Keeps the series store current from an `s3://bucket/prefix` logdir, behind the same LogdirWatcher interface as
// a local logdir: each poll makes ONE paginated listing, then tails only the objects whose size or ETag changed,
// with ranged GETs from their last offset, through the same interpreter as local files. Invariants: a failing
// listing or GET never stops the server (what was read stays served, the next poll retries); each problem is
// logged or reported once with its file; polls never overlap; requests and bytes are counted for /api/health.
import { undecodable, type DamagedRecord } from '../../../tfevents/event-stream-reader.ts';
import { createRunInterpreter, type RunInterpreter } from '../../../tfevents/event-interpreter.ts';
import type { SeriesStore } from '../../store/series-store.ts';
import type { LogdirWatcher } from '../logdir-watcher.ts';
import { applyRestartRule } from '../restart-rule.ts';
import { createS3ReadClient, type S3ReadClient } from './s3-client.ts';
import { parseS3Url, type S3Location } from './s3-location.ts';
import { listRemoteRuns, type RemoteRunFile } from './s3-logdir-lister.ts';
import { createS3ObjectTailer, type S3ObjectTailer, type TailedRecord } from './s3-object-tailer.ts';
import { createS3RequestMeter, type S3ReadStats, type S3RequestMeter } from './s3-request-meter.ts';
import { silentLogger, type ModuleLog } from '../../logging/server-logger.ts';

export interface S3LogdirWatcherOptions {
  /** `s3://bucket/prefix`. */
  logdir: string;
  store: SeriesStore;
  /** Seconds between polls (TensorBoard's --reload_interval); 0 = read once. Default 5. */
  reloadIntervalSecs?: number;
  /** The S3 client (default: the AWS SDK configured from the environment, counting into `meter`). */
  client?: S3ReadClient;
  meter?: S3RequestMeter;
  /** The ingest module's logger; default silent. */
  log?: ModuleLog;
}

export interface RemoteReadStats extends S3ReadStats {
  logdir: string;
  pollIntervalSecs: number;
  polls: number;
  /** The last listing's error, until a listing succeeds again. */
  lastError: string | null;
}

export interface S3LogdirWatcher extends LogdirWatcher {
  /** For /api/health: the polling interval, requests per minute, bytes read. */
  readStats(): RemoteReadStats;
}

interface FileState {
  tailer: S3ObjectTailer;
  rel: string;
  seenTags: Set<string>;
  replaced: boolean;
  failing: boolean;
}

interface RunState {
  interpreter: RunInterpreter;
  files: Map<string, FileState>;
}

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function createS3LogdirWatcher(opts: S3LogdirWatcherOptions): S3LogdirWatcher {
  const loc: S3Location = parseS3Url(opts.logdir);
  const { store } = opts;
  const log = opts.log ?? silentLogger;
  const reloadSecs = opts.reloadIntervalSecs ?? 5;
  const meter = opts.meter ?? createS3RequestMeter();
  const ownClient = opts.client === undefined;
  const client = opts.client ?? createS3ReadClient({ meter });
  const runs = new Map<string, RunState>();
  let present = false;
  let closed = false;
  let polls = 0;
  let lastError: string | null = null;
  let records = 0;
  let polling: Promise<void> | undefined;
  let again = false;

  /** Feeds one tailed record into the store; a replaced object going back in steps purges (restart-rule.ts). */
  function feed(run: string, state: RunState, f: FileState, r: TailedRecord): void {
    const damage = (d: DamagedRecord): void => store.reportDamage(run, d);
    if (r.kind === 'fatal' || r.kind === 'corrupt') {
      damage({
        file: f.rel,
        offset: r.offset,
        reason: r.reason,
        message: `${loc.url}/${f.rel}: ${r.message}`,
      });
      return;
    }
    try {
      const data = state.interpreter.interpretPayloadData(r.payload);
      if (f.replaced) applyRestartRule(store, run, f.rel, f.seenTags, data);
      store.applyData(run, data, state.interpreter.tags());
      records++;
    } catch (err) {
      damage(undecodable(f.rel, r.offset, err));
    }
  }

  async function syncFile(run: string, state: RunState, info: RemoteRunFile): Promise<void> {
    let f = state.files.get(info.key);
    if (!f) {
      const tailer = createS3ObjectTailer(client, loc.bucket, info.key);
      f = { tailer, rel: info.rel, seenTags: new Set(), replaced: false, failing: false };
      state.files.set(info.key, f);
    }
    const file = f;
    try {
      await file.tailer.sync(info, {
        onRecord: (r) => feed(run, state, file, r),
        onReplaced() {
          // read again as a replaced file: its first points purge what the old version left from their step on
          file.seenTags.clear();
          file.replaced = true;
          log.info(
            { run, file: info.rel, logdir: loc.url },
            'object was replaced; reading it again from byte 0',
          );
        },
      });
      file.failing = false;
    } catch (err) {
      if (!file.failing) {
        const message = `${loc.url}/${info.rel}: cannot read from byte ${file.tailer.offset}: ${describe(err)}`;
        store.reportDamage(run, {
          file: info.rel,
          offset: file.tailer.offset,
          reason: 'unreadable',
          message,
        });
      }
      file.failing = true;
    }
  }

  async function pollOnce(): Promise<void> {
    polls++;
    let listed;
    try {
      listed = await listRemoteRuns(client, loc);
    } catch (err) {
      // the error names what failed, so /api/health and the UI say which bucket and prefix could not be listed
      const message = `cannot list ${loc.url}: ${describe(err)}`;
      if (lastError !== message)
        log.warn(
          { logdir: loc.url, error: message },
          'cannot list the bucket; serving what was read, retrying',
        );
      lastError = message;
      present = false;
      return;
    }
    lastError = null;
    present = true;
    const found = new Set<string>();
    for (const r of listed) {
      found.add(r.run);
      let state = runs.get(r.run);
      if (!state) {
        state = { interpreter: createRunInterpreter(), files: new Map() };
        runs.set(r.run, state);
        store.ensureRun(r.run);
      }
      store.setRunPresent(r.run, true);
      store.setRunFiles(r.run, r.files.length);
      for (const info of r.files) {
        if (closed) return;
        await syncFile(r.run, state, info);
      }
    }
    for (const run of runs.keys()) if (!found.has(run)) store.setRunPresent(run, false);
  }

  function schedule(): Promise<void> {
    if (closed) return Promise.resolve();
    if (polling) {
      again = true;
      return polling;
    }
    polling = (async () => {
      do {
        again = false;
        await pollOnce();
      } while (again && !closed);
    })()
      .catch((err: unknown) => log.error({ logdir: loc.url, error: describe(err) }, 'poll failed'))
      .finally(() => {
        polling = undefined;
      });
    return polling;
  }

  const first = schedule();
  let timer: NodeJS.Timeout | undefined;
  if (reloadSecs > 0) {
    timer = setInterval(() => void schedule(), reloadSecs * 1000);
    timer.unref();
  }

  return {
    ready: () => first,
    async refresh() {
      await polling;
      await schedule();
    },
    logdirPresent: () => present,
    counters() {
      let files = 0;
      for (const s of runs.values()) files += s.files.size;
      return { files, records };
    },
    readStats: () => ({
      ...meter.stats(),
      logdir: loc.url,
      pollIntervalSecs: reloadSecs,
      polls,
      lastError,
    }),
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      if (ownClient) client.destroy();
    },
  };
}
