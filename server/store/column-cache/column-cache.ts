// The column cache of one server: where full-resolution scalar series live on disk (column-file.ts) while memory
// holds their block index and live tail (disk-scalar-series.ts). Its directory defaults to
// $XDG_CACHE_HOME/trainboard/<hash of the absolute logdir> (~/.cache/... without XDG_CACHE_HOME), outside the
// logdir; `none` keeps every point in memory. Invariants: the event files stay the source of truth, so the cache
// is safe to delete at any time; each open cache writes its own file (columns-<pid>-<random>.bin), removed when it
// closes; files left by processes that are gone (a crash, a kill -9) are removed when the next server starts.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScalarSeries } from '../scalar-series.ts';
import { openColumnFile, type ColumnFile } from './column-file.ts';
import { createDiskScalarSeries } from './disk-scalar-series.ts';

export interface ColumnCache {
  readonly dir: string;
  /** A new, empty disk-backed scalar series. */
  createSeries(): ScalarSeries;
  stats(): { fileBytes: number; diskBytes: number; lruBytes: number; reads: number };
  close(): void;
}

/** The default cache directory of a logdir (never inside it: a logdir may be read-only or synced elsewhere). */
export function defaultCacheDir(logdir: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache');
  const hash = createHash('sha256').update(resolve(logdir)).digest('hex').slice(0, 16);
  return join(base, 'trainboard', hash);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function openColumnCache(dir: string, opts: { lruBytes?: number } = {}): ColumnCache {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const m = /^columns-(\d+)-[0-9a-f]+\.bin$/.exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1])))
      try {
        unlinkSync(join(dir, name));
      } catch {
        // another server starting at the same time removed it first
      }
  }
  const file: ColumnFile = openColumnFile(
    join(dir, `columns-${process.pid}-${randomBytes(4).toString('hex')}.bin`),
    opts,
  );
  return {
    dir,
    createSeries: () => createDiskScalarSeries(file),
    stats: () => ({
      fileBytes: file.size(),
      diskBytes: file.diskBytes(),
      lruBytes: file.lruBytes(),
      reads: file.reads(),
    }),
    close: () => file.close(true),
  };
}
