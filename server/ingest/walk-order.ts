// The order in which TensorBoard's loader discovers runs: a top-down walk of the logdir (tf.io.gfile.walk, or
// os.walk without TensorFlow) whose entries come in the file system's raw readdir order (not sorted); its
// multiplexer keeps runs in that order, so every data-provider listing (list_scalars, list_tensors,
// list_blob_sequences, list_runs) and every plugin answer built from one lists runs in it, and its first run
// holding something (e.g. the hparams experiment, backend_context.py's "first one") is the first in it. Node's
// opendir yields the same raw order as Python's scandir and TensorFlow's GetChildren. Only the directories on
// the given runs' paths are listed, once each, so ordering n runs costs one readdir per parent directory and an
// n log n sort of precomputed keys. A `WalkOrder` keeps each listing with the directory's identity (inode and
// mtime, one stat): a directory's raw order changes only when entries are added or removed, which moves its
// mtime, so a later ordering reads again only the directories that changed (10,000 runs in one logdir: one
// stat instead of a 10,000-entry readdir each time a run comes or goes). Invariant: a run whose order cannot be
// read (gone, unreadable, not local) comes after the runs that share its readable prefix, runs unorderable at the
// same point keep their relative input order.
import { opendirSync, statSync } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Raw readdir order of one directory's entry names (undefined when it cannot be read). Every entry is ranked,
 *  not only directories: a symlink to a run directory is walked by TensorBoard (isdir follows links). */
function rawOrder(dir: string): Map<string, number> | undefined {
  try {
    const d = opendirSync(dir);
    const rank = new Map<string, number>();
    try {
      for (let e = d.readSync(); e !== null; e = d.readSync()) rank.set(e.name, rank.size);
    } finally {
      d.closeSync();
    }
    return rank;
  } catch {
    return undefined;
  }
}

/** Rank of a path segment that cannot be ordered: after every readable sibling; ends the key. */
const UNORDERED = Number.POSITIVE_INFINITY;

/** What identifies one state of a directory's entries: its inode and mtime (undefined when it cannot be read). */
function identity(dir: string): string | undefined {
  try {
    const st = statSync(dir, { bigint: true });
    return `${st.ino}:${st.mtimeNs}`;
  } catch {
    return undefined;
  }
}

/** Orders runs in TensorBoard's walk order, reading again only the directories that changed since last time. */
export interface WalkOrder {
  /**
   * `runs` (names relative to the logdir, '.' for the logdir itself) in TensorBoard's top-down walk order. With
   * `changed` (the runs added, gone or back since the last sort), only the directories on those runs' paths are
   * checked (a stat each): the others' entries kept their raw order, since adding or removing an entry does not
   * move the others. Without it every directory is checked.
   */
  sort(runs: readonly string[], changed?: readonly string[]): string[];
  /**
   * Reads the listings `runs` need that are not kept yet, asynchronously (off the event loop, a directory at a
   * time), so that the next sort() only checks them: at 10,000 runs in their own parent directories, that first
   * sort read 10,000 directories in one turn (about half a second).
   */
  warm(runs: readonly string[]): Promise<void>;
  /** Directories read (readdir), and checked (stat), since this order was made (tests, benchmarks). */
  reads(): number;
  checks(): number;
}

/** Every directory on the paths of `runs`, relative to the logdir ('' for the logdir itself). */
function parentsOf(runs: readonly string[]): Set<string> {
  const parents = new Set<string>();
  for (const run of runs) {
    if (run === '.') continue;
    let parent = '';
    parents.add(parent);
    for (const segment of run.split('/').slice(0, -1)) {
      parent = parent === '' ? segment : `${parent}/${segment}`;
      parents.add(parent);
    }
  }
  return parents;
}

/** rawOrder without blocking: the same raw readdir order, read on the thread pool. */
async function rawOrderAsync(dir: string): Promise<{ id: string; rank: Map<string, number> } | undefined> {
  try {
    const st = await stat(dir, { bigint: true });
    const rank = new Map<string, number>();
    for await (const e of await opendir(dir, { bufferSize: 256 })) rank.set(e.name, rank.size);
    return { id: `${st.ino}:${st.mtimeNs}`, rank };
  } catch {
    return undefined;
  }
}

export function createWalkOrder(logdir: string): WalkOrder {
  const kept = new Map<string, { id: string; rank: Map<string, number> | undefined }>();
  let reads = 0;
  let checks = 0;
  const listing = (rel: string, trusted: boolean): Map<string, number> | undefined => {
    if (trusted && kept.has(rel)) return kept.get(rel)!.rank;
    const dir = rel === '' ? logdir : join(logdir, rel);
    checks++;
    const id = identity(dir);
    if (id === undefined) {
      kept.delete(rel);
      return undefined;
    }
    const k = kept.get(rel);
    if (k && k.id === id) return k.rank;
    reads++;
    const rank = rawOrder(dir);
    kept.set(rel, { id, rank });
    return rank;
  };
  return {
    sort(runs, changed) {
      const check = changed && parentsOf(changed);
      const seen = new Map<string, Map<string, number> | undefined>();
      const once = (rel: string): Map<string, number> | undefined => {
        if (!seen.has(rel)) seen.set(rel, listing(rel, check !== undefined && !check.has(rel)));
        return seen.get(rel);
      };
      return sortByListings(runs, once);
    },
    async warm(runs) {
      for (const rel of parentsOf(runs)) {
        if (kept.has(rel)) continue;
        // the stat is taken before the listing: an entry added meanwhile moves the mtime past the kept one
        const got = await rawOrderAsync(rel === '' ? logdir : join(logdir, rel));
        if (got && !kept.has(rel)) {
          reads++;
          kept.set(rel, got);
        }
      }
    },
    reads: () => reads,
    checks: () => checks,
  };
}

/** `runs` (names relative to `logdir`, '.' for the logdir itself) in TensorBoard's top-down walk order. */
export function sortInWalkOrder(logdir: string, runs: readonly string[]): string[] {
  return createWalkOrder(logdir).sort(runs);
}

function sortByListings(
  runs: readonly string[],
  listing: (rel: string) => Map<string, number> | undefined,
): string[] {
  const keys = runs.map((run, input) => {
    const ranks: number[] = [];
    if (run !== '.') {
      let parent = '';
      for (const segment of run.split('/')) {
        const rank = listing(parent)?.get(segment);
        ranks.push(rank ?? UNORDERED);
        if (rank === undefined) break;
        parent = parent === '' ? segment : `${parent}/${segment}`;
      }
    }
    return { run, ranks, input };
  });
  keys.sort((a, b) => {
    const n = Math.min(a.ranks.length, b.ranks.length);
    for (let i = 0; i < n; i++) {
      const ra = a.ranks[i]!;
      const rb = b.ranks[i]!;
      if (ra === UNORDERED && rb === UNORDERED) return a.input - b.input;
      if (ra !== rb) return ra < rb ? -1 : 1;
    }
    // a parent comes before its children (top-down)
    return a.ranks.length - b.ranks.length || a.input - b.input;
  });
  return keys.map((k) => k.run);
}
