// The contract of a TensorBoard-compatible plugin: a name (its URL segment under /data/plugin/), its entry in
// /data/plugins_listing, whether it has data, and its routes. Plugins read only through the DataProvider.
import type { Router } from 'express';
import { tagsVersion } from '../http/listing-cache.ts';
import type { ModuleLog } from '../logging/server-logger.ts';
import type { DataProvider } from '../store/data-provider.ts';

export interface PluginListingEntry {
  disable_reload: boolean;
  enabled: boolean;
  remove_dom: boolean;
  tab_name: string;
  loading_mechanism:
    | { type: 'NG_COMPONENT' }
    | { type: 'CUSTOM_ELEMENT'; element_name: string }
    | { type: 'IFRAME'; module_path: string };
}

export interface PluginDeps {
  provider: DataProvider;
  /** The plugins' logger (module `plugins`); plugins that read files themselves warn through it. */
  log?: ModuleLog;
}

export interface TbPlugin {
  /** URL segment and listing key, e.g. 'scalars'. */
  name: string;
  /** The plugins_listing entry (enabled is computed from isActive). */
  listing: Omit<PluginListingEntry, 'enabled'>;
  isActive(provider: DataProvider): boolean;
  /** Adds the plugin's routes to `router` (mounted at /data/plugin/<name>). */
  routes(router: Router, deps: PluginDeps): void;
}

export const customElement = (tab: string, element: string): Omit<PluginListingEntry, 'enabled'> => ({
  disable_reload: false,
  remove_dom: false,
  tab_name: tab,
  loading_mechanism: { type: 'CUSTOM_ELEMENT', element_name: element },
});

const activeMemo = new WeakMap<DataProvider, Map<string, { version: number; active: boolean }>>();

/** True when any run has a tag of this plugin (remembered per tags version: plugins_listing asks per plugin). */
export function hasPluginTags(provider: DataProvider, plugin: string): boolean {
  const version = tagsVersion(provider);
  let memo = activeMemo.get(provider);
  const known = memo?.get(plugin);
  if (version !== undefined && known?.version === version) return known.active;
  let active = false;
  search: for (const run of provider.runs())
    for (const info of run.tags().values())
      if (info.plugin === plugin) {
        active = true;
        break search;
      }
  if (version !== undefined) {
    if (!memo) activeMemo.set(provider, (memo = new Map<string, { version: number; active: boolean }>()));
    memo.set(plugin, { version, active });
  }
  return active;
}
