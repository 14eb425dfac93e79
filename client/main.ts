// Entry of the browser app: builds the API client, the settings and data stores, the shell and the views of
// the view registry, and routes store events to the views by what each says it rerenders on. Nothing else
// reads the server or the URL.
import { basePathOf, createDashboardApi } from './api/dashboard-api.ts';
import { createRunListView } from './runs/run-list-view.ts';
import { computeVisibility } from './runs/run-visibility.ts';
import { createDashboardStore } from './state/dashboard-store.ts';
import { createSettingsStore } from './state/settings-store.ts';
import type { ViewName } from './state/url-state.ts';
import { applyTheme, createAppShell } from './ui/app-shell.ts';
import { createServerHealthView } from './ui/server-health-view.ts';
import type { PluginView, ViewDefinition } from './views/plugin-view.ts';
import { VIEW_LABELS, VIEW_REGISTRY } from './views/view-registry.ts';

const api = createDashboardApi(basePathOf(location.href));
const settings = createSettingsStore();
applyTheme(settings.get().theme);
const store = createDashboardStore(api);

const definitions: readonly ViewDefinition[] = VIEW_REGISTRY;
const views = new Map<ViewName, { def: ViewDefinition; view: PluginView }>(
  definitions.map((def) => [def.name, { def, view: def.create({ api, store, settings }) }]),
);
const runList = createRunListView(store, settings);

const visibleRuns = (): string[] => computeVisibility(store.runs(), store.sessions(), settings.get()).visible;

/** Renders a view that is being shown; views that render on every listing change keep themselves current. */
function renderView(v: ViewName): void {
  const entry = views.get(v);
  if (entry && entry.def.rerendersOn.meta !== 'always') entry.view.render(visibleRuns());
}

const shell = createAppShell(settings, renderView, VIEW_LABELS);
shell.setSidebar(runList.element);
for (const [name, { view }] of views) shell.setView(name, view.element);
shell.setConnection('connecting');
const health = createServerHealthView(() => api.health());
shell.setStatus(health.element);
health.start();
document.body.replaceChildren(shell.element);

let metaPending = false;
store.subscribe((e) => {
  switch (e.kind) {
    case 'series':
      for (const { view } of views.values()) view.seriesChanged?.(e.run, e.tag);
      break;
    case 'meta':
      // coalesce bursts of listing changes into one render per frame
      if (metaPending) break;
      metaPending = true;
      requestAnimationFrame(() => {
        metaPending = false;
        shell.showError(store.lastError());
        runList.render();
        for (const { def, view } of views.values())
          if (def.rerendersOn.meta === 'always') view.render(visibleRuns());
        renderView(settings.get().view);
      });
      break;
    case 'plugin': {
      const shown = views.get(settings.get().view);
      if (shown && (shown.def.name === e.plugin || shown.def.rerendersOn.plugins.includes(e.plugin)))
        renderView(shown.def.name);
      break;
    }
    case 'connection':
      shell.setConnection(
        e.connected ? 'connected' : 'offline',
        e.connected ? 'Receiving live points' : 'Reconnecting; the gap is fetched on reconnect',
      );
      break;
  }
});

settings.subscribe((_s, changed) => {
  if (changed.has('hidden') || changed.has('runFilter') || changed.has('metricFilter')) runList.render();
  const shown = views.get(settings.get().view);
  if (shown?.def.rerendersOn.settings.some((k) => changed.has(k))) renderView(shown.def.name);
  for (const { view } of views.values()) view.settingsChanged?.(changed);
});

void store.start().then(() => {
  document.body.dataset.ready = 'true';
  renderView(settings.get().view);
});
