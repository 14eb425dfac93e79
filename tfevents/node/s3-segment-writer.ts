// Writes a run's events to object storage (`s3://bucket/prefix/run`) as rolling segments: objects cannot be
// appended to, so each flush uploads a NEW object that is a complete, valid event file (its own brain.Event:2
// file-version record first), named events.out.tfevents.<secs>.<host>.<pid>.<seq, 8 digits>.v2 so that name
// order is write order, the order in which TensorBoard and our reader read a run's files. Invariants: an event
// is in exactly one uploaded segment; a failed upload keeps its events for the next flush (nothing is dropped,
// nothing is uploaded twice under two names); uploads never overlap; a SIGKILL loses at most the events
// written since the last completed flush.
import { hostname } from 'node:os';
import { PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { tensorboard } from '../../proto/index.ts';
import { createEventFileWriter, type EventFileWriter } from '../event-file-writer.ts';

/** Default seconds between segment uploads: "flushed within a few seconds" (issue 14). */
export const DEFAULT_SEGMENT_FLUSH_MS = 2000;
const SEQ_DIGITS = 8;

export interface S3SegmentWriterOptions {
  /** `s3://bucket/prefix/run`: the run directory the segments go into. */
  url: string;
  /** The SDK client configuration (default: from the AWS environment, path-style for a custom endpoint). */
  s3?: S3ClientConfig;
  flushMs?: number;
  /** Seconds since the epoch (fractional). */
  now?: () => number;
  host?: string;
  pid?: number;
  /** Called after each segment is stored (its key and the number of events in it). */
  onFlushed?: (segment: { key: string; events: number }) => void;
  onError?: (err: Error) => void;
}

export interface S3SegmentWriter {
  writeEvent(event: tensorboard.IEvent): void;
  writeSummary(step: number, values: readonly tensorboard.Summary.IValue[], wallTime?: number): void;
  /** Uploads what was written since the last segment (nothing when nothing was); rejects when the upload fails. */
  flush(): Promise<void>;
  /** Flushes and stops the timer. */
  close(): Promise<void>;
}

/** The bucket and key prefix (empty, or ending in `/`) of an `s3://bucket/prefix` url; throws on anything else. */
export function parseS3RunUrl(url: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!m) throw new Error(`not an s3://bucket/prefix url: ${url}`);
  const path = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
  return { bucket: m[1]!, prefix: path === '' ? '' : `${path}/` };
}

/** The SDK configuration from the standard AWS variables: path-style addressing for a custom endpoint. */
export function s3WriteConfigFromEnv(env: NodeJS.ProcessEnv = process.env): S3ClientConfig {
  const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  if (endpoint === undefined || endpoint === '') return {};
  return {
    forcePathStyle: env.AWS_S3_FORCE_PATH_STYLE !== 'false',
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}

export function createS3SegmentWriter(opts: S3SegmentWriterOptions): S3SegmentWriter {
  const { bucket, prefix } = parseS3RunUrl(opts.url);
  const now = opts.now ?? (() => Date.now() / 1000);
  const host = (opts.host ?? hostname()).replace(/[/\\\0]/g, '_') || 'host';
  const pid = opts.pid ?? process.pid;
  const secs = String(Math.floor(now())).padStart(10, '0');
  const client = new S3Client(opts.s3 ?? s3WriteConfigFromEnv());
  let seq = 0;
  /** Framed records not yet in a stored segment, and how many of them are events the caller wrote. */
  let pending: Uint8Array[] = [];
  let written = 0;
  let writer: EventFileWriter = startSegment();
  let uploading: Promise<void> = Promise.resolve();
  let closed = false;

  function startSegment(): EventFileWriter {
    pending = [];
    written = 0;
    return createEventFileWriter({ sink: { append: (r) => pending.push(r) }, now });
  }

  async function upload(): Promise<void> {
    if (written === 0) return;
    const records = pending;
    const events = written;
    writer = startSegment();
    const body = new Uint8Array(records.reduce((n, r) => n + r.length, 0));
    let at = 0;
    for (const r of records) {
      body.set(r, at);
      at += r.length;
    }
    const key = `${prefix}events.out.tfevents.${secs}.${host}.${pid}.${String(seq).padStart(SEQ_DIGITS, '0')}.v2`;
    try {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    } catch (err) {
      // keep the events: they go, after their own file-version record, at the front of the next segment
      const carried = records.slice(1);
      const fresh = pending.slice(1);
      pending = [pending[0]!, ...carried, ...fresh];
      written += events;
      const why = err instanceof Error ? err.message : String(err);
      throw new Error(`s3 segment ${bucket}/${key}: upload of ${events} events failed: ${why}`);
    }
    seq++;
    opts.onFlushed?.({ key, events });
  }

  function flush(): Promise<void> {
    const next = uploading.then(upload);
    uploading = next.catch(() => {});
    return next;
  }

  const timer = setInterval(() => {
    flush().catch((err: unknown) => opts.onError?.(err instanceof Error ? err : new Error(String(err))));
  }, opts.flushMs ?? DEFAULT_SEGMENT_FLUSH_MS);
  timer.unref();

  return {
    writeEvent(event) {
      if (closed) throw new Error(`s3 segment writer for ${opts.url} is closed`);
      writer.writeEvent(event);
      written++;
    },
    writeSummary(step, values, wallTime) {
      if (closed) throw new Error(`s3 segment writer for ${opts.url} is closed`);
      writer.writeSummary(step, values, wallTime);
      written += values.length;
    },
    flush,
    async close() {
      closed = true;
      clearInterval(timer);
      try {
        await flush();
      } finally {
        client.destroy();
      }
    },
  };
}
