// The one list of TensorBoard-compatible plugins, in TensorBoard's tab order: each is registered here once and
// mounted at /data/plugin/<name>; /data/plugins_listing is derived from the same list.
import { Router } from 'express';
import type { DataProvider } from '../store/data-provider.ts';
import { audioPlugin } from './audio/audio-plugin.ts';
import { customScalarsPlugin } from './custom_scalars/custom-scalars-plugin.ts';
import { graphsPlugin } from './graphs/graphs-plugin.ts';
import { distributionsPlugin, histogramsPlugin } from './histograms/histograms-plugin.ts';
import { hparamsPlugin } from './hparams/hparams-plugin.ts';
import { imagesPlugin } from './images/images-plugin.ts';
import { prCurvesPlugin } from './pr_curves/pr-curves-plugin.ts';
import { scalarsPlugin } from './scalars/scalars-plugin.ts';
import type { PluginDeps, PluginListingEntry, TbPlugin } from './tb-plugin.ts';
import { textPlugin } from './text/text-plugin.ts';
import { timeseriesPlugin } from './timeseries/timeseries-plugin.ts';

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
];

export function pluginsListing(provider: DataProvider): Record<string, PluginListingEntry> {
  const out: Record<string, PluginListingEntry> = {};
  for (const p of PLUGINS) {
    const { disable_reload, remove_dom, tab_name, loading_mechanism } = p.listing;
    out[p.name] = { disable_reload, enabled: p.isActive(provider), remove_dom, tab_name, loading_mechanism };
  }
  return out;
}

/** A router with every plugin mounted at /plugin/<name>. */
export function createPluginRouter(deps: PluginDeps): Router {
  const router = Router();
  for (const plugin of PLUGINS) {
    const sub = Router();
    plugin.routes(sub, deps);
    router.use(`/plugin/${plugin.name}`, sub);
  }
  return router;
}
