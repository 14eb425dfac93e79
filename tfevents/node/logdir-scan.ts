// Finds the runs of a logdir as TensorBoard does: every directory (the logdir itself included, named '.')
// holding at least one file whose basename contains "tfevents" (and does not end in ".profile-empty") is a
// run, named by its path relative to the logdir with '/' separators. Symlinks (to directories or to event files)
// are followed, but never out of the logdir and never in a cycle. Unreadable directories are skipped and reported, never thrown.
import { readdirSync, realpathSync, statSync } from 'node:fs';
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
  return { runs, errors };
}
