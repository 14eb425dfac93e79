// The order in which TensorBoard's loader discovers runs: a top-down walk of the logdir (os.walk) whose entries
// come in the file system's raw readdir order (not sorted), so its first run holding something (e.g. the
// hparams experiment, backend_context.py's "first one") is the first in that walk. Node's opendir yields the
// same raw order as Python's scandir. Only the directories on the given runs' paths are listed, so ordering a
// few runs costs a few readdirs. Invariant: runs whose order cannot be read (gone, unreadable, not local) keep
// their relative input order after the ones that could be ordered.
import { opendirSync } from 'node:fs';
import { join } from 'node:path';

/** Raw readdir order of one directory's subdirectory names (undefined when it cannot be read). */
function rawOrder(dir: string): Map<string, number> | undefined {
  try {
    const d = opendirSync(dir);
    const rank = new Map<string, number>();
    try {
      for (let e = d.readSync(); e !== null; e = d.readSync())
        if (e.isDirectory()) rank.set(e.name, rank.size);
    } finally {
      d.closeSync();
    }
    return rank;
  } catch {
    return undefined;
  }
}

/** `runs` (names relative to `logdir`, '.' for the logdir itself) in TensorBoard's top-down walk order. */
export function sortInWalkOrder(logdir: string, runs: readonly string[]): string[] {
  const listings = new Map<string, Map<string, number> | undefined>();
  const listing = (rel: string): Map<string, number> | undefined => {
    if (!listings.has(rel)) listings.set(rel, rawOrder(rel === '' ? logdir : join(logdir, rel)));
    return listings.get(rel);
  };
  const segments = (run: string): string[] => (run === '.' ? [] : run.split('/'));
  const compare = (a: string, b: string): number => {
    const sa = segments(a);
    const sb = segments(b);
    for (let i = 0; ; i++) {
      // a parent comes before its children (top-down)
      if (i === sa.length || i === sb.length) return sa.length - sb.length;
      if (sa[i] === sb[i]) continue;
      const rank = listing(sa.slice(0, i).join('/'));
      const ra = rank?.get(sa[i]!);
      const rb = rank?.get(sb[i]!);
      if (ra === undefined || rb === undefined) return ra === undefined ? (rb === undefined ? 0 : 1) : -1;
      return ra - rb;
    }
  };
  return [...runs].sort(compare); // Array.prototype.sort is stable: unorderable runs keep their input order
}
