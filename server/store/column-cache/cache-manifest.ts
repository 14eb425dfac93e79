// The column cache's manifest (manifest.json beside columns.bin): what a restarted server needs to serve a run
// without reading its event files again, written at each checkpoint after the column file is synced. Per run:
// its sealed scalar series (block offsets in columns.bin), its counts, damage and restart reports, first and
// last wall time, and its ingest state: per event file the identity, offset and restart-rule state, and the
// interpreter's state (file version, tags with their summary metadata, last summary step, session start seen).
// Only runs whose every tag is a scalar are kept (tensors and blobs are not in the cache: such runs are read
// again from their files). Invariant: a manifest of another format version or logdir is never used.
import { fstatSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { DamagedRecord } from '../../../tfevents/event-stream-reader.ts';
import type { RestartReport } from '../data-provider.ts';
import type { DiskSeriesState } from './disk-scalar-series.ts';

/** Bump when the layout of columns.bin or of this manifest changes: an older cache is then rebuilt. */
export const CACHE_FORMAT = 1;

export interface PersistedIdentity {
  dev: number;
  ino: number;
  /** base64 */
  prefix: string;
  headLength: number;
  headCrc: number;
  size: number;
  mtimeMs: number;
}

export interface PersistedFile {
  path: string;
  offset: number;
  dead: boolean;
  replaced: boolean;
  seenTags: string[];
  identity: PersistedIdentity;
}

export interface PersistedTag {
  tag: string;
  plugin: string;
  dataClass: string;
  displayName: string;
  description: string;
  /** base64 of the plugin content */
  content: string;
}

export interface PersistedIngest {
  files: PersistedFile[];
  fileVersion: number | null;
  /** The step of the run's last summary event (the interpreter's order check), null before the first. */
  recentStep: number | null;
  sessionStartSeen: boolean;
  tags: PersistedTag[];
}

export interface PersistedRunData {
  startTime: number | null;
  lastWallTime: number | null;
  damaged: DamagedRecord[];
  damagedCount: number;
  restarts: RestartReport[];
  restartCount: number;
  series: (DiskSeriesState & { tag: string })[];
}

export interface PersistedRun {
  name: string;
  data: PersistedRunData;
  ingest: PersistedIngest;
}

/** A file as it was once synced for a manifest: if it is still so, nothing has written to it since. */
export interface FileStamp {
  ino: number;
  size: number;
  /** Nanoseconds (decimal digits: beyond a double's precision). */
  mtimeNs: string;
}

export interface CacheManifest {
  format: number;
  logdir: string;
  /**
   * columns.bin and buckets.bin as they were once synced, when their sizes were those named here (absent: a
   * write came in between, or an older server's manifest; every block is then read back on a restore).
   */
  stamps?: { columns: FileStamp; buckets: FileStamp };
  /** Bytes of columns.bin when the manifest was written (every block it names lies below). */
  columnsBytes: number;
  /**
   * The inodes of columns.bin and buckets.bin the manifest names (absent in caches written before compaction):
   * a file of another inode (a compaction's file renamed over the old one) is not the one it describes.
   */
  inodes?: { columns: number; buckets: number };
  /** Bytes of buckets.bin when the manifest was written (absent in caches written before it). */
  bucketsBytes?: number;
  runs: PersistedRun[];
}

// JSON has no NaN or infinities (steps, wall times and values of restart reports may be any double)
const NON_FINITE = '~num';
function replacer(_key: string, v: unknown): unknown {
  return typeof v === 'number' && !Number.isFinite(v) ? { [NON_FINITE]: String(v) } : v;
}
function reviver(_key: string, v: unknown): unknown {
  if (v !== null && typeof v === 'object' && NON_FINITE in v) {
    const s = (v as Record<string, unknown>)[NON_FINITE];
    if (typeof s === 'string') return Number(s);
  }
  return v;
}

/** The manifest's text (built synchronously: it is the state at this instant). */
export function manifestText(m: CacheManifest): string {
  return JSON.stringify(m, replacer);
}

const stamp = (st: BigIntStats): FileStamp => ({
  ino: Number(st.ino),
  size: Number(st.size),
  mtimeNs: String(st.mtimeNs),
});

/** The stamp of the file at `path` (undefined: there is none). */
export function stampOf(path: string): FileStamp | undefined {
  try {
    return stamp(statSync(path, { bigint: true }));
  } catch {
    return undefined;
  }
}

/** The stamp of an open file. */
export const fdStamp = (fd: number): FileStamp => stamp(fstatSync(fd, { bigint: true }));

/** The manifest's text with the stamps of its files added (taken once they were synced). */
export function withStamps(text: string, stamps: { columns: FileStamp; buckets: FileStamp }): string {
  return `{"stamps":${JSON.stringify(stamps)},${text.slice(1)}`;
}

/** Writes a manifest's text atomically (a temporary file renamed over the old one). */
export async function writeManifest(path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

/** The manifest at `path`, or why it cannot be used. */
export function readManifest(
  path: string,
  logdir: string,
): { ok: true; manifest: CacheManifest } | { ok: false; why: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, why: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no manifest' : String(err) };
  }
  let m: unknown;
  try {
    m = JSON.parse(text, reviver);
  } catch (err) {
    return { ok: false, why: `manifest is not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const o = m as Partial<CacheManifest> | null;
  if (!o || typeof o !== 'object' || typeof o.format !== 'number')
    return { ok: false, why: 'manifest has no format' };
  if (o.format !== CACHE_FORMAT)
    return { ok: false, why: `cache format ${o.format}, this server writes ${CACHE_FORMAT}` };
  if (o.logdir !== logdir) return { ok: false, why: `manifest is of logdir ${String(o.logdir)}` };
  if (typeof o.columnsBytes !== 'number' || !Array.isArray(o.runs))
    return { ok: false, why: 'manifest is incomplete' };
  return { ok: true, manifest: o as CacheManifest };
}
