// A buffering subscriber of the store's change stream that gives the live hub what it drained before the stream
// existed: everything that changed since the last drain, as one StoreChanges value. Invariant: a drain returns
// each change once, merged per run and tag (scalar tags with new points, plugin tags with new data), purges and
// damage in order.
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import type { TagInfo } from '../../tfevents/event-interpreter.ts';
import type { ChangeStream, StoreChange } from './store-change.ts';

/** What changed since the last drain (consumed by the live hub). */
export interface StoreChanges {
  /** Runs created / whose directory vanished. */
  runsAdded: string[];
  runsRemoved: string[];
  /** Series that received points: run -> tags. */
  scalars: Map<string, Set<string>>;
  /** Purges in order, with the old indices removed per scalar tag (for cursors of pushed points). */
  purges: {
    run: string;
    tag?: string;
    fromStep: number;
    reason: string;
    removed: ReadonlyMap<string, readonly number[]>;
  }[];
  newTags: { run: string; tags: TagInfo[] }[];
  /** Non-scalar data changed: run -> plugin -> tags. */
  plugins: Map<string, Map<string, Set<string>>>;
  damage: { run: string; damage: DamagedRecord[] }[];
}

export interface ChangeAccumulator {
  /** Returns and clears what accumulated. */
  drain(): StoreChanges;
  close(): void;
}

function emptyChanges(): StoreChanges {
  return {
    runsAdded: [],
    runsRemoved: [],
    scalars: new Map(),
    purges: [],
    newTags: [],
    plugins: new Map(),
    damage: [],
  };
}

export function createChangeAccumulator(stream: ChangeStream): ChangeAccumulator {
  let changes = emptyChanges();
  /** The newTags entry of each run in this drain (one entry per run, tags in order). */
  let newTagsOf = new Map<string, TagInfo[]>();
  /** The series already marked in this drain (each series sends one shared change object: one lookup a point). */
  let marked = new Set<StoreChange>();
  const unsubscribe = stream.subscribe((c) => {
    switch (c.kind) {
      case 'run-added':
        changes.runsAdded.push(c.run);
        return;
      case 'run-removed':
        changes.runsRemoved.push(c.run);
        return;
      case 'tags-added': {
        const listed = newTagsOf.get(c.run);
        if (listed) listed.push(...c.tags);
        else {
          const tags = [...c.tags];
          newTagsOf.set(c.run, tags);
          changes.newTags.push({ run: c.run, tags });
        }
        return;
      }
      case 'points-appended': {
        if (marked.has(c)) return;
        marked.add(c);
        if (c.dataClass === 'scalar') {
          let tags = changes.scalars.get(c.run);
          if (!tags) changes.scalars.set(c.run, (tags = new Set()));
          tags.add(c.tag);
          return;
        }
        let byPlugin = changes.plugins.get(c.run);
        if (!byPlugin) changes.plugins.set(c.run, (byPlugin = new Map<string, Set<string>>()));
        let tags = byPlugin.get(c.plugin);
        if (!tags) byPlugin.set(c.plugin, (tags = new Set()));
        tags.add(c.tag);
        return;
      }
      case 'purged':
        changes.purges.push({
          run: c.run,
          ...(c.tag === undefined ? {} : { tag: c.tag }),
          fromStep: c.fromStep,
          reason: c.reason,
          removed: c.removed,
        });
        return;
      case 'damage':
        changes.damage.push({ run: c.run, damage: [c.damage] });
        return;
    }
  });
  return {
    drain() {
      const out = changes;
      changes = emptyChanges();
      newTagsOf = new Map();
      marked = new Set();
      return out;
    },
    close: unsubscribe,
  };
}
