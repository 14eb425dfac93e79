// One training session's lifecycle outside the event files: its directory, its row in the run store, a
// heartbeat every few seconds, and SIGINT/SIGTERM handling (flush and close event files, mark `stopped`,
// exit). Store failures are reported and never stop training. The store is <logdir>/trainboard.sqlite, or
// the run store named by `runStore` / TRAINBOARD_RUNSTORE (a postgres:// URL: trainers on any machine; or a
// SQLite file elsewhere, runstore/run-store-target.ts).
import * as tf from '@tensorflow/tfjs';
import { hostname } from 'node:os';
import { RUN_STORE_FILE, type HParams } from '../../runstore/run-store.ts';
import { parseRunStoreTarget, runStoreLocation } from '../../runstore/run-store-target.ts';
import { openSessionStoreWriter, type SessionStoreWriter } from '../../runstore/session-store-writer.ts';
import { isRemoteLogPath, joinLogPath } from '../../tfevents/node/summary-writer-factory.ts';
import { resolveLogs } from '../callbacks/resolved-logs.ts';
import { summariseModel } from '../models/layer-summary.ts';

export interface TrainingSessionOptions {
  logdir: string;
  /** Session directory relative to the logdir ('/'-separated). */
  id: string;
  task: string;
  backend: string;
  /** Why this backend was chosen (stored with the session). */
  backendReason?: string;
  hparams: HParams;
  /** Run store: a postgres:// URL or a SQLite file; default env TRAINBOARD_RUNSTORE, else <logdir>/trainboard.sqlite. */
  runStore?: string;
  /** Heartbeat period; default 2000 ms (env TRAINBOARD_HEARTBEAT_MS). */
  heartbeatMs?: number;
  warn: (line: string) => void;
}

export interface TrainingSession {
  readonly id: string;
  readonly dir: string;
  setModel(model: tf.LayersModel): void;
  recordEpoch(epoch: number, logs: Record<string, number>): void;
  setFinalMetrics(metrics: Record<string, number>): void;
  /** A callback that records every epoch's logs in the store. */
  storeCallback(): tf.Callback;
  /** Runs `fn` (synchronously) when a signal stops the process, before the row is marked stopped. */
  onStop(fn: () => void): void;
  finish(status: 'finished' | 'failed' | 'stopped', error?: string): void;
}

/** Run store writes (PostgreSQL) queued at most before an epoch end waits for them. */
const MAX_QUEUED_WRITES = 32;

export function heartbeatMsFromEnv(): number {
  const v = Number(process.env.TRAINBOARD_HEARTBEAT_MS);
  return Number.isFinite(v) && v > 0 ? v : 2000;
}

/** Object-storage logdirs already told they keep no session record (see createTrainingSession). */
const remoteLogdirsWarned = new Set<string>();

export function createTrainingSession(opts: TrainingSessionOptions): TrainingSession {
  const dir = joinLogPath(opts.logdir, ...opts.id.split('/'));
  const chosenText = opts.runStore ?? (process.env.TRAINBOARD_RUNSTORE || undefined);
  let chosen: string | undefined;
  let badTarget: string | undefined;
  try {
    // a postgres:// URL, or a SQLite file (sqlite:///abs/file.sqlite or a path), as `trainboard serve --runstore`
    chosen = chosenText === undefined ? undefined : runStoreLocation(parseRunStoreTarget(chosenText));
  } catch (err) {
    badTarget = err instanceof Error ? err.message : String(err);
  }
  const storeFile = chosen ?? joinLogPath(opts.logdir, RUN_STORE_FILE);
  let store: SessionStoreWriter | null = null;
  const safely: SessionStoreWriter['write'] = (what, fn, o) => store?.write(what, fn, o);
  if (badTarget !== undefined) {
    opts.warn(`trainboard: TRAINBOARD_RUNSTORE: ${badTarget}; the session is not recorded in a run store`);
  } else if (chosen === undefined && isRemoteLogPath(opts.logdir)) {
    // SQLite cannot live in a bucket, and a local file would be read by no server of this logdir. Said once per
    // logdir and process: a search's trials each open a session there.
    if (!remoteLogdirsWarned.has(opts.logdir)) {
      remoteLogdirsWarned.add(opts.logdir);
      opts.warn(
        `trainboard: ${opts.logdir} is on object storage: sessions are not recorded in SQLite (event files only; ` +
          'give TRAINBOARD_RUNSTORE a postgres:// URL or a SQLite file to record them)',
      );
    }
  } else
    try {
      store = openSessionStoreWriter(storeFile, opts.warn);
      store.createSession({
        id: opts.id,
        task: opts.task,
        backend: opts.backend,
        ...(opts.backendReason !== undefined ? { backendReason: opts.backendReason } : {}),
        hparams: opts.hparams,
        host: hostname(),
      });
    } catch (err) {
      opts.warn(
        `trainboard: ${err instanceof Error ? err.message : String(err)}; the session is not recorded in SQLite`,
      );
      store?.close();
      store = null;
    }

  const timer = setInterval(
    () => safely('heartbeat', (s) => s.heartbeat(opts.id), { coalesce: true }),
    opts.heartbeatMs ?? heartbeatMsFromEnv(),
  );
  timer.unref();

  const stoppers: (() => void)[] = [];
  let ended = false;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    opts.warn(`trainboard: ${signal}: stopping session ${opts.id}`);
    for (const fn of stoppers) {
      try {
        fn();
      } catch (err) {
        opts.warn(`trainboard: while stopping: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const writes = store;
    stopping = true;
    session.finish('stopped');
    // a PostgreSQL store writes asynchronously: the `stopped` row goes out before the process does
    void (writes?.drain(3000) ?? Promise.resolve()).finally(() =>
      process.exit(signal === 'SIGINT' ? 130 : 143),
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const session: TrainingSession = {
    id: opts.id,
    dir,
    setModel(model) {
      safely('setModel', (s) =>
        s.setModel(opts.id, JSON.stringify(model.toJSON(null, false)), summariseModel(model)),
      );
    },
    recordEpoch(epoch, logs) {
      safely('recordEpoch', (s) => s.recordEpoch(opts.id, epoch, logs));
    },
    setFinalMetrics(metrics) {
      safely('setFinalMetrics', (s) => s.setFinalMetrics(opts.id, metrics));
    },
    storeCallback() {
      const record = (epoch: number, logs: Record<string, number>) => session.recordEpoch(epoch, logs);
      // epochs faster than a remote database's round trips: training waits rather than queue without bound
      // once a signal stops the session, fit() is parked here so the last writes get the event loop
      const backpressure = (): Promise<void> | undefined =>
        stopping
          ? new Promise<void>(() => {})
          : store && store.backlog() > MAX_QUEUED_WRITES
            ? store.drain(30_000)
            : undefined;
      return new (class extends tf.Callback {
        override async onEpochEnd(epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
          record(epoch, await resolveLogs(logs));
          await backpressure();
        }
      })();
    },
    onStop(fn) {
      stoppers.push(fn);
    },
    finish(status, error) {
      if (ended) return;
      ended = true;
      clearInterval(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      safely('finish', (s) => s.finish(opts.id, status, error ?? null));
      store?.close();
      store = null;
    },
  };
  return session;
}
