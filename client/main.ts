// Entry of the browser app: builds the API client, the settings and data stores, the shell and the views of
// the view registry, and routes store events to the views by what each says it rerenders on. Nothing else
// reads the server or the URL.
import { basePathOf, createDashboardApi } from './api/dashboard-api.ts';
import { withRunAnnotations } from './runs/annotated-dashboard-store.ts';
import { createRunActions } from './runs/run-actions.ts';
import { createRunAnnotationsStore } from './runs/run-annotations-store.ts';
import { createRunFiltersView } from './runs/run-filters-view.ts';
import { createRunListView } from './runs/run-list-view.ts';
import { computeVisibility } from './runs/run-visibility.ts';
import { createDashboardStore } from './state/dashboard-store.ts';
import { createSettingsStore } from './state/settings-store.ts';
import type { ViewName } from './state/url-state.ts';
import { applyTheme, createAppShell } from './ui/app-shell.ts';
import { createServerHealthView } from './ui/server-health-view.ts';
import type { PluginView, ViewDefinition } from './views/plugin-view.ts';
import { VIEW_NAMES, VIEWS } from './views/view-registry.ts';

const api = createDashboardApi(basePathOf(location.href));
const settings = createSettingsStore(VIEW_NAMES);
applyTheme(settings.get().theme);
const annotations = createRunAnnotationsStore(api);
// the views see runs filtered and ordered by their annotations, with annotated names and colours
const store = withRunAnnotations(createDashboardStore(api), annotations, settings);
const runActions = createRunActions(store, annotations);
const runFilters = createRunFiltersView(settings, annotations);

const views = new Map<ViewName, { def: ViewDefinition; view: PluginView }>(
  VIEWS.map((def) => [def.name, { def, view: def.create({ api, store, settings }) }]),
);
const runList = createRunListView(store, settings, {
  toolbar: runFilters.element,
  decorateRow: (run, row) => runActions.decorateRow(run, row),
  ...(store.sessionRank ? { sessionRank: store.sessionRank } : {}),
});

const visibleRuns = (): string[] => computeVisibility(store.runs(), store.sessions(), settings.get()).visible;

/** Renders a view that is being shown; views that render on every listing change keep themselves current. */
function renderView(v: ViewName): void {
  const entry = views.get(v);
  if (entry && entry.def.rerendersOn.meta !== 'always') entry.view.render(visibleRuns());
}

const shell = createAppShell(settings, renderView, VIEWS);
shell.setSidebar(runList.element);
for (const [name, { view }] of views) shell.setView(name, view.element);
shell.setConnection('connecting');
const health = createServerHealthView(() => api.health());
shell.setStatus(health.element);
health.start();
document.body.replaceChildren(shell.element, runActions.dialog);

let metaPending = false;
store.subscribe((e) => {
  switch (e.kind) {
    case 'series':
      for (const { view } of views.values()) view.seriesChanged?.(e.run, e.tag);
      break;
    case 'meta':
      // coalesce bursts of listing changes into one render per frame; the views render in the frame's first
      // callback and the runs list in a second one, so the series requests a view queues (on a microtask, run
      // between two callbacks) leave before the list is built: at load, the first chart's request no longer
      // waits for the list's render
      if (metaPending) break;
      metaPending = true;
      requestAnimationFrame(() => {
        metaPending = false;
        for (const { def, view } of views.values())
          if (def.rerendersOn.meta === 'always') view.render(visibleRuns());
        renderView(settings.get().view);
      });
      requestAnimationFrame(() => {
        shell.showError(store.lastError());
        runFilters.render();
        runList.render();
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

void Promise.all([
  store.start(),
  annotations.load().catch((err: unknown) => {
    shell.showError(`could not load run annotations: ${err instanceof Error ? err.message : String(err)}`);
  }),
]).then(() => {
  document.body.dataset.ready = 'true';
  renderView(settings.get().view);
});
