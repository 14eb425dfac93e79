// The dashboard store as the views see it once runs are managed: its runs filtered and ordered by their
// annotations and the URL's run-management filters (run-annotation-filter.ts), a run's colour and name taken
// from its annotation when set, and a 'meta' event whenever an annotation or one of those filters changes, so
// the runs list and every chart redraw. Invariant: everything else is the underlying store's, unchanged (it
// still follows every run; only what is listed and drawn narrows).
import type { RunSummary } from '../../contract/index.ts';
import type { DashboardStore, StoreEvent } from '../state/dashboard-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import type { Settings } from '../state/url-state.ts';
import { filterByAnnotations } from './run-annotation-filter.ts';
import type { RunAnnotationsStore } from './run-annotations-store.ts';

const FILTER_KEYS: readonly (keyof Settings)[] = ['showHidden', 'showArchived', 'runTag'];

export function withRunAnnotations(
  base: DashboardStore,
  annotations: RunAnnotationsStore,
  settings: SettingsStore,
): DashboardStore {
  let version = 0;
  annotations.subscribe(() => version++);
  // keyed on the filter settings' values, not the settings object (a new one per keystroke in any filter): the
  // list keeps its identity while other settings change, so the views' caches of it hold
  let cache: { runs: readonly RunSummary[]; version: number; filter: string } | undefined;
  let listed: RunSummary[] = [];

  function runs(): readonly RunSummary[] {
    const all = base.runs();
    const s = settings.get();
    const filter = JSON.stringify(FILTER_KEYS.map((k) => s[k]));
    if (cache?.runs !== all || cache.version !== version || cache.filter !== filter) {
      listed = filterByAnnotations(all, (run) => annotations.get(run), s);
      cache = { runs: all, version, filter };
    }
    return listed;
  }

  return {
    ...base,
    runs,
    colorOf: (run) => annotations.get(run)?.color ?? base.colorOf(run),
    displayNameOf: (run) => annotations.get(run)?.displayName ?? base.displayNameOf(run),
    // sessions holding a pinned run first
    sessionRank: (rs) => (rs.some((r) => annotations.get(r.run)?.pinned) ? 0 : 1),
    subscribe(fn: (e: StoreEvent) => void) {
      const offs = [
        base.subscribe(fn),
        annotations.subscribe(() => fn({ kind: 'meta' })),
        settings.subscribe((_s, changed) => {
          if (FILTER_KEYS.some((k) => changed.has(k))) fn({ kind: 'meta' });
        }),
      ];
      return () => offs.forEach((off) => off());
    },
  };
}
