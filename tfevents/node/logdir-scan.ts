// Finds the runs of a logdir as TensorBoard does: every directory (the logdir itself included, named '.')
// holding at least one file whose basename contains "tfevents" (and does not end in ".profile-empty") is a
// run, named by its path relative to the logdir with '/' separators. Symlinks (to directories or to event files)
// are followed, but never out of the logdir and never in a cycle. Unreadable directories are skipped and reported, never thrown.
// scanLogdirAsync() finds the same runs without blocking the event loop (for logdirs of 10,000 runs and more):
// directory reads go to the thread pool a level at a time, a bounded number at once, and only symlinks are
// stat'ed or resolved (a plain entry of a directory inside the logdir is inside it). Given a `ScanSlicer`, its
// work between reads (a directory's entries, a level's claims) is done in slices: when the slicer says a slice is
// due, every lane of the scan waits for the same `yield()` (10,000 run directories: about 30 ms of callbacks that
// would otherwise share whatever turn their reads complete in).
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface ScannedRun {
  run: string;
  dir: string;
  /** Absolute paths of the run's event files, in name order. */
  files: string[];
}

export interface LogdirScan {
  runs: ScannedRun[];
  /** Directories that could not be read, with the reason. */
  errors: { dir: string; message: string }[];
  /** Directories read. */
  dirs: number;
  /** The paths of the directories read (each directory once, under the path it was first reached by). */
  dirPaths: string[];
}

export function isEventFileName(name: string): boolean {
  return name.includes('tfevents') && !name.endsWith('.profile-empty');
}

export function runName(logdir: string, dir: string): string {
  const rel = relative(logdir, dir);
  return rel === '' ? '.' : rel.split(sep).join('/');
}

export function scanLogdir(logdir: string): LogdirScan {
  const root = realpathSync(logdir);
  const runs: ScannedRun[] = [];
  const errors: LogdirScan['errors'] = [];
  const seen = new Set<string>();
  const dirPaths: string[] = [];
  let dirs = 0;
  /** A file counts only when its real path is inside the logdir: a symlink may not lead out of it. */
  const insideRoot = (p: string): boolean => {
    try {
      const real = realpathSync(p);
      return real.startsWith(root + sep);
    } catch {
      return false;
    }
  };

  function visit(dir: string): void {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      if (seen.has(real) || !(real === root || real.startsWith(root + sep))) return;
      seen.add(real);
      names = readdirSync(dir).sort();
      dirs++;
      dirPaths.push(dir);
    } catch (err) {
      errors.push({ dir, message: err instanceof Error ? err.message : String(err) });
      return;
    }
    const files: string[] = [];
    const subdirs: string[] = [];
    for (const name of names) {
      const p = join(dir, name);
      let isDir = false;
      let isFile = false;
      try {
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling symlink or a file deleted meanwhile
      }
      if (isDir) subdirs.push(p);
      else if (isFile && isEventFileName(name) && insideRoot(p)) files.push(p);
    }
    if (files.length > 0) runs.push({ run: runName(logdir, dir), dir, files });
    for (const sub of subdirs) visit(sub);
  }

  visit(logdir);
  runs.sort((a, b) => (a.run < b.run ? -1 : a.run > b.run ? 1 : 0));
  return { runs, errors, dirs, dirPaths };
}

/** How an asynchronous scan shares the event loop: `due()` says its slice is spent, `yield()` resumes it later
 *  (the server's turn budget; see server/runtime/turn-scheduler.ts createSliceClock). */
export interface ScanSlicer {
  due(): boolean;
  yield(): Promise<void>;
}

/** Directory entries handled between two checks of the slicer. */
const ENTRIES_PER_CHECK = 256;

/** Directory reads in flight at once during an asynchronous scan. */
const SCAN_CONCURRENCY = 32;

interface PendingDir {
  dir: string;
  /** Its real path when known without resolving (a plain directory inside a directory whose real path is known). */
  real: string | undefined;
}

export async function scanLogdirAsync(logdir: string, slicer?: ScanSlicer): Promise<LogdirScan> {
  const root = await realpath(logdir);
  /** The one pause every lane waits for once the slice is spent (one yield, not one per lane). */
  let pause: Promise<void> | undefined;
  const breathe = async (): Promise<void> => {
    if (pause === undefined) {
      if (slicer === undefined || !slicer.due()) return;
      pause = slicer.yield().finally(() => (pause = undefined));
    }
    await pause;
  };
  const runs: ScannedRun[] = [];
  const errors: LogdirScan['errors'] = [];
  const seen = new Set<string>();
  const dirPaths: string[] = [];
  let dirs = 0;
  const inside = (real: string): boolean => real === root || real.startsWith(root + sep);
  const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

  /** Reads one claimed directory: its event files make a run; its subdirectories go to the next level. */
  async function read(dir: string, real: string, next: PendingDir[]): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
      dirs++;
      dirPaths.push(dir);
    } catch (err) {
      errors.push({ dir, message: message(err) });
      return;
    }
    await breathe();
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const files: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      if (i % ENTRIES_PER_CHECK === ENTRIES_PER_CHECK - 1) await breathe();
      const e = entries[i]!;
      const p = join(dir, e.name);
      if (e.isDirectory()) next.push({ dir: p, real: real + sep + e.name });
      else if (e.isFile()) {
        if (isEventFileName(e.name)) files.push(p);
      } else if (e.isSymbolicLink()) {
        try {
          const st = await stat(p);
          if (st.isDirectory()) next.push({ dir: p, real: undefined });
          else if (st.isFile() && isEventFileName(e.name) && (await realpath(p)).startsWith(root + sep))
            files.push(p);
        } catch {
          // dangling symlink or a file deleted meanwhile
        }
      }
    }
    if (files.length > 0) runs.push({ run: runName(logdir, dir), dir, files });
  }

  /** Runs `work` over `items`, at most SCAN_CONCURRENCY at once. */
  async function bounded<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
    let i = 0;
    const lane = async (): Promise<void> => {
      while (i < items.length) {
        await work(items[i++]!);
        await breathe();
      }
    };
    await Promise.all(Array.from({ length: Math.min(SCAN_CONCURRENCY, items.length) }, lane));
  }

  let level: PendingDir[] = [{ dir: logdir, real: root }];
  while (level.length > 0) {
    level.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    // resolve the symlinked directories, then claim in path order: the same directory reached twice (an alias)
    // is read once, under the first path, on every scan
    await bounded(level, async (d) => {
      if (d.real !== undefined) return;
      try {
        d.real = await realpath(d.dir);
      } catch (err) {
        errors.push({ dir: d.dir, message: message(err) });
      }
    });
    await breathe();
    const claimed: { dir: string; real: string }[] = [];
    for (let i = 0; i < level.length; i++) {
      if (i % ENTRIES_PER_CHECK === ENTRIES_PER_CHECK - 1) await breathe();
      const d = level[i]!;
      if (d.real === undefined || seen.has(d.real) || !inside(d.real)) continue;
      seen.add(d.real);
      claimed.push({ dir: d.dir, real: d.real });
    }
    const next: PendingDir[] = [];
    await bounded(claimed, (d) => read(d.dir, d.real, next));
    level = next;
    await breathe();
  }
  runs.sort((a, b) => (a.run < b.run ? -1 : a.run > b.run ? 1 : 0));
  return { runs, errors, dirs, dirPaths };
}
