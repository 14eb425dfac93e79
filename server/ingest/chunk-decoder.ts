// Frames, CRC-checks and pre-decodes one byte range of an event file (the CPU-heavy half of ingest), for a
// decode worker thread: the range is read into a fresh buffer; the common record (whole in the range, a small
// payload, both CRCs right) is framed in place, anything else by the one record loop
// (tfevents/event-stream-reader.ts); each accepted payload is located in that buffer and, when it is a plain
// scalar event, its fields are decoded (scalar-event-decoder.ts, the interpreter's own fast path) into columns
// grouped by tag, with the runs of consecutive scalar records marked as segments, so the caller can append a
// whole segment per tag in one copy. Invariants: the chunk holds complete records only, in file order, with the
// damaged records among them exactly as an in-process read reports them; reading stops (without reporting) at
// anything that needs the file beyond the range or more than one pass (a record cut by the range's end, a
// length field it cannot trust, a large record verified in pieces), so the caller reads on from `end` itself;
// interpreting the payloads stays the caller's (it holds the run's state).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../../tfevents/byte-source.ts';
import { createEventStreamReader, type DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import { maskedCrc32c } from '../../tfevents/masked-crc32c.ts';
import {
  RECORD_FOOTER_BYTES,
  RECORD_HEADER_BYTES,
  VERIFY_IN_PIECES_BYTES,
} from '../../tfevents/record-reader.ts';
import { decodeScalarEventAt, type ScalarEventFields } from '../../tfevents/scalar-event-decoder.ts';

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
  /** Send every record's payload back (default: only those outside segments, see DecodedChunk.segmentBytes). */
  keepBytes?: boolean;
}

/** Record kinds in DecodedChunk.kinds. */
export const PAYLOAD = 0;
export const SCALAR = 1;
export const DAMAGE = 2;

/** Runs of fewer SCALAR records are not made a segment (their records are applied one by one). */
export const MIN_SEGMENT_RECORDS = 16;

export interface DecodedChunk {
  /** The job's start, and the offset after the last record framed (where the caller reads on). */
  start: number;
  end: number;
  /**
   * Payload bytes (transferred, never copied): every record's (the range read) when the job asked keepBytes,
   * else only those of the records outside segments, copied together (a segment's scalars need none: they are
   * in the columns, and a caller that cannot accept a segment whole reads on from it in-process).
   */
  bytes: Uint8Array;
  /** True when `bytes` holds the payloads of the records inside segments too. */
  segmentBytes: boolean;
  count: number;
  /** Per record: PAYLOAD, SCALAR (a payload whose scalar fields are in the columns too) or DAMAGE. */
  kinds: Uint8Array;
  offsets: Float64Array;
  /** Payload position in `bytes` (for a record in a segment: only when segmentBytes), and its length. */
  payloadAt: Uint32Array;
  payloadLength: Uint32Array;
  /** SCALAR: index into `tags`; DAMAGE: index into `damage`. */
  tagIndex: Uint32Array;
  /**
   * The SCALAR records' fields grouped by tag: tag t's points, in file order, are [tagStart[t], tagStart[t+1])
   * of steps, wallTimes and values (so the k-th SCALAR record of tag t is point tagStart[t] + k).
   */
  tagStart: Uint32Array;
  steps: Float64Array;
  wallTimes: Float64Array;
  values: Float64Array;
  tags: string[];
  damage: DamagedRecord[];
  /**
   * Segments: maximal runs of at least MIN_SEGMENT_RECORDS consecutive SCALAR records (a tag's first record in
   * the chunk is in none), records
   * [segStart[s], segEnd[s]); segOrdered[s] is 1 when their steps never decrease in file order, segFirstStep and
   * segLastStep the steps of the first and last; segTagCount[s * tags.length + t] the records of tag t in it.
   */
  segments: number;
  segStart: Uint32Array;
  segEnd: Uint32Array;
  segOrdered: Uint8Array;
  segFirstStep: Float64Array;
  segLastStep: Float64Array;
  segTagCount: Uint32Array;
}

export type ChunkResult =
  | { ok: true; chunk: DecodedChunk }
  /** The file at `path` is no longer the caller's (replaced), or it could not be read: read in-process. */
  | { ok: false; message: string };

/** The buffers of a chunk, for postMessage's transfer list. */
export function chunkTransferList(chunk: DecodedChunk): ArrayBuffer[] {
  const c = chunk;
  return [
    c.bytes,
    c.kinds,
    c.offsets,
    c.payloadAt,
    c.payloadLength,
    c.tagIndex,
    c.tagStart,
    c.steps,
    c.wallTimes,
    c.values,
    c.segStart,
    c.segEnd,
    c.segOrdered,
    c.segFirstStep,
    c.segLastStep,
    c.segTagCount,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** A source over bytes read from file offset `base` on. */
function rangeSource(bytes: Uint8Array, base: number): ByteSource {
  return {
    size: () => base + bytes.length,
    read: (offset, length) => bytes.subarray(offset - base, Math.min(bytes.length, offset - base + length)),
  };
}

/** The worker's read buffer when the bytes read are not sent back (reused from chunk to chunk). */
let readBuffer = new Uint8Array(0);

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
    if (!job.keepBytes && readBuffer.length < length) readBuffer = new Uint8Array(length);
    const bytes = job.keepBytes ? new Uint8Array(length) : readBuffer.subarray(0, length);
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

/** Per-record fields in file order, before they are grouped by tag (a worker's scratch, reused per chunk). */
let scratchSteps = new Float64Array(0);
let scratchWalls = new Float64Array(0);
let scratchValues = new Float64Array(0);

function u32le(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
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
  const grown = <T extends Uint8Array | Uint32Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(cap);
    b.set(a.subarray(0, Math.min(a.length, cap)));
    return b;
  };
  const scratch = (): void => {
    if (scratchSteps.length >= cap) return;
    scratchSteps = grown(scratchSteps, (k) => new Float64Array(k));
    scratchWalls = grown(scratchWalls, (k) => new Float64Array(k));
    scratchValues = grown(scratchValues, (k) => new Float64Array(k));
  };
  scratch();
  const room = (): void => {
    if (n < cap) return;
    cap *= 2;
    kinds = grown(kinds, (k) => new Uint8Array(k));
    offsets = grown(offsets, (k) => new Float64Array(k));
    payloadAt = grown(payloadAt, (k) => new Uint32Array(k));
    payloadLength = grown(payloadLength, (k) => new Uint32Array(k));
    tagIndex = grown(tagIndex, (k) => new Uint32Array(k));
    scratch();
  };
  const tags: string[] = [];
  const tagCounts: number[] = [];
  const tagIds = new Map<string, number>();
  const damage: DamagedRecord[] = [];
  const fields: ScalarEventFields = { wallTime: 0, step: 0, tag: '', value: 0 };
  // segments being found: the current run of SCALAR records starts at runStart (-1: none)
  const segS: number[] = [];
  const segE: number[] = [];
  const segO: number[] = [];
  const segF: number[] = [];
  const segL: number[] = [];
  let runStart = -1;
  let runOrdered = true;
  let runFirst = 0;
  let runLast = 0;
  const closeRun = (at: number): void => {
    if (runStart >= 0 && at - runStart >= MIN_SEGMENT_RECORDS) {
      segS.push(runStart);
      segE.push(at);
      segO.push(runOrdered ? 1 : 0);
      segF.push(runFirst);
      segL.push(runLast);
    }
    runStart = -1;
  };
  let n = 0;
  const record = (offset: number, at: number, length: number): void => {
    room();
    offsets[n] = offset;
    payloadAt[n] = at;
    payloadLength[n] = length;
    if (decodeScalarEventAt(bytes, at, at + length, fields)) {
      let id = tagIds.get(fields.tag);
      // a tag's first record in the chunk stays out of segments: it may be the tag's first value of all, which
      // the caller interprets in full (its plugin), so the segment after it can be accepted whole
      const fresh = id === undefined;
      if (id === undefined) {
        tagIds.set(fields.tag, (id = tags.push(fields.tag) - 1));
        tagCounts.push(0);
      }
      tagCounts[id]!++;
      kinds[n] = SCALAR;
      tagIndex[n] = id;
      const step = fields.step;
      scratchSteps[n] = step;
      scratchWalls[n] = fields.wallTime;
      scratchValues[n] = fields.value;
      if (fresh) closeRun(n);
      else if (runStart < 0) [runStart, runOrdered, runFirst] = [n, true, step];
      else if (step < runLast) runOrdered = false;
      runLast = step;
    } else {
      kinds[n] = PAYLOAD;
      closeRun(n);
    }
    n++;
  };
  const visit = (offset: number, payload: Uint8Array): void =>
    record(offset, payload.byteOffset - bytes.byteOffset, payload.length);
  const onDamage = (d: DamagedRecord): void => {
    closeRun(n);
    room();
    kinds[n] = DAMAGE;
    offsets[n] = d.offset;
    tagIndex[n] = damage.push(d) - 1;
    n++;
  };
  // The common record (whole in the range, a small payload, both CRCs right) is framed here in place; anything
  // else is handed to the one record loop (event-stream-reader.ts) for that record, which reports damage as
  // an in-process read does, or stops (a cut record, a length it cannot trust, a large record to verify).
  const source = rangeSource(bytes, job.start);
  const len = bytes.length;
  let pos = 0;
  for (;;) {
    while (pos + RECORD_HEADER_BYTES <= len) {
      const lo = u32le(bytes, pos);
      if (u32le(bytes, pos + 4) !== 0 || lo > VERIFY_IN_PIECES_BYTES) break;
      if (maskedCrc32c(bytes, pos, pos + 8) !== u32le(bytes, pos + 8)) break;
      const body = pos + RECORD_HEADER_BYTES;
      const next = body + lo + RECORD_FOOTER_BYTES;
      if (next > len || maskedCrc32c(bytes, body, body + lo) !== u32le(bytes, body + lo)) break;
      record(job.start + pos, body, lo);
      pos = next;
    }
    const reader = createEventStreamReader(source, job.rel, job.start + pos);
    reader.visitPayloads(visit, onDamage, 1, { stopWhenPending: true });
    // a fatal record is not reported here: the caller's in-process read from `end` meets it and reports it
    if (reader.offset === job.start + pos) break;
    pos = reader.offset - job.start;
  }
  closeRun(n);
  const end = job.start + pos;

  // group the SCALAR records' fields by tag (file order within each tag)
  const tagCount = tags.length;
  const tagStart = new Uint32Array(tagCount + 1);
  for (let t = 0; t < tagCount; t++) tagStart[t + 1] = tagStart[t]! + tagCounts[t]!;
  const points = tagStart[tagCount]!;
  const steps = new Float64Array(points);
  const wallTimes = new Float64Array(points);
  const values = new Float64Array(points);
  const cursor = tagStart.slice(0, tagCount);
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== SCALAR) continue;
    const p = cursor[tagIndex[i]!]!++;
    steps[p] = scratchSteps[i]!;
    wallTimes[p] = scratchWalls[i]!;
    values[p] = scratchValues[i]!;
  }
  const segments = segS.length;
  const segTagCount = new Uint32Array(segments * tagCount);
  for (let s = 0; s < segments; s++)
    for (let i = segS[s]!; i < segE[s]!; i++) segTagCount[s * tagCount + tagIndex[i]!]!++;
  let sent = bytes;
  if (!job.keepBytes) {
    // only the payloads outside segments go back, copied together (the read buffer stays here)
    let size = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      if (s < segments && i === segS[s]) [i, s] = [segE[s]! - 1, s + 1];
      else if (kinds[i] !== DAMAGE) size += payloadLength[i]!;
    }
    sent = new Uint8Array(size);
    let at = 0;
    s = 0;
    for (let i = 0; i < n; i++) {
      if (s < segments && i === segS[s]) [i, s] = [segE[s]! - 1, s + 1];
      else if (kinds[i] !== DAMAGE) {
        const from = payloadAt[i]!;
        sent.set(bytes.subarray(from, from + payloadLength[i]!), at);
        payloadAt[i] = at;
        at += payloadLength[i]!;
      }
    }
  }
  return {
    ok: true,
    chunk: {
      start: job.start,
      end,
      bytes: sent,
      segmentBytes: job.keepBytes === true,
      count: n,
      kinds,
      offsets,
      payloadAt,
      payloadLength,
      tagIndex,
      tagStart,
      steps,
      wallTimes,
      values,
      tags,
      damage,
      segments,
      segStart: Uint32Array.from(segS),
      segEnd: Uint32Array.from(segE),
      segOrdered: Uint8Array.from(segO),
      segFirstStep: Float64Array.from(segF),
      segLastStep: Float64Array.from(segL),
      segTagCount,
    },
  };
}
