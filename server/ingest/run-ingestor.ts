// Tails the event files of one run, in name order, each from its last offset, and feeds what it reads through
// the run's interpreter into the series store. Invariants: a half-written record is waited for (never counted
// as damage); a damaged record is reported once with file and offset and skipped; a file that cannot be opened
// is reported once and retried; a file that shrinks is reported and read on from its new end (what was already
// read is kept); a file replaced by rename is reopened, a different file at a tailed path is read from its start,
// a path resolving outside the logdir is refused; nothing here throws into the caller.
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { undecodable } from '../../tfevents/event-stream-reader.ts';
import { createRunInterpreter, type Sample } from '../../tfevents/event-interpreter.ts';
import { readRecord } from '../../tfevents/record-reader.ts';
import type { DamageReport } from '../api-contract.ts';
import type { SeriesStore } from '../store/series-store.ts';
import { realLogdir } from './file-identity.ts';
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
  /** Scalar tags seen in this file (to detect a restart that begins a new file with earlier steps). */
  seenTags: Set<string>;
  /** The run already had data from another file when this one was first read. */
  laterFile: boolean | undefined;
}

export interface RunIngestor {
  readonly run: string;
  /** The run's event files (absolute, any order); files no longer listed are closed (their data is kept). */
  setFiles(files: readonly string[]): void;
  /** Reads up to `budget` records across the run's files; returns how many were read and whether more wait. */
  poll(budget: number): { records: number; more: boolean };
  /** True when `path` is one of this run's files. */
  hasFile(path: string): boolean;
  counters(): { files: number; records: number };
  close(): void;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function createRunIngestor(deps: {
  logdir: string;
  run: string;
  store: SeriesStore;
  /** The read window shared by every file of the logdir (one record is consumed before the next read). */
  window: ReadWindow;
}): RunIngestor {
  const { logdir, run, store } = deps;
  const interpreter = createRunInterpreter();
  const files = new Map<string, FileTail>();
  let order: FileTail[] = [];
  let records = 0;

  // damage goes to the store only: the server's damage log (server/logging) reports it from there, once
  const damage = (d: DamageReport): void => store.reportDamage(run, d);

  function open(tail: FileTail): boolean {
    if (tail.source) return true;
    try {
      tail.source = openTailByteSource(tail.path, deps.window, { root: realLogdir(logdir) });
      tail.unreadableReported = false;
      return true;
    } catch (err) {
      if (!tail.unreadableReported) {
        tail.unreadableReported = true;
        const message = `${tail.rel}: cannot open: ${describe(err)}`;
        damage({ file: tail.rel, offset: tail.offset, reason: 'unreadable', message });
      }
      return false;
    }
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
    damage({
      file: tail.rel,
      offset: tail.offset,
      reason: 'unreadable',
      message: `${tail.rel}: ${describe(err)}`,
    });
    return { records: 0, more: false };
  }

  /**
   * A restarted writer that opens a new file and goes back in steps (a trainer resumed from a checkpoint): the
   * first point of a tag in a later file with a step below the run's last step for that tag discards the stale
   * points from that step on, as TensorBoard's data server does (its reservoirs preempt on a step regression).
   * An equal step (Keras' evaluate() repeating the last step in a new file) is kept, as both loaders keep it.
   */
  function checkRestart(tail: FileTail, samples: Sample[]): void {
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i]!;
      if (s.kind !== 'scalar' || tail.seenTags.has(s.tag)) continue;
      tail.seenTags.add(s.tag);
      const series = store.run(run)?.scalars(s.tag);
      const last = series && series.length ? series.step(series.length - 1) : undefined;
      if (last !== undefined && s.step < last) {
        const reason = `${tail.rel} restarts '${s.tag}' at step ${s.step} (after step ${last})`;
        samples.splice(i, 0, { kind: 'purge', fromStep: s.step, tag: s.tag, reason });
        i++;
      }
    }
  }

  /**
   * The tailed file's identity (device, inode, head: file-identity.ts) is checked on every poll. A copy of the
   * same file renamed over it (a copy tool's `mv tmp file`: new inode, same head) is reopened and read on from
   * the same offset; a different file put at the path (moved or copied over it: a different head) is read from
   * its start as a new file of the run, as a writer's new file is (the restart rule applies; what was read stays
   * unless the new file goes back in steps). A symlink swapped in that leads outside the logdir is refused by
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
    [tail.offset, tail.dead, tail.laterFile] = [0, false, undefined];
    tail.seenTags.clear();
  }

  /** Reads up to `budget` records of one file; each payload is interpreted before the next read reuses the window. */
  function readFile(tail: FileTail, budget: number): { records: number; more: boolean } {
    if (!open(tail)) return { records: 0, more: false };
    try {
      checkIdentity(tail);
    } catch (err) {
      return unreadable(tail, err);
    }
    if (tail.dead || !tail.source) return { records: 0, more: false };
    tail.laterFile ??= (store.run(run)?.pointCount() ?? 0) > 0;
    const source = tail.source;
    let size: number;
    try {
      size = source.refresh();
    } catch (err) {
      return unreadable(tail, err);
    }
    if (size < tail.offset) {
      const message = `${tail.rel}: file shrank from at least ${tail.offset} to ${size} bytes; reading on from byte ${size}`;
      damage({ file: tail.rel, offset: size, reason: 'shrunk', message });
      tail.offset = size;
    }
    let n = 0;
    let consumed = 0;
    const tags = interpreter.tags();
    try {
      while (consumed < budget) {
        const r = readRecord(source, tail.offset);
        if (r.kind === 'truncated') break;
        if (r.kind === 'fatal') {
          tail.dead = true;
          damage({
            file: tail.rel,
            offset: r.offset,
            reason: r.reason,
            message: `${tail.rel}: ${r.message}`,
          });
          break;
        }
        consumed++;
        tail.offset = r.next;
        if (r.kind === 'corrupt') {
          const message = `${tail.rel}: bad data CRC at byte ${r.offset}`;
          damage({ file: tail.rel, offset: r.offset, reason: r.reason, message });
          continue;
        }
        try {
          const samples = interpreter.interpretPayload(r.payload);
          if (tail.laterFile) checkRestart(tail, samples);
          store.applySamples(run, samples, tags);
          n++;
        } catch (err) {
          damage(undecodable(tail.rel, r.offset, err));
        }
      }
    } catch (err) {
      return unreadable(tail, err);
    }
    records += n;
    return { records: n, more: !tail.dead && consumed >= budget };
  }

  return {
    run,
    setFiles(list) {
      const wanted = new Set(list);
      for (const [path, tail] of files) {
        if (!wanted.has(path)) {
          closeTail(tail);
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
          laterFile: undefined,
        });
      }
      order = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      store.setRunFiles(run, files.size);
    },
    poll(budget) {
      let total = 0;
      for (const tail of order) {
        const r = readFile(tail, budget - total);
        total += r.records;
        if (r.more || total >= budget) return { records: total, more: true };
      }
      return { records: total, more: false };
    },
    hasFile: (path) => files.has(path),
    counters: () => ({ files: files.size, records }),
    close() {
      for (const tail of files.values()) closeTail(tail);
    },
  };
}
