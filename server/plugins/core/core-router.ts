// TensorBoard's core routes under /data: runs (by start time, then name), environment, plugins_listing,
// logdir, window_properties, and the empty experiment lists; /data/notifications is a 404 as in OSS TensorBoard.
import { Router } from 'express';
import { notFound } from '../../http/http-error.ts';
import { sendListing } from '../../http/listing-cache.ts';
import { sendDataJson } from '../../http/tb-json.ts';
import type { DataProvider } from '../../store/data-provider.ts';
import { pluginsListing } from '../plugin-registry.ts';

export interface CoreRouterDeps {
  provider: DataProvider;
  /** Flags shown under environment.debug.flags. */
  flags: Record<string, unknown>;
  version: string;
}

export function runsByStartTime(provider: DataProvider): string[] {
  return provider
    .runs()
    .map((r) => ({ name: r.name, t: r.startTime }))
    .sort((a, b) => {
      if (a.t !== b.t) {
        if (a.t === null) return 1;
        if (b.t === null) return -1;
        return a.t - b.t;
      }
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    })
    .map((r) => r.name);
}

export function createCoreRouter(deps: CoreRouterDeps): Router {
  const { provider } = deps;
  const router = Router();
  router.get('/runs', (_req, res) =>
    sendListing(res, provider, 'runs', 'runs', () => runsByStartTime(provider), 'ascii'),
  );
  router.get('/environment', (_req, res) =>
    sendDataJson(res, {
      version: '2.21.0',
      data_location: provider.logdir(),
      window_title: '',
      experiment_name: '',
      experiment_description: '',
      creation_time: 0,
      debug: {
        data_provider: `trainboard ${deps.version} SeriesStore(logdir='${provider.logdir()}')`,
        flags: deps.flags,
      },
    }),
  );
  // whether hparams is active also depends on the run store: shared while built, never reused after
  router.get('/plugins_listing', (_req, res) =>
    sendListing(res, provider, 'plugins_listing', 'points', () => pluginsListing(provider), 'ascii'),
  );
  router.get('/logdir', (_req, res) => sendDataJson(res, { logdir: provider.logdir() }));
  router.get('/window_properties', (_req, res) => sendDataJson(res, { window_title: '' }));
  router.get('/experiments', (_req, res) => sendDataJson(res, []));
  router.get('/experiment_runs', (_req, res) => sendDataJson(res, []));
  router.get('/notifications', () => {
    throw notFound('notifications are not served (as in open-source TensorBoard)');
  });
  return router;
}
