// The one list of TensorBoard-compatible plugins, in TensorBoard's tab order: each is registered here once and
// mounted at /data/plugin/<name>; /data/plugins_listing is derived from the same list (in TensorBoard's key
// order, with TensorBoard's disabled entries for the plugins not registered).
import { Router } from 'express';
import type { DataProvider } from '../store/data-provider.ts';
import { audioPlugin } from './audio/audio-plugin.ts';
import { customScalarsPlugin } from './custom_scalars/custom-scalars-plugin.ts';
import { graphsPlugin } from './graphs/graphs-plugin.ts';
import { distributionsPlugin, histogramsPlugin } from './histograms/histograms-plugin.ts';
import { hparamsPlugin } from './hparams/hparams-plugin.ts';
import { imagesPlugin } from './images/images-plugin.ts';
import { meshPlugin } from './mesh/mesh-plugin.ts';
import { prCurvesPlugin } from './pr_curves/pr-curves-plugin.ts';
import { projectorPlugin } from './projector/projector-plugin.ts';
import { scalarsPlugin } from './scalars/scalars-plugin.ts';
import { pluginEntryRoute } from './plugin-entry.ts';
import type { PluginDeps, PluginListingEntry, TbPlugin } from './tb-plugin.ts';
import { textPlugin } from './text/text-plugin.ts';
import { timeseriesPlugin } from './timeseries/timeseries-plugin.ts';
import { TENSORBOARD_LISTING_ORDER, UNSERVED_LISTING } from './unserved-listing.ts';

export const PLUGINS: readonly TbPlugin[] = [
  timeseriesPlugin,
  scalarsPlugin,
  customScalarsPlugin,
  imagesPlugin,
  audioPlugin,
  graphsPlugin,
  distributionsPlugin,
  histogramsPlugin,
  textPlugin,
  prCurvesPlugin,
  hparamsPlugin,
  meshPlugin,
  projectorPlugin,
];

/** TensorBoard's listing, in its key order: our plugins' entries, then disabled ones for the plugins we lack. */
export function pluginsListing(provider: DataProvider): Record<string, PluginListingEntry> {
  const served = new Map(PLUGINS.map((p) => [p.name, p]));
  const names = [...TENSORBOARD_LISTING_ORDER, ...PLUGINS.map((p) => p.name)];
  const out: Record<string, PluginListingEntry> = {};
  for (const name of names) {
    if (name in out) continue;
    const p = served.get(name);
    if (p) {
      const { disable_reload, remove_dom, tab_name, loading_mechanism } = p.listing;
      out[name] = { disable_reload, enabled: p.isActive(provider), remove_dom, tab_name, loading_mechanism };
    } else if (UNSERVED_LISTING[name]) out[name] = UNSERVED_LISTING[name];
  }
  return out;
}

/** A router with every plugin mounted at /plugin/<name>. */
export function createPluginRouter(deps: PluginDeps): Router {
  const router = Router();
  router.get('/plugin_entry.html', pluginEntryRoute(PLUGINS));
  for (const plugin of PLUGINS) {
    const sub = Router();
    plugin.routes(sub, deps);
    router.use(`/plugin/${plugin.name}`, sub);
  }
  return router;
}
