// Frames, CRC-checks and pre-decodes one byte range of an event file (the CPU-heavy half of ingest), for a
// decode worker thread: the one record loop (tfevents/event-stream-reader.ts) over the range read into a fresh
// buffer, each accepted payload located in that buffer and, when it is a plain scalar event, its fields decoded
// into columns (scalar-event-decoder.ts, the interpreter's own fast path). Invariants: the chunk holds complete
// records only, in file order, with the damaged records among them exactly as an in-process read reports them;
// reading stops (without reporting) at anything that needs the file beyond the range or more than one pass
// (a record cut by the range's end, a length field it cannot trust, a large record verified in pieces), so the
// caller reads on from `end` itself; interpreting the payloads stays the caller's (it holds the run's state).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../../tfevents/byte-source.ts';
import { createEventStreamReader, type DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import { decodeScalarEvent, type ScalarEventFields } from '../../tfevents/scalar-event-decoder.ts';

export interface ChunkJob {
  /** Absolute path of the file, and the identity of the file the caller has open there. */
  path: string;
  dev: number;
  ino: number;
  /** The file as damage reports name it (relative to the logdir). */
  rel: string;
  /** Offset of the first record to read, and the most bytes to read from it. */
  start: number;
  maxBytes: number;
}

/** Record kinds in DecodedChunk.kinds. */
export const PAYLOAD = 0;
export const SCALAR = 1;
export const DAMAGE = 2;

export interface DecodedChunk {
  /** The job's start, and the offset after the last record framed (where the caller reads on). */
  start: number;
  end: number;
  /** The bytes read; payloads are views into it (transferred, never copied). */
  bytes: Uint8Array;
  count: number;
  /** Per record: PAYLOAD, SCALAR (a payload whose scalar fields are in the columns too) or DAMAGE. */
  kinds: Uint8Array;
  offsets: Float64Array;
  /** Payload position in `bytes`, and its length (PAYLOAD and SCALAR). */
  payloadAt: Uint32Array;
  payloadLength: Uint32Array;
  /** SCALAR: index into `tags`, step, wall time and value; DAMAGE: index into `damage` in tagIndex. */
  tagIndex: Uint32Array;
  steps: Float64Array;
  wallTimes: Float64Array;
  values: Float64Array;
  tags: string[];
  damage: DamagedRecord[];
}

export type ChunkResult =
  | { ok: true; chunk: DecodedChunk }
  /** The file at `path` is no longer the caller's (replaced), or it could not be read: read in-process. */
  | { ok: false; message: string };

/** The buffers of a chunk, for postMessage's transfer list. */
export function chunkTransferList(chunk: DecodedChunk): ArrayBuffer[] {
  const { bytes, kinds, offsets, payloadAt, payloadLength, tagIndex, steps, wallTimes, values } = chunk;
  return [bytes, kinds, offsets, payloadAt, payloadLength, tagIndex, steps, wallTimes, values].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** A source over bytes read from file offset `base` on. */
function rangeSource(bytes: Uint8Array, base: number): ByteSource {
  return {
    size: () => base + bytes.length,
    read: (offset, length) => bytes.subarray(offset - base, Math.min(bytes.length, offset - base + length)),
  };
}

function readRange(job: ChunkJob): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(job.path, 'r');
  } catch (err) {
    return `${job.rel}: cannot open: ${err instanceof Error ? err.message : String(err)}`;
  }
  try {
    const st = fstatSync(fd);
    if (st.dev !== job.dev || st.ino !== job.ino) return `${job.rel}: replaced since it was opened`;
    const length = Math.max(0, Math.min(job.maxBytes, st.size - job.start));
    const bytes = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, bytes, done, length - done, job.start + done);
      if (n === 0) break;
      done += n;
    }
    return done === length ? bytes : bytes.subarray(0, done);
  } catch (err) {
    return `${job.rel}: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    closeSync(fd);
  }
}

export function decodeChunk(job: ChunkJob): ChunkResult {
  const bytes = readRange(job);
  if (typeof bytes === 'string') return { ok: false, message: bytes };
  // columns sized for records of 48 bytes (a scalar event takes 50 to 70), doubled when smaller ones come:
  // sizing them for the smallest possible record (17 bytes) tripled the garbage each chunk makes
  let cap = Math.ceil(bytes.length / 48) + 16;
  let kinds = new Uint8Array(cap);
  let offsets = new Float64Array(cap);
  let payloadAt = new Uint32Array(cap);
  let payloadLength = new Uint32Array(cap);
  let tagIndex = new Uint32Array(cap);
  let steps = new Float64Array(cap);
  let wallTimes = new Float64Array(cap);
  let values = new Float64Array(cap);
  const grown = <T extends Uint8Array | Uint32Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(cap);
    b.set(a);
    return b;
  };
  const room = (): void => {
    if (n < cap) return;
    cap *= 2;
    kinds = grown(kinds, (k) => new Uint8Array(k));
    offsets = grown(offsets, (k) => new Float64Array(k));
    payloadAt = grown(payloadAt, (k) => new Uint32Array(k));
    payloadLength = grown(payloadLength, (k) => new Uint32Array(k));
    tagIndex = grown(tagIndex, (k) => new Uint32Array(k));
    steps = grown(steps, (k) => new Float64Array(k));
    wallTimes = grown(wallTimes, (k) => new Float64Array(k));
    values = grown(values, (k) => new Float64Array(k));
  };
  const tags: string[] = [];
  const tagIds = new Map<string, number>();
  const damage: DamagedRecord[] = [];
  const fields: ScalarEventFields = { wallTime: 0, step: 0, tag: '', value: 0 };
  let n = 0;
  const reader = createEventStreamReader(rangeSource(bytes, job.start), job.rel, job.start);
  reader.visitPayloads(
    (offset, payload) => {
      room();
      offsets[n] = offset;
      payloadAt[n] = payload.byteOffset - bytes.byteOffset;
      payloadLength[n] = payload.length;
      if (decodeScalarEvent(payload, fields)) {
        let id = tagIds.get(fields.tag);
        if (id === undefined) tagIds.set(fields.tag, (id = tags.push(fields.tag) - 1));
        kinds[n] = SCALAR;
        tagIndex[n] = id;
        steps[n] = fields.step;
        wallTimes[n] = fields.wallTime;
        values[n] = fields.value;
      } else kinds[n] = PAYLOAD;
      n++;
    },
    (d) => {
      room();
      kinds[n] = DAMAGE;
      offsets[n] = d.offset;
      tagIndex[n] = damage.push(d) - 1;
      n++;
    },
    Number.POSITIVE_INFINITY,
    { stopWhenPending: true },
  );
  // a fatal record is not reported here: the caller's in-process read from `end` meets it and reports it
  const end = reader.offset;
  return {
    ok: true,
    chunk: {
      start: job.start,
      end,
      bytes,
      count: n,
      kinds,
      offsets,
      payloadAt,
      payloadLength,
      tagIndex,
      steps,
      wallTimes,
      values,
      tags,
      damage,
    },
  };
}
