// Tails the event files of one run, in name order, each from its last offset, and feeds what it reads through
// the run's interpreter into the series store. Invariants: a half-written record is waited for (never counted
// as damage); a damaged record is reported once with file and offset and skipped; a file that cannot be opened
// is reported once and retried; a file that shrinks is reported and read on from its new end (what was already
// read is kept); a file replaced by rename is reopened, a different file at a tailed path is read from its start,
// a path resolving outside the logdir is refused; nothing here throws into the caller. A file with a large
// backlog is framed and pre-decoded by the decode pool's worker threads a chunk at a time (chunk-decoder.ts),
// and its records are then applied in file order exactly as an in-process read would (chunk-apply.ts: same
// damage, same restart rules); the live tail (small appends), a replaced file and whatever a chunk could not
// frame are read in-process.
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { tensorboard } from '../../proto/index.ts';
import { decodeEvent } from '../../tfevents/event-codec.ts';
import { createRunInterpreter, type RunInterpreter } from '../../tfevents/event-interpreter.ts';
import {
  createEventStreamReader,
  shrunk,
  unreadable as unreadableFile,
  type DamagedRecord,
  type VisitResult,
} from '../../tfevents/event-stream-reader.ts';
import type { PersistedIngest } from '../store/column-cache/cache-manifest.ts';
import type { SeriesStore } from '../store/series-store.ts';
import { OFFLOAD_BYTES, offloadChunk, type ChunkRun, type FileTail } from './chunk-apply.ts';
import type { DecodePool } from './decode-pool.ts';
import { realLogdir } from './file-identity.ts';
import { ingestSnapshot, replayInterpreter, resumeProblem } from './ingest-resume.ts';
import { applyRestartRule } from './restart-rule.ts';
import { openTailByteSource, type ReadWindow } from './tail-byte-source.ts';

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

  const chunkRun: ChunkRun = {
    run,
    store,
    interpreter: () => interpreter,
    visitPayload,
    damage,
    current: (tail) => !closed && files.get(tail.path) === tail,
    applied(n) {
      chunks++;
      records += n;
    },
  };

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
      if (deps.pool.ready()) return offloadChunk(deps.pool, tail, source, chunkRun);
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
