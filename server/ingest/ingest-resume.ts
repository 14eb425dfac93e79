// Resuming a run's ingest from the column cache's checkpoint (server/store/column-cache/cache-manifest.ts): what
// of a run ingestor's state is kept (each event file's identity, offset and restart-rule state; the interpreter's
// file version, tags with their summary metadata, last summary step and whether a session START was seen), the
// check that the files on disk still continue what was read (same files, none shrunk or rewritten, no new file
// sorting before them: a fresh read would read them in another order), and rebuilding an interpreter in that
// state by feeding it the events that lead there (no TensorBoard data comes out of them). Invariant: a resumed run
// reads on exactly as the server that wrote the checkpoint would have.
import { tensorboard } from '../../proto/index.ts';
import { createRunInterpreter, type RunInterpreter } from '../../tfevents/event-interpreter.ts';
import type { PersistedFile, PersistedIngest } from '../store/column-cache/cache-manifest.ts';
import type { FileIdentity } from './file-identity.ts';
import type { TailByteSource } from './tail-byte-source.ts';

/** The part of a run ingestor's file tail kept by a checkpoint. */
export interface ResumableTail {
  path: string;
  source?: TailByteSource;
  offset: number;
  dead: boolean;
  replaced: boolean;
  seenTags: Set<string>;
}

const DATA_CLASS_ENUM: Record<string, number> = { scalar: 1, tensor: 2, blob_sequence: 3 };

const b64 = (u: Uint8Array): string => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64');
const unb64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

/** The ingest state of a run of scalars for a checkpoint; undefined when it cannot be kept. */
export function ingestSnapshot(s: {
  tails: readonly ResumableTail[];
  interpreter: RunInterpreter;
  recentStep: number | null;
  sessionStartSeen: boolean;
}): PersistedIngest | undefined {
  const tags: PersistedIngest['tags'] = [];
  for (const t of s.interpreter.tags().values()) {
    if (t.dataClass !== 'scalar') return undefined;
    tags.push({
      tag: t.tag,
      plugin: t.plugin,
      dataClass: t.dataClass,
      displayName: t.displayName,
      description: t.description,
      content: b64(t.pluginContent),
    });
  }
  const files: PersistedFile[] = [];
  for (const tail of s.tails) {
    if (!tail.source) {
      if (tail.offset === 0 && !tail.dead) continue; // never read: read as a new file on resume
      return undefined; // closed after an error: its identity is unknown
    }
    const id = tail.source.identity();
    files.push({
      path: tail.path,
      offset: tail.offset,
      dead: tail.dead,
      replaced: tail.replaced,
      seenTags: [...tail.seenTags],
      identity: { ...id, prefix: b64(id.prefix) },
    });
  }
  return {
    files,
    fileVersion: s.interpreter.fileVersion() ?? null,
    recentStep: s.recentStep,
    sessionStartSeen: s.sessionStartSeen,
    tags,
  };
}

/**
 * Why the run's files no longer continue the checkpoint (undefined: they do). Opens each kept file through
 * `open` (the ingestor's, which reports a file it cannot open).
 */
export function resumeProblem<T extends ResumableTail>(
  p: PersistedIngest,
  files: ReadonlyMap<string, T>,
  open: (tail: T) => boolean,
): string | undefined {
  let last = '';
  for (const f of p.files) if (f.path > last) last = f.path;
  const kept = new Set(p.files.map((f) => f.path));
  for (const path of files.keys())
    if (!kept.has(path) && path < last) return `new event file ${path} sorts before the files read`;
  for (const f of p.files) {
    const tail = files.get(f.path);
    if (!tail) return `event file ${f.path} is gone`;
    if (!open(tail) || !tail.source) return `event file ${f.path} cannot be opened`;
    const known: FileIdentity = { ...f.identity, prefix: unb64(f.identity.prefix) };
    if (!tail.source.continues(known)) return `event file ${f.path} was replaced or rewritten`;
    const size = tail.source.refresh();
    if (size < f.offset) return `event file ${f.path} shrank from ${f.offset} to ${size} bytes`;
  }
  return undefined;
}

/** A new interpreter in the kept state: fed its file version, a session START if one was seen, and its tags. */
export function replayInterpreter(p: PersistedIngest): RunInterpreter {
  const it = createRunInterpreter();
  if (p.fileVersion !== null)
    it.interpretData(tensorboard.Event.create({ fileVersion: `brain.Event:${p.fileVersion}` }));
  if (p.sessionStartSeen)
    it.interpretData(
      tensorboard.Event.create({ sessionLog: { status: tensorboard.SessionLog.SessionStatus.START } }),
    );
  // the tags in their order of first appearance, each with the metadata of its first value; at the last
  // summary step, which the interpreter then checks later steps against
  if (p.tags.length > 0 || p.recentStep !== null)
    it.interpretData(
      tensorboard.Event.create({
        step: p.recentStep ?? 0,
        summary: {
          value: p.tags.map((t) => ({
            tag: t.tag,
            metadata: {
              pluginData: { pluginName: t.plugin, content: unb64(t.content) },
              displayName: t.displayName,
              summaryDescription: t.description,
              dataClass: DATA_CLASS_ENUM[t.dataClass] ?? 0,
            },
          })),
        },
      }),
    );
  return it;
}
