// TensorBoard 2.21's plugins_listing order and the entries it lists for plugins we serve no routes for
// (debugger, PR curves, profile, mesh, What-If, projector): listed disabled, as TensorBoard lists them when
// their data is absent, so its frontend sees the same tabs. A plugin registered in plugin-registry.ts takes its
// own entry's place; these are only the ones not registered.
import type { PluginListingEntry } from './tb-plugin.ts';
import { customElement } from './tb-plugin.ts';

/** Every key of TensorBoard 2.21's /data/plugins_listing, in its order. */
export const TENSORBOARD_LISTING_ORDER: readonly string[] = [
  'timeseries',
  'scalars',
  'custom_scalars',
  'images',
  'audio',
  'debugger-v2',
  'graphs',
  'distributions',
  'histograms',
  'text',
  'pr_curves',
  'profile_redirect',
  'hparams',
  'mesh',
  'wit_redirect',
  'projector',
];

const disabled = (entry: Omit<PluginListingEntry, 'enabled'>): PluginListingEntry => ({
  disable_reload: entry.disable_reload,
  enabled: false,
  remove_dom: entry.remove_dom,
  tab_name: entry.tab_name,
  loading_mechanism: entry.loading_mechanism,
});

/** TensorBoard's entries for the plugins without routes here, always disabled. */
export const UNSERVED_LISTING: Readonly<Record<string, PluginListingEntry>> = {
  'debugger-v2': disabled({
    disable_reload: false,
    remove_dom: false,
    tab_name: 'Debugger V2',
    loading_mechanism: { type: 'NG_COMPONENT' },
  }),
  pr_curves: disabled(customElement('PR Curves', 'tf-pr-curve-dashboard')),
  profile_redirect: disabled(customElement('Profile', 'tf-profile-redirect-dashboard')),
  mesh: disabled(customElement('mesh', 'mesh-dashboard')),
  wit_redirect: disabled(customElement('What-If Tool', 'tf-wit-redirect-dashboard')),
  projector: disabled({
    disable_reload: true,
    remove_dom: false,
    tab_name: 'projector',
    loading_mechanism: { type: 'IFRAME', module_path: '/data/plugin/projector/index.js' },
  }),
};
