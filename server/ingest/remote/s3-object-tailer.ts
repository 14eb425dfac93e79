// Tails one event-file object: fetches only the bytes past what it already holds with ranged GETs, in bounded
// chunks, and frames them with the same record reader as local files (CRCs, damage, half-written records).
// Invariants: memory holds only the bytes from the next unread record to the fetched end (plus one chunk); an
// ETag change at the same or a smaller size is a replaced object, read again from byte 0 as a new file; an
// ETag change at a larger size is the same file grown (a copy tool re-uploading a growing file).
import type { ByteSource } from '../../../tfevents/byte-source.ts';
import { readRecord, type RecordResult } from '../../../tfevents/record-reader.ts';
import type { S3ObjectInfo, S3ReadClient } from './s3-client.ts';

/** Bytes fetched per ranged GET: large enough that a bulk load costs few requests, small enough to bound memory. */
export const FETCH_CHUNK_BYTES = 8 * 1024 * 1024;

export type TailedRecord = Exclude<RecordResult, { kind: 'truncated' } | { kind: 'pending' }>;

export interface TailHandlers {
  onRecord: (r: TailedRecord) => void;
  onReplaced: () => void;
}

export interface S3ObjectTailer {
  readonly key: string;
  /** Offset of the next record to read. */
  readonly offset: number;
  /** A length field could not be trusted: nothing more is read from this object. */
  readonly dead: boolean;
  /**
   * Brings the tail up to the listed state and hands every framed record (or damage) to `onRecord`, in order;
   * calls `onReplaced` first when the object was replaced and is read again from byte 0.
   */
  sync(info: S3ObjectInfo, handlers: TailHandlers): Promise<void>;
}

export function createS3ObjectTailer(client: S3ReadClient, bucket: string, key: string): S3ObjectTailer {
  let offset = 0;
  let dead = false;
  let etag: string | undefined;
  /** Bytes [base, base + held.length) of the object. */
  let base = 0;
  let held = new Uint8Array(0);

  const source: ByteSource = {
    size: () => base + held.length,
    read: (at, length) => held.subarray(at - base, Math.min(held.length, at - base + length)),
  };

  function reset(): void {
    offset = 0;
    dead = false;
    base = 0;
    held = new Uint8Array(0);
  }

  function append(bytes: Uint8Array): void {
    // drop what was already framed, copying so no consumed bytes stay pinned
    const keep = held.subarray(offset - base);
    const next = new Uint8Array(keep.length + bytes.length);
    next.set(keep, 0);
    next.set(bytes, keep.length);
    base = offset;
    held = next;
  }

  function frame(onRecord: (r: TailedRecord) => void): void {
    while (!dead) {
      const r = readRecord(source, offset);
      if (r.kind === 'truncated') return;
      if (r.kind === 'pending') continue; // a large payload verified in pieces: its bytes are all here
      onRecord(r);
      if (r.kind === 'fatal') {
        dead = true;
        held = new Uint8Array(0);
        return;
      }
      offset = r.next;
    }
  }

  return {
    key,
    get offset() {
      return offset;
    },
    get dead() {
      return dead;
    },
    async sync(info, { onRecord, onReplaced }) {
      const fetchedEnd = (): number => base + held.length;
      if (etag !== undefined && info.etag !== etag && info.size <= fetchedEnd()) {
        reset();
        onReplaced();
      }
      while (!dead && fetchedEnd() < info.size) {
        const start = fetchedEnd();
        const end = Math.min(info.size, start + FETCH_CHUNK_BYTES) - 1;
        const got = await client.getRange(bucket, key, start, end);
        etag = got.etag;
        if (got.bytes.length === 0) break; // the object shrank between listing and GET: the next listing says so
        append(got.bytes);
        frame(onRecord);
      }
    },
  };
}
