// Writes one event file in one run directory (the Node adapter around the pure EventFileWriter): names it as
// Keras does, creates the directory, buffers framed records in memory and writes them at tracked offsets.
// Invariants: a point is in the file within `flushMs` (default 500 ms) of being written, without any call to
// flush(); flush() is synchronous; I/O errors go to `onError` and never throw into the caller's training loop
// (a failed write keeps its records and is retried at the same offset, so the file never holds a torn record
// followed by more data); bad arguments (an empty tag, a NaN step) are caller bugs and throw at once.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { tensorboard } from '../../proto/index.ts';
import { eventFileName } from '../event-file-name.ts';
import {
  checkStep,
  checkWallTime,
  createEventFileWriter,
  type EventFileWriter,
} from '../event-file-writer.ts';
import { histogramValue } from '../summaries/histogram-summary.ts';
import {
  hparamsExperimentValue,
  sessionEndValue,
  sessionStartValue,
  type HParamsExperimentConfig,
  type HParamValue,
  type SessionStatus,
} from '../summaries/hparams-summary.ts';
import { imageValue, type EncodedImage } from '../summaries/image-summary.ts';
import { kerasModelValue } from '../summaries/keras-model-summary.ts';
import { scalarValue } from '../summaries/scalar-summary.ts';
import type { DescribeOptions } from '../summaries/summary-metadata.ts';
import { textValue, type TextData } from '../summaries/text-summary.ts';

export const DEFAULT_FLUSH_MS = 500;
export const DEFAULT_MAX_BUFFER_BYTES = 256 * 1024;
/** While the disk refuses writes, at most this much is kept for retrying; older records are dropped (and reported). */
export const MAX_RETAINED_BYTES = 64 * 1024 * 1024;
/** After a failed write, the next attempt comes after max(flushMs, this), new points or not. */
export const RETRY_MIN_MS = 1000;

export class SummaryWriteError extends Error {
  override readonly name = 'SummaryWriteError';
  constructor(
    readonly path: string,
    readonly op: 'open' | 'write' | 'close' | 'closed' | 'dropped',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${message}`, options);
  }
}

/** Schedules `fn` after `ms`; returns a cancel function. The default timer is unref'd (never keeps Node alive). */
export type TimerFn = (fn: () => void, ms: number) => () => void;

export interface SummaryWriterOptions {
  /** Longest time a written point stays in memory before it reaches the file; 0 writes through. Default 500. */
  flushMs?: number;
  /** Flush as soon as this many bytes are buffered. Default 256 KiB. */
  maxBufferBytes?: number;
  /** Host name in the file name; default os.hostname(). */
  host?: string;
  /** Receives every I/O failure; default: one line on stderr per distinct failure. */
  onError?: (err: SummaryWriteError) => void;
  /** Clock in milliseconds since the epoch; default Date.now (tests inject a fake one). */
  now?: () => number;
  /** Timer used by the flush policy; default an unref'd setTimeout. */
  setTimer?: TimerFn;
}

export interface SummaryWriter {
  /** Absolute path of the event file. */
  readonly path: string;
  scalar(tag: string, value: number, step: number, opts?: DescribeOptions & { wallTime?: number }): void;
  histogram(
    tag: string,
    values: ArrayLike<number>,
    step: number,
    opts?: DescribeOptions & { buckets?: number; wallTime?: number },
  ): void;
  text(tag: string, text: TextData, step: number, opts?: DescribeOptions & { wallTime?: number }): void;
  image(
    tag: string,
    images: readonly EncodedImage[],
    step: number,
    opts?: DescribeOptions & { wallTime?: number },
  ): void;
  /** The Keras conceptual graph (tag `keras`) from a Keras-format model JSON. */
  kerasModel(modelJson: string, step?: number): void;
  hparamsExperiment(exp: HParamsExperimentConfig): void;
  sessionStart(
    hparams: Readonly<Record<string, HParamValue>>,
    opts?: { groupName?: string; startTimeSecs?: number },
  ): void;
  sessionEnd(status: SessionStatus, endTimeSecs?: number): void;
  /** Any builder output, one event per value, at `step` (wall time default now). */
  writeValues(step: number, values: readonly tensorboard.Summary.IValue[], wallTime?: number): void;
  /** A raw event (graph_def, session_log, ...); wall_time defaults to now. */
  writeEvent(event: tensorboard.IEvent): void;
  /** Synchronous: every point written so far is in the file when it returns (unless onError was called). */
  flush(): void;
  /** Flushes and closes the file; later writes are reported to onError and dropped. */
  close(): void;
}

const defaultTimer: TimerFn = (fn, ms) => {
  const t = setTimeout(fn, ms);
  t.unref();
  return () => clearTimeout(t);
};

// Process-wide state, as in TensorFlow: the `<n>` counter across writers, and the open writers to flush when the
// process exits (an 'exit' listener per writer would trip Node's listener-leak warning).
let fileCounter = 0;
const openWriters = new Set<{ flush(): void }>();
let exitHookInstalled = false;
function registerForExit(w: { flush(): void }): void {
  openWriters.add(w);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const writer of openWriters) writer.flush();
  });
}

function defaultOnError(): (err: SummaryWriteError) => void {
  let last = '';
  return (err) => {
    // One line per kind of failure, not per retry: the byte counts in the message change on every flush.
    const key = `${err.op} ${err.cause instanceof Error ? err.cause.message : err.message}`;
    if (key === last) return;
    last = key;
    process.stderr.write(`trainboard: event file write failed: ${err.message}\n`);
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export type { EncodedImage, HParamsExperimentConfig, HParamValue, SessionStatus, TextData };

/** What a writer needs to offer the summary methods: write one Summary's values at a step. */
export type WriteValues = (
  step: number,
  vals: readonly tensorboard.Summary.IValue[],
  wallTime?: number,
) => void;

/**
 * The summary methods of a SummaryWriter (scalar, histogram, text, image, Keras model, hparams) built once on top
 * of a writer's `values`, for the file writer here and the s3:// segment writer alike.
 */
export function summaryMethods(
  values: WriteValues,
  nowSecs: () => number,
): Omit<SummaryWriter, 'path' | 'writeEvent' | 'flush' | 'close'> {
  return {
    scalar: (tag, value, step, o = {}) => values(step, [scalarValue(tag, value, o)], o.wallTime),
    histogram: (tag, data, step, o = {}) => values(step, [histogramValue(tag, data, o)], o.wallTime),
    text: (tag, text, step, o = {}) => values(step, [textValue(tag, text, o)], o.wallTime),
    image: (tag, images, step, o = {}) => values(step, [imageValue(tag, images, o)], o.wallTime),
    kerasModel: (modelJson, step = 0) => values(step, [kerasModelValue(modelJson)]),
    hparamsExperiment: (exp) => values(0, [hparamsExperimentValue(exp)]),
    sessionStart: (hparams, o = {}) =>
      values(0, [
        sessionStartValue(hparams, {
          startTimeSecs: checkWallTime(o.startTimeSecs ?? nowSecs()),
          ...(o.groupName ? { groupName: o.groupName } : {}),
        }),
      ]),
    sessionEnd: (status, endTimeSecs) =>
      values(0, [sessionEndValue(status, checkWallTime(endTimeSecs ?? nowSecs()))]),
    writeValues: values,
  };
}

export function createSummaryWriter(dir: string, opts: SummaryWriterOptions = {}): SummaryWriter {
  const runDir = resolve(dir);
  const flushMs = opts.flushMs ?? DEFAULT_FLUSH_MS;
  const maxBufferBytes = opts.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES;
  if (!(flushMs >= 0)) throw new RangeError(`createSummaryWriter: flushMs must be >= 0, got ${flushMs}`);
  const now = opts.now ?? Date.now;
  const setTimer = opts.setTimer ?? defaultTimer;
  const onError = opts.onError ?? defaultOnError();
  const host = opts.host ?? hostname();
  const nowSecs = (): number => now() / 1000;

  let path = join(
    runDir,
    eventFileName({ wallSecs: nowSecs(), host, pid: process.pid, counter: fileCounter++ }),
  );
  let fd: number | undefined;
  let position = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let cancelTimer: (() => void) | undefined;
  let closed = false;
  let lastError = '';

  function report(op: SummaryWriteError['op'], message: string, cause?: unknown): void {
    lastError = message;
    try {
      onError(new SummaryWriteError(path, op, message, { cause }));
    } catch {
      // an onError that throws must not break the training loop either
    }
  }

  function open(): boolean {
    if (fd !== undefined) return true;
    try {
      mkdirSync(runDir, { recursive: true });
      for (let attempt = 0; ; attempt++) {
        try {
          fd = openSync(path, 'wx');
          return true;
        } catch (err) {
          // Another process with our pid wrote the same name (containers sharing a directory): take the next n.
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw err;
          path = join(
            runDir,
            eventFileName({ wallSecs: nowSecs(), host, pid: process.pid, counter: fileCounter++ }),
          );
        }
      }
    } catch (err) {
      report('open', `cannot create the event file: ${describe(err)}`, err);
      return false;
    }
  }

  function flush(): void {
    cancelTimer?.();
    cancelTimer = undefined;
    if (pendingBytes === 0) return;
    if (!open()) {
      retryLater();
      return;
    }
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd!, bytes, done, bytes.length - done, position + done);
    } catch (err) {
      // Keep everything and retry later from `position`: a partial write is overwritten, never followed.
      report('write', `write of ${bytes.length} bytes at offset ${position} failed: ${describe(err)}`, err);
      retryLater();
      return;
    }
    position += bytes.length;
    pending = [];
    pendingBytes = 0;
    lastError = '';
  }

  /** After a failure: bound what is kept, and try again on a timer even if no new point arrives. */
  function retryLater(): void {
    dropBeyondRetention();
    if (!closed) cancelTimer = setTimer(flush, Math.max(flushMs, RETRY_MIN_MS));
  }

  function dropBeyondRetention(): void {
    let dropped = 0;
    while (pendingBytes > MAX_RETAINED_BYTES && pending.length > 1) {
      pendingBytes -= pending.shift()!.length;
      dropped++;
    }
    if (dropped > 0)
      report('dropped', `dropped the ${dropped} oldest records: the disk refused writes for too long`);
  }

  function append(record: Uint8Array): void {
    pending.push(record);
    pendingBytes += record.length;
    if (flushMs === 0 || pendingBytes >= maxBufferBytes) flush();
    else cancelTimer ??= setTimer(flush, flushMs);
  }

  const core: EventFileWriter = createEventFileWriter({ sink: { append }, now: nowSecs });
  const self = { flush };
  registerForExit(self);
  flush(); // the file and its file-version event exist from the start, as with TensorFlow's writer

  function guard(): boolean {
    if (!closed) return true;
    report('closed', 'write after close() was dropped');
    return false;
  }
  function values(step: number, vals: readonly tensorboard.Summary.IValue[], wallTime?: number): void {
    if (!guard()) return;
    core.writeSummary(step, vals, wallTime);
  }

  return {
    get path() {
      return path;
    },
    ...summaryMethods(values, nowSecs),
    writeEvent(event) {
      if (event.step !== undefined && event.step !== null) checkStep(Number(event.step));
      if (guard()) core.writeEvent(event);
    },
    flush,
    close() {
      if (closed) return;
      closed = true; // before flush(): a failure now must not schedule a retry
      flush();
      openWriters.delete(self);
      if (pendingBytes > 0) report('close', `closed with ${pendingBytes} unwritten bytes: ${lastError}`);
      pending = [];
      pendingBytes = 0;
      if (fd === undefined) return;
      try {
        closeSync(fd);
      } catch (err) {
        report('close', `close failed: ${describe(err)}`, err);
      }
      fd = undefined;
    },
  };
}
