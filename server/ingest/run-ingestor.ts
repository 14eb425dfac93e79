// Tails the event files of one run, in name order, each from its last offset, and feeds what it reads through
// the run's interpreter into the series store. Invariants: a half-written record is waited for (never counted
// as damage); a damaged record is reported once with file and offset and skipped; a file that cannot be opened
// is reported once and retried; a file that shrinks is reported and read on from its new end (what was already
// read is kept); nothing here throws into the caller.
import { relative, sep } from 'node:path';
import type { DamageReport } from '../api-contract.ts';
import {
  createEventStreamReader,
  undecodable,
  type EventStreamReader,
} from '../../tfevents/event-stream-reader.ts';
import { createRunInterpreter, type Sample } from '../../tfevents/event-interpreter.ts';
import { openFileByteSource, type FileByteSource } from '../../tfevents/node/file-byte-source.ts';
import type { SeriesStore } from '../store/series-store.ts';

interface FileTail {
  path: string;
  rel: string;
  source?: FileByteSource;
  reader?: EventStreamReader;
  /** Offset to resume at when the file is reopened. */
  offset: number;
  unreadableReported: boolean;
  fatalReported: boolean;
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

export function createRunIngestor(deps: { logdir: string; run: string; store: SeriesStore }): RunIngestor {
  const { logdir, run, store } = deps;
  const interpreter = createRunInterpreter();
  const files = new Map<string, FileTail>();
  let order: FileTail[] = [];
  let records = 0;

  const damage = (d: DamageReport): void => store.reportDamage(run, d);

  function open(tail: FileTail): boolean {
    if (tail.reader) return true;
    try {
      tail.source = openFileByteSource(tail.path);
      tail.reader = createEventStreamReader(tail.source, tail.rel, tail.offset);
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
    if (tail.reader) tail.offset = tail.reader.offset;
    try {
      tail.source?.close();
    } catch {
      // already closed or the fd went away with the file: nothing to release
    }
    tail.source = undefined;
    tail.reader = undefined;
  }

  function readFile(tail: FileTail, budget: number): { records: number; more: boolean } {
    if (!open(tail)) return { records: 0, more: false };
    const source = tail.source!;
    let size: number;
    try {
      size = source.refresh();
    } catch (err) {
      closeTail(tail);
      damage({
        file: tail.rel,
        offset: tail.offset,
        reason: 'unreadable',
        message: `${tail.rel}: ${describe(err)}`,
      });
      return { records: 0, more: false };
    }
    let reader = tail.reader!;
    if (size < reader.offset) {
      const message = `${tail.rel}: file shrank from at least ${reader.offset} to ${size} bytes; reading on from byte ${size}`;
      damage({ file: tail.rel, offset: size, reason: 'shrunk', message });
      reader = tail.reader = createEventStreamReader(source, tail.rel, size);
    }
    if (reader.dead) return { records: 0, more: false };
    let batch;
    try {
      batch = reader.readPayloads(budget);
    } catch (err) {
      closeTail(tail);
      damage({
        file: tail.rel,
        offset: tail.offset,
        reason: 'unreadable',
        message: `${tail.rel}: ${describe(err)}`,
      });
      return { records: 0, more: false };
    }
    const samples: Sample[] = [];
    for (const { offset, payload } of batch.records) {
      try {
        const out = interpreter.interpretPayload(payload);
        for (const s of out) samples.push(s);
      } catch (err) {
        batch.damaged.push(undecodable(tail.rel, offset, err));
      }
    }
    const n = batch.records.length;
    records += n;
    if (samples.length > 0 || n > 0) store.applySamples(run, samples, interpreter.tags());
    for (const d of batch.damaged.sort((a, b) => a.offset - b.offset)) damage(d);
    if (batch.fatal && !tail.fatalReported) {
      tail.fatalReported = true;
      damage(batch.fatal);
    }
    tail.offset = reader.offset;
    const consumed = n + batch.damaged.length;
    return { records: n, more: !batch.fatal && consumed >= budget };
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
        files.set(path, { path, rel, offset: 0, unreadableReported: false, fatalReported: false });
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
