// Tails the event files of one run, in name order, each from its last offset, and feeds what it reads through
// the run's interpreter into the series store. Invariants: a half-written record is waited for (never counted
// as damage); a damaged record is reported once with file and offset and skipped; a file that cannot be opened
// is reported once and retried; a file that shrinks is reported and read on from its new end (what was already
// read is kept); a file replaced by rename is reopened, a different file at a tailed path is read from its start,
// a path resolving outside the logdir is refused; nothing here throws into the caller. A file with a large
// backlog is framed and pre-decoded by the decode pool's worker threads a chunk at a time (chunk-decoder.ts),
// and its records are then interpreted here in file order exactly as an in-process read would (same damage,
// same restart rules); the live tail (small appends), a replaced file and whatever a chunk could not frame are
// read in-process.
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { tensorboard } from '../../proto/index.ts';
import { decodeEvent } from '../../tfevents/event-codec.ts';
import { createRunInterpreter, type RunInterpreter } from '../../tfevents/event-interpreter.ts';
import {
  createEventStreamReader,
  shrunk,
  undecodable,
  unreadable as unreadableFile,
  type DamagedRecord,
  type VisitResult,
} from '../../tfevents/event-stream-reader.ts';
import type { PersistedIngest } from '../store/column-cache/cache-manifest.ts';
import type { SeriesStore } from '../store/series-store.ts';
import { DAMAGE, SCALAR, type ChunkResult, type DecodedChunk } from './chunk-decoder.ts';
import type { DecodePool } from './decode-pool.ts';
import { realLogdir } from './file-identity.ts';
import { ingestSnapshot, replayInterpreter, resumeProblem } from './ingest-resume.ts';
import { applyRestartRule } from './restart-rule.ts';
import { openTailByteSource, type ReadWindow, type TailByteSource } from './tail-byte-source.ts';

interface FileTail {
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
const OFFLOAD_BYTES = 256 * 1024;
/** Bytes a decode worker reads per job (a record larger than this is read in-process). */
const CHUNK_BYTES = 4 * 1024 * 1024;

export interface PollResult {
  records: number;
  more: boolean;
}

export interface RunIngestor {
  readonly run: string;
  /** The run's event files (absolute, any order); files no longer listed are closed (their data is kept). */
  setFiles(files: readonly string[]): void;
  /**
   * Reads up to `budget` records across the run's files; returns how many were read and whether more wait. A
   * promise when a chunk went to the decode pool: the run must not be polled again before it settles.
   */
  poll(budget: number): PollResult | Promise<PollResult>;
  /** True when `path` is one of this run's files. */
  hasFile(path: string): boolean;
  /** `chunks`: chunks framed by decode workers. */
  counters(): { files: number; records: number; chunks: number };
  close(): void;
}

export function createRunIngestor(deps: {
  logdir: string;
  run: string;
  store: SeriesStore;
  /** The read window shared by every file of the logdir (one record is consumed before the next read). */
  window: ReadWindow;
  /** Worker threads for large backlogs; absent: everything is read in-process. */
  pool?: DecodePool;
}): RunIngestor {
  const { logdir, run, store } = deps;
  let interpreter: RunInterpreter = createRunInterpreter();
  // the column cache keeps runs of scalars only; once another kind is seen, the run is not tracked for it
  let scalarOnly = true;
  let sessionStartSeen = false;
  let resumeChecked = false;
  const files = new Map<string, FileTail>();
  let order: FileTail[] = [];
  let records = 0;
  let chunks = 0;
  let closed = false;

  // damage goes to the store only: the server's damage log (server/logging) reports it from there, once
  const damage = (d: DamagedRecord): void => store.reportDamage(run, d);

  function open(tail: FileTail): boolean {
    if (tail.source) return true;
    try {
      tail.source = openTailByteSource(tail.path, deps.window, { root: realLogdir(logdir) });
      tail.unreadableReported = false;
      return true;
    } catch (err) {
      if (!tail.unreadableReported) {
        tail.unreadableReported = true;
        damage(unreadableFile(tail.rel, tail.offset, err, true));
      }
      return false;
    }
  }

  /** Gives up a chunk read ahead for `tail` (the file left the run, or the run closed). */
  function dropAhead(tail: FileTail): void {
    if (!tail.prefetch) return;
    tail.prefetch = undefined;
    deps.pool?.releaseAhead();
  }

  function closeTail(tail: FileTail): void {
    try {
      tail.source?.close();
    } catch {
      // already closed or the fd went away with the file: nothing to release
    }
    tail.source = undefined;
  }

  function unreadable(tail: FileTail, err: unknown): { records: number; more: boolean } {
    closeTail(tail);
    damage(unreadableFile(tail.rel, tail.offset, err, false));
    return { records: 0, more: false };
  }

  /**
   * The tailed file's identity (device, inode, head: file-identity.ts) is checked on every poll. A copy of the
   * same file renamed over it (a copy tool's `mv tmp file`: new inode, same head) is reopened and read on from
   * the same offset; a different file put at the path (moved or copied over it: a different head) is read from
   * its start, and the restart rule of a replaced file applies (restart-rule.ts: what was read stays unless the new
   * file goes back in steps). A symlink swapped in that leads outside the logdir is refused by
   * open(). A path that vanished keeps the open file.
   */
  function checkIdentity(tail: FileTail): void {
    let st;
    try {
      st = statSync(tail.path);
    } catch {
      return; // deleted: what the open descriptor still reads is kept
    }
    const src = tail.source!;
    let same = true;
    if (st.ino === src.ino && st.dev === src.dev) same = src.continues();
    else {
      const known = src.identity();
      closeTail(tail);
      if (!open(tail)) return;
      same = tail.source!.continues(known);
    }
    if (same) return;
    [tail.offset, tail.dead, tail.replaced] = [0, false, true];
    tail.seenTags.clear();
  }

  /** Interprets one CRC-checked payload of `tail` into the store (a throw is the record's undecodable damage). */
  function visitPayload(tail: FileTail, payload: Uint8Array): void {
    const data = interpreter.interpretPayloadData(payload);
    if (tail.replaced) applyRestartRule(store, run, tail.rel, tail.seenTags, data);
    store.applyData(run, data, interpreter.tags());
    if (scalarOnly && !(data.length === 1 && data[0]!.kind === 'scalar')) trackOrderState(payload);
  }

  /**
   * For the column cache's checkpoint: the interpreter's order state that its data does not show (a summary
   * event that appended no scalar still sets the step later ones are checked against; a SessionLog START makes
   * the next one a restart). Costs a second decode of the rare payloads that are not one scalar, in scalar runs.
   */
  function trackOrderState(payload: Uint8Array): void {
    for (const info of interpreter.tags().values())
      if (info.dataClass !== 'scalar') {
        scalarOnly = false;
        return;
      }
    const event = decodeEvent(payload);
    if (event.what === 'summary') store.noteSummaryStep(run, Number(event.step ?? 0));
    else if (
      event.what === 'sessionLog' &&
      event.sessionLog?.status === tensorboard.SessionLog.SessionStatus.START &&
      (interpreter.fileVersion() ?? 0) >= 2
    )
      sessionStartSeen = true;
  }

  /**
   * Resumes the run from the column cache's last checkpoint, when the cache holds it and its event files still
   * continue the ones read then (same files, none shrunk or replaced, no new file sorting before them); else the
   * run is read from its files as usual.
   */
  function resume(): void {
    const p = store.takePersisted(run);
    if (!p) return;
    const why = resumeProblem(p.ingest, files, open);
    if (why !== undefined) {
      store.dropPersisted(run, why);
      return;
    }
    try {
      store.restoreRun(run, p);
    } catch (err) {
      store.dropPersisted(
        run,
        `a cached block is damaged: ${err instanceof Error ? err.message : String(err)}`,
      );
      return;
    }
    interpreter = replayInterpreter(p.ingest);
    sessionStartSeen = p.ingest.sessionStartSeen;
    if (p.ingest.recentStep !== null) store.noteSummaryStep(run, p.ingest.recentStep);
    for (const f of p.ingest.files) {
      const tail = files.get(f.path)!;
      [tail.offset, tail.dead, tail.replaced] = [f.offset, f.dead, f.replaced];
      tail.seenTags = new Set(f.seenTags);
    }
    store.applyData(run, [], interpreter.tags()); // announces the restored tags
  }

  function snapshot(): PersistedIngest | undefined {
    if (!scalarOnly || closed) return undefined;
    return ingestSnapshot({
      tails: order,
      interpreter,
      recentStep: store.recentStep(run),
      sessionStartSeen,
    });
  }
  store.setIngestState(run, snapshot);

  /**
   * Has the decode pool frame the next chunk of `tail`, then applies it (see applyChunk). Before applying, the
   * chunk after it is asked for (when that much more is there), so the workers decode it meanwhile; it is used
   * only if the next offload starts where it does, in the same file.
   */
  async function offload(pool: DecodePool, tail: FileTail, source: TailByteSource): Promise<PollResult> {
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
    if (closed || files.get(tail.path) !== tail || tail.offset !== start) return { records: 0, more: false };
    if (!r.ok) {
      tail.inProcessAt = start; // replaced, unreadable or a worker failure: the in-process read finds out which
      return { records: 0, more: true };
    }
    const next = r.chunk.end;
    if (next > start && source.size() - next >= OFFLOAD_BYTES) {
      const result = pool.decodeAhead({ ...job, start: next });
      if (result) tail.prefetch = { ...job, start: next, result };
    }
    return { records: applyChunk(tail, r.chunk), more: true };
  }

  /**
   * Applies a decoded chunk's records in file order, as visitPayloads would have handed them over: damage is
   * reported, a segment of scalars the interpreter's fast path accepts as a whole is appended per tag in one
   * copy from the worker's columns, a scalar it accepts alone is appended from them point by point, any other
   * payload is interpreted here. Returns the records accepted.
   */
  function applyChunk(tail: FileTail, c: DecodedChunk): number {
    const append = store.scalarAppender(run);
    const appendColumns = store.scalarColumnsAppender(run);
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
          chunks++;
          records += n;
          return n;
        }
      }
      const kind = c.kinds[i]!;
      if (kind === DAMAGE) {
        damage(c.damage[c.tagIndex[i]!]!);
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
        visitPayload(tail, c.bytes.subarray(at, at + c.payloadLength[i]!));
        n++;
      } catch (err) {
        damage(undecodable(tail.rel, c.offsets[i]!, err));
      }
    }
    tail.offset = c.end;
    chunks++;
    if (c.end === c.start) tail.inProcessAt = c.start; // nothing framed: the record there needs the in-process read
    records += n;
    return n;
  }

  /**
   * Reads up to `budget` records of one file; each payload is interpreted before the next read reuses the window.
   * A large backlog goes to the decode pool instead (a promise).
   */
  function readFile(tail: FileTail, budget: number): PollResult | Promise<PollResult> {
    if (!open(tail)) return { records: 0, more: false };
    try {
      checkIdentity(tail);
    } catch (err) {
      return unreadable(tail, err);
    }
    if (tail.dead || !tail.source) return { records: 0, more: false };
    const source = tail.source;
    let size: number;
    try {
      size = source.refresh();
    } catch (err) {
      return unreadable(tail, err);
    }
    if (size < tail.offset) {
      damage(shrunk(tail.rel, tail.offset, size));
      tail.offset = size;
    }
    if (
      deps.pool &&
      !tail.replaced &&
      size - tail.offset >= OFFLOAD_BYTES &&
      tail.offset !== tail.inProcessAt
    ) {
      deps.pool.warm();
      if (deps.pool.ready()) return offload(deps.pool, tail, source);
    }
    const reader = createEventStreamReader(source, tail.rel, tail.offset);
    const visit = (_offset: number, payload: Uint8Array): void => visitPayload(tail, payload);
    let r: VisitResult;
    try {
      r = reader.visitPayloads(visit, damage, budget, { stopWhenPending: true });
    } catch (err) {
      tail.offset = reader.offset;
      return unreadable(tail, err);
    }
    tail.offset = reader.offset;
    if (r.fatal) {
      tail.dead = true;
      damage(r.fatal);
    }
    const n = r.records;
    records += n;
    return { records: n, more: r.verifying === true || (!tail.dead && r.consumed >= budget) };
  }

  return {
    run,
    setFiles(list) {
      const wanted = new Set(list);
      for (const [path, tail] of files) {
        if (!wanted.has(path)) {
          closeTail(tail);
          dropAhead(tail);
          files.delete(path);
        }
      }
      for (const path of list) {
        if (files.has(path)) continue;
        const rel = relative(logdir, path).split(sep).join('/');
        files.set(path, {
          path,
          rel,
          offset: 0,
          dead: false,
          unreadableReported: false,
          seenTags: new Set(),
          replaced: false,
          inProcessAt: -1,
          keepBytes: false,
        });
      }
      order = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      if (!resumeChecked) {
        resumeChecked = true;
        resume();
      }
      store.setRunFiles(run, files.size);
    },
    poll(budget) {
      let total = 0;
      for (const tail of order) {
        const r = readFile(tail, budget - total);
        if (r instanceof Promise) {
          const before = total;
          return before === 0 ? r : r.then((x) => ({ records: x.records + before, more: true }));
        }
        total += r.records;
        if (r.more || total >= budget) return { records: total, more: true };
      }
      return { records: total, more: false };
    },
    hasFile: (path) => files.has(path),
    counters: () => ({ files: files.size, records, chunks }),
    close() {
      closed = true;
      store.setIngestState(run, null);
      for (const tail of files.values()) {
        closeTail(tail);
        dropAhead(tail);
      }
    },
  };
}
