// A run's event files as its ingestor tails them (FileTail), and the reading of a large backlog through the decode
// pool: a chunk framed and pre-decoded by a worker thread (chunk-decoder.ts) is applied here in file order exactly
// as an in-process read would apply it (same damage, same restart rules, same interpreter checks). Invariants: a
// chunk whose file moved on meanwhile (closed, dropped from the run, read past) is thrown away unapplied; a
// segment the interpreter does not accept whole is applied record by record, or, when its payloads stayed in the
// worker, handed back to the in-process read from its first record.
import type { RunInterpreter } from '../../tfevents/event-interpreter.ts';
import { undecodable, type DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import type { SeriesStore } from '../store/series-store.ts';
import { DAMAGE, SCALAR, type ChunkResult, type DecodedChunk } from './chunk-decoder.ts';
import type { DecodePool } from './decode-pool.ts';
import type { TailByteSource } from './tail-byte-source.ts';

export interface FileTail {
  path: string;
  rel: string;
  source?: TailByteSource;
  /** Offset of the next record to read. */
  offset: number;
  /** A length field could not be trusted: nothing more is read from this file. */
  dead: boolean;
  unreadableReported: boolean;
  /** Scalar tags seen in this file since it replaced another at its path (restart-rule.ts). */
  seenTags: Set<string>;
  /** A different file took this path after it was read: its points give way where it goes back in steps. */
  replaced: boolean;
  /** A decode worker could not go past this offset (or failed there): the next read is in-process. */
  inProcessAt: number;
  /** A segment of this file could not be accepted whole: its chunks come back with every payload. */
  keepBytes: boolean;
  /** The next chunk, asked of the decode pool before the last one was applied (offload uses it when it fits). */
  prefetch?: { start: number; dev: number; ino: number; keepBytes: boolean; result: Promise<ChunkResult> };
}

/** Bytes waiting in a file from which its reading goes to the decode pool (below: read in-process, at once). */
export const OFFLOAD_BYTES = 256 * 1024;
/** Bytes a decode worker reads per job (a record larger than this is read in-process). */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** What applying a chunk needs of the run's ingestor. */
export interface ChunkRun {
  run: string;
  store: SeriesStore;
  /** The run's interpreter now (a resume replaces it). */
  interpreter(): RunInterpreter;
  /** Interprets one CRC-checked payload of `tail` into the store (a throw is the record's undecodable damage). */
  visitPayload(tail: FileTail, payload: Uint8Array): void;
  damage(d: DamagedRecord): void;
  /** False once the run is closed or `tail` left it: a chunk read for it meanwhile is thrown away. */
  current(tail: FileTail): boolean;
  /** Counts one applied chunk of `records` records. */
  applied(records: number): void;
}

/**
 * Has the decode pool frame the next chunk of `tail`, then applies it (see applyChunk), for `run`. Before applying, the
 * chunk after it is asked for (when that much more is there), so the workers decode it meanwhile; it is used
 * only if the next offload starts where it does, in the same file.
 */
export async function offloadChunk(
  pool: DecodePool,
  tail: FileTail,
  source: TailByteSource,
  run: ChunkRun,
): Promise<{ records: number; more: boolean }> {
  const start = tail.offset;
  const job = {
    path: tail.path,
    dev: source.dev,
    ino: source.ino,
    rel: tail.rel,
    start,
    maxBytes: CHUNK_BYTES,
    keepBytes: tail.keepBytes,
  };
  const ahead = tail.prefetch;
  tail.prefetch = undefined;
  if (ahead) pool.releaseAhead();
  const fits =
    ahead?.start === start &&
    ahead.dev === source.dev &&
    ahead.ino === source.ino &&
    ahead.keepBytes === tail.keepBytes;
  const r = await (fits ? ahead.result : pool.decode(job));
  // closed, dropped from the run, or moved meanwhile: what the worker read is no longer wanted
  if (!run.current(tail) || tail.offset !== start) return { records: 0, more: false };
  if (!r.ok) {
    tail.inProcessAt = start; // replaced, unreadable or a worker failure: the in-process read finds out which
    return { records: 0, more: true };
  }
  const next = r.chunk.end;
  if (next > start && source.size() - next >= OFFLOAD_BYTES) {
    const result = pool.decodeAhead({ ...job, start: next });
    if (result) tail.prefetch = { ...job, start: next, result };
  }
  return { records: applyChunk(tail, r.chunk, run), more: true };
}

/**
 * Applies a decoded chunk's records in file order, as visitPayloads would have handed them over: damage is
 * reported, a segment of scalars the interpreter's fast path accepts as a whole is appended per tag in one
 * copy from the worker's columns, a scalar it accepts alone is appended from them point by point, any other
 * payload is interpreted here. Returns the records accepted.
 */
function applyChunk(tail: FileTail, c: DecodedChunk, run: ChunkRun): number {
  const append = run.store.scalarAppender(run.run);
  const appendColumns = run.store.scalarColumnsAppender(run.run);
  const interpreter = run.interpreter();
  const tagCount = c.tags.length;
  // the next point of each tag in the chunk's columns (the k-th SCALAR record of tag t is tagStart[t] + k)
  const cursor = c.tagStart.slice(0, tagCount);
  const segTags: string[] = [];
  let seg = 0;
  let n = 0;
  for (let i = 0; i < c.count; i++) {
    if (seg < c.segments && i === c.segStart[seg]) {
      const s = seg++;
      const base = s * tagCount;
      segTags.length = 0;
      for (let t = 0; t < tagCount; t++) if (c.segTagCount[base + t]! > 0) segTags.push(c.tags[t]!);
      const whole = interpreter.acceptDecodedScalars(
        segTags,
        c.segFirstStep[s]!,
        c.segLastStep[s]!,
        c.segOrdered[s] === 1,
      );
      if (whole) {
        // the first record's tag first: the run's start time is the wall time of its first point
        const first = c.tagIndex[i]!;
        for (let k = -1; k < tagCount; k++) {
          const t = k < 0 ? first : k;
          if (k === first) continue;
          const from = cursor[t]!;
          const to = from + c.segTagCount[base + t]!;
          appendColumns(c.tags[t]!, c.steps, c.wallTimes, c.values, from, to);
          cursor[t] = to;
        }
        n += c.segEnd[s]! - i;
        i = c.segEnd[s]! - 1;
        continue;
      }
      if (!c.segmentBytes) {
        // its payloads stayed in the worker: read on from here in-process, and ask for them from now on
        tail.keepBytes = true;
        tail.offset = c.offsets[i]!;
        tail.inProcessAt = tail.offset;
        run.applied(n);
        return n;
      }
    }
    const kind = c.kinds[i]!;
    if (kind === DAMAGE) {
      run.damage(c.damage[c.tagIndex[i]!]!);
      continue;
    }
    if (kind === SCALAR) {
      const t = c.tagIndex[i]!;
      const tag = c.tags[t]!;
      const p = cursor[t]!++;
      const step = c.steps[p]!;
      if (interpreter.acceptDecodedScalar(tag, step)) {
        append(tag, step, c.wallTimes[p]!, c.values[p]!);
        n++;
        continue;
      }
    }
    const at = c.payloadAt[i]!;
    try {
      run.visitPayload(tail, c.bytes.subarray(at, at + c.payloadLength[i]!));
      n++;
    } catch (err) {
      run.damage(undecodable(tail.rel, c.offsets[i]!, err));
    }
  }
  tail.offset = c.end;
  if (c.end === c.start) tail.inProcessAt = c.start; // nothing framed: the record there needs the in-process read
  run.applied(n);
  return n;
}
