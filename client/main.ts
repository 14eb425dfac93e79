// Entry of the browser app: builds the API client, the settings and data stores, the shell and the views, and
// routes store events to the views. Nothing else reads the server or the URL.
import { createDashboardApi } from './api/dashboard-api.ts';
import { createHistogramsView } from './histograms/histograms-view.ts';
import { createHparamsView } from './hparams/hparams-view.ts';
import { createImagesView } from './images/images-view.ts';
import { createModelView } from './model/model-view.ts';
import { createRunListView } from './runs/run-list-view.ts';
import { computeVisibility } from './runs/run-visibility.ts';
import { createScalarsView } from './scalars/scalars-view.ts';
import { createDashboardStore } from './state/dashboard-store.ts';
import { createSettingsStore } from './state/settings-store.ts';
import type { ViewName } from './state/url-state.ts';
import { applyTheme, createAppShell } from './ui/app-shell.ts';
import { createServerHealthView } from './ui/server-health-view.ts';
import { createTextView } from './text/text-view.ts';

const api = createDashboardApi();
const settings = createSettingsStore();
applyTheme(settings.get().theme);
const store = createDashboardStore(api);

const scalars = createScalarsView(api, store, settings);
const model = createModelView(api, store, settings);
const hparams = createHparamsView(store, settings);
const histograms = createHistogramsView(api, store);
const text = createTextView(api, store);
const images = createImagesView(api, store);
const runList = createRunListView(store, settings);

const visibleRuns = (): string[] => computeVisibility(store.runs(), store.sessions(), settings.get()).visible;

function renderView(v: ViewName): void {
  if (v === 'model') model.render();
  else if (v === 'hparams') hparams.render();
  else if (v === 'histograms') histograms.render(visibleRuns());
  else if (v === 'text') text.render(visibleRuns());
  else if (v === 'images') images.render(visibleRuns());
}

const shell = createAppShell(settings, renderView);
shell.setSidebar(runList.element);
shell.setView('scalars', scalars.element);
shell.setView('model', model.element);
shell.setView('hparams', hparams.element);
shell.setView('histograms', histograms.element);
shell.setView('text', text.element);
shell.setView('images', images.element);
shell.setConnection('connecting');
const health = createServerHealthView(() => api.health());
shell.setStatus(health.element);
health.start();
document.body.replaceChildren(shell.element);

let metaPending = false;
store.subscribe((e) => {
  switch (e.kind) {
    case 'series':
      scalars.seriesChanged(e.run, e.tag);
      break;
    case 'meta':
      // coalesce bursts of listing changes into one render per frame
      if (metaPending) break;
      metaPending = true;
      requestAnimationFrame(() => {
        metaPending = false;
        shell.showError(store.lastError());
        runList.render();
        scalars.render();
        const v = settings.get().view;
        if (v !== 'scalars') renderView(v);
      });
      break;
    case 'plugin':
      if (
        settings.get().view === e.plugin ||
        (e.plugin === 'graph_keras_model' && settings.get().view === 'model')
      )
        renderView(settings.get().view);
      break;
    case 'connection':
      shell.setConnection(
        e.connected ? 'connected' : 'offline',
        e.connected ? 'Receiving live points' : 'Reconnecting; the gap is fetched on reconnect',
      );
      break;
  }
});

settings.subscribe((_s, changed) => {
  if (changed.has('hidden') || changed.has('runFilter') || changed.has('metricFilter')) {
    runList.render();
    const v = settings.get().view;
    if (v === 'histograms' || v === 'text' || v === 'images' || v === 'hparams') renderView(v);
  }
  if (changed.has('session') && settings.get().view === 'model') model.render();
  scalars.settingsChanged(changed);
});

void store.start().then(() => {
  document.body.dataset.ready = 'true';
  const v = settings.get().view;
  if (v !== 'scalars') renderView(v);
});
