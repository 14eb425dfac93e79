// The live settings of the dashboard: read once from the URL over what local storage remembered, written back
// to both on every change (history.replaceState, so the back button is not flooded), and broadcast to
// listeners with the keys that changed. Text typed into a filter is written back once typing pauses
// (TYPED_PERSIST_MS: history.replaceState and the storage write cost 3-4 ms a call, which after every key landed
// between keystrokes and delayed the next key's frame); any other change writes at once, together with a
// pending one, and so does leaving the page, so the URL never lags a click.
import {
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  type Settings,
  type ViewName,
} from './url-state.ts';

const STORAGE_KEY = 'trainboard.settings';
/** Settings changed key by key while typing: persisted once typing pauses, coalesced. */
const TYPED_KEYS: ReadonlySet<keyof Settings> = new Set<keyof Settings>([
  'runFilter',
  'metricFilter',
  'tagFilter',
]);

/** How long typing pauses before typed text is written to the URL: the charts' own debounce of typed filters
 *  (scalars/redraw-scheduler.ts INPUT_QUIET_MS), so the URL changes when the charts do. */
const TYPED_PERSIST_MS = 250;

export type SettingsListener = (s: Readonly<Settings>, changed: ReadonlySet<keyof Settings>) => void;

export interface SettingsStore {
  get(): Readonly<Settings>;
  update(patch: Partial<Settings>): void;
  subscribe(fn: SettingsListener): () => void;
}

function remembered(views: readonly ViewName[]): Settings {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw === null ? { ...DEFAULT_SETTINGS } : parseSettings(raw, DEFAULT_SETTINGS, views);
  } catch {
    return { ...DEFAULT_SETTINGS }; // storage disabled: URL only
  }
}

/** `views`: the registered view names (client/views/view-registry.ts), the values `view` may take. */
export function createSettingsStore(views: readonly ViewName[]): SettingsStore {
  let current = parseSettings(location.search, remembered(views), views);
  const listeners = new Set<SettingsListener>();
  const persist = (): void => {
    const qs = serializeSettings(current);
    history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
    try {
      localStorage.setItem(STORAGE_KEY, qs);
    } catch {
      // storage full or disabled: the URL still carries the settings
    }
  };
  let persistPending = false;
  let persistTimer: ReturnType<typeof setTimeout> | undefined;
  /** TYPED_PERSIST_MS after the last typed change, unless a direct change persisted meanwhile. */
  const persistSoon = (): void => {
    persistPending = true;
    clearTimeout(persistTimer);
    persistTimer = setTimeout(() => {
      if (!persistPending) return;
      persistPending = false;
      persist();
    }, TYPED_PERSIST_MS);
  };
  addEventListener('pagehide', () => {
    if (persistPending) persist();
  });
  persist();
  return {
    get: () => current,
    update(patch) {
      const changed = new Set<keyof Settings>();
      for (const key of Object.keys(patch) as (keyof Settings)[]) {
        if (JSON.stringify(patch[key]) !== JSON.stringify(current[key])) changed.add(key);
      }
      if (changed.size === 0) return;
      current = { ...current, ...patch };
      if ([...changed].every((k) => TYPED_KEYS.has(k))) persistSoon();
      else {
        persistPending = false;
        persist();
      }
      for (const fn of listeners) fn(current, changed);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
