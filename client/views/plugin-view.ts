// What a dashboard view is to the app: an element, a render over the visible runs, and optional hooks for live
// points and settings; and what the registry needs to build one and know when to redraw it. Invariant: a view
// reads the server only through the DashboardApi and the DashboardStore it is given.
import type { DashboardApi } from '../api/dashboard-api.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import type { Settings } from '../state/url-state.ts';

export interface PluginView {
  element: HTMLElement;
  render(visibleRuns: readonly string[]): void;
  /** Live points of one series arrived (views that draw series). */
  seriesChanged?(run: string, tag: string): void;
  /** Settings changed, whichever view is shown (views that keep state across tabs). */
  settingsChanged?(changed: ReadonlySet<keyof Settings>): void;
}

export interface ViewDeps {
  api: DashboardApi;
  store: DashboardStore;
  settings: SettingsStore;
}

export interface ViewDefinition<Name extends string = string> {
  /** The view's name in the URL (`?view=`), unique; TensorBoard's plugin name where there is one. */
  name: Name;
  /** Tab label. */
  label: string;
  create(deps: ViewDeps): PluginView;
  /** What redraws the view while it is shown: pushes of these plugins (`plugin:invalidated`), changes of these
   *  settings, and (`meta: 'always'`) listing changes even while hidden, as the scalars view needs. */
  rerendersOn: {
    plugins: readonly string[];
    settings: readonly (keyof Settings)[];
    meta?: 'shown' | 'always';
  };
}
