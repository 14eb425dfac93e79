// Chooses a run's event writer from its directory's scheme, in one place for the tensorBoard callback and the
// training session: a local path gets the file SummaryWriter; `s3://bucket/prefix/run` gets the rolling-segment
// S3SegmentWriter behind the same SummaryWriter interface. Invariants: flush() and close() never block or throw
// for an s3:// run (uploads run in the background, failures go to onError); settleRemoteWrites() resolves once
// every upload started so far has ended, so a process that awaits it before exiting loses nothing it flushed.
import { join } from 'node:path';
import type { tensorboard } from '../../proto/index.ts';
import { checkStep } from '../event-file-writer.ts';
import { createS3SegmentWriter, DEFAULT_SEGMENT_FLUSH_MS } from './s3-segment-writer.ts';
import {
  createSummaryWriter,
  summaryMethods,
  SummaryWriteError,
  type SummaryWriter,
  type SummaryWriterOptions,
} from './summary-writer.ts';

/** True for a logdir or run directory on object storage (`s3://...`). */
export function isRemoteLogPath(path: string): boolean {
  return /^s3:\/\//i.test(path);
}

/** `join` for log paths: keeps `s3://` intact (node's path.join would collapse it to `s3:/`). */
export function joinLogPath(base: string, ...parts: string[]): string {
  if (!isRemoteLogPath(base)) return join(base, ...parts);
  const tail = parts.flatMap((p) => p.split('/')).filter((p) => p !== '' && p !== '.');
  return [base.replace(/\/+$/, ''), ...tail].join('/');
}

const inFlight = new Set<Promise<void>>();

function track(p: Promise<void>): void {
  const settled = p.finally(() => inFlight.delete(settled));
  inFlight.add(settled);
}

/** Resolves when every s3:// upload started so far (flushes and closes) has succeeded or failed. */
export async function settleRemoteWrites(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/**
 * The event writer for one run directory. For s3:// the segment interval is `flushMs` but never below
 * DEFAULT_SEGMENT_FLUSH_MS (each flush is a new object; the file writer's 500 ms would make 4 objects a second).
 */
export function createRunWriter(dir: string, opts: SummaryWriterOptions = {}): SummaryWriter {
  if (!isRemoteLogPath(dir)) return createSummaryWriter(dir, opts);
  const url = dir.replace(/\/+$/, '');
  const onError =
    opts.onError ?? ((e: SummaryWriteError) => process.stderr.write(`trainboard: ${e.message}\n`));
  const fail = (op: SummaryWriteError['op'], err: unknown): void => {
    const message = err instanceof Error ? err.message : String(err);
    try {
      onError(new SummaryWriteError(url, op, message, { cause: err }));
    } catch {
      // an onError that throws must not break the training loop
    }
  };
  const nowMs = opts.now ?? Date.now;
  const nowSecs = (): number => nowMs() / 1000;
  const segments = createS3SegmentWriter({
    url,
    flushMs: Math.max(opts.flushMs ?? 0, DEFAULT_SEGMENT_FLUSH_MS),
    now: nowSecs,
    ...(opts.host !== undefined ? { host: opts.host } : {}),
    onError: (err) => fail('write', err),
  });
  let closed = false;
  const values = (step: number, vals: readonly tensorboard.Summary.IValue[], wallTime?: number): void => {
    if (closed) return fail('closed', new Error('write after close() was dropped'));
    segments.writeSummary(checkStep(step), vals, wallTime);
  };
  return {
    path: `${url}/`,
    ...summaryMethods(values, nowSecs),
    writeEvent(event) {
      if (event.step !== undefined && event.step !== null) checkStep(Number(event.step));
      if (closed) return fail('closed', new Error('write after close() was dropped'));
      segments.writeEvent(event);
    },
    flush() {
      if (!closed) track(segments.flush().catch((err: unknown) => fail('write', err)));
    },
    close() {
      if (closed) return;
      closed = true;
      track(segments.close().catch((err: unknown) => fail('close', err)));
    },
  };
}
