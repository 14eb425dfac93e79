// File-system notifications for large logdirs: one non-recursive fs.watch (one inotify watch) per directory
// the last scan read, kept equal to that set incrementally (new directories watched, vanished ones closed) and
// created in slices on the shared turn budget. Node 20's recursive fs.watch walks the whole tree synchronously
// on Linux (0.7 s on 10,000 runs, and stat-polling after), so above a few thousand directories the logdir
// watcher uses this instead. Invariants: a directory is watched at most once; a watch that fails to start
// (inotify's limit, ENOSPC) stops all of them and is reported once through `onUnavailable` (the caller polls);
// a directory that vanishes only loses its own watch.
import { watch, type FSWatcher } from 'node:fs';
import { createSliceClock } from '../runtime/turn-scheduler.ts';

export interface DirectoryWatchers {
  /** Makes the watched directories exactly `dirs`; resolves when done (false: watching is unavailable). */
  sync(dirs: readonly string[]): Promise<boolean>;
  /** Directories watched now. */
  size(): number;
  close(): void;
}

export function createDirectoryWatchers(opts: {
  /** A change in `dir` (filename null when the platform does not say which entry). */
  onEvent: (dir: string, filename: string | null) => void;
  /** Watching stopped for good (the reason, e.g. the inotify limit); the caller falls back to polling. */
  onUnavailable: (reason: string) => void;
}): DirectoryWatchers {
  const watchers = new Map<string, FSWatcher>();
  let unavailable = false;
  let closed = false;

  function closeOne(dir: string): void {
    const w = watchers.get(dir);
    watchers.delete(dir);
    try {
      w?.close();
    } catch {
      // a watcher whose directory vanished may throw on close; it is gone either way
    }
  }

  function closeAll(): void {
    for (const dir of [...watchers.keys()]) closeOne(dir);
  }

  function add(dir: string): boolean {
    try {
      const w = watch(dir, { persistent: false }, (_event, name) => {
        if (!closed) opts.onEvent(dir, name === null ? null : name.toString());
      });
      // the directory was removed (or became unreadable): only its own watch goes; the next scan decides
      w.on('error', () => closeOne(dir));
      watchers.set(dir, w);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES') return true; // gone since the scan
      unavailable = true;
      closeAll();
      opts.onUnavailable(
        `cannot watch ${dir}: ${err instanceof Error ? err.message : String(err)}${
          code === 'ENOSPC' ? ' (inotify watch limit: fs.inotify.max_user_watches)' : ''
        }`,
      );
      return false;
    }
  }

  return {
    async sync(dirs) {
      if (unavailable || closed) return false;
      // every step is sliced, the lookups too: a rescan of 20,000 directories already watched is 20,000 of them
      const clock = createSliceClock();
      const wanted = new Set<string>();
      for (const dir of dirs) {
        wanted.add(dir);
        if (clock.due()) await clock.yield();
      }
      if (closed || unavailable) return !unavailable;
      for (const dir of [...watchers.keys()]) {
        if (!wanted.has(dir)) closeOne(dir);
        if (clock.due()) await clock.yield();
      }
      for (const dir of dirs) {
        if (clock.due()) {
          await clock.yield();
          if (closed || unavailable) return !unavailable;
        }
        if (watchers.has(dir)) continue;
        if (!add(dir)) return false;
      }
      return true;
    },
    size: () => watchers.size,
    close() {
      closed = true;
      closeAll();
    },
  };
}
