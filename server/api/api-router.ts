// Our own JSON API under /api, composed of one router per concern: runs and tags, training sessions,
// downsampled series, export, and health. Every parameter is validated (400 `bad_param`), unknown names are
// 404 `not_found`; errors go through the app's one error middleware.
import { Router } from 'express';
import type { ApiHealthResponse } from '../../contract/index.ts';
import { HttpError } from '../http/http-error.ts';
import { sendJson } from '../http/tb-json.ts';
import type { SessionCatalog } from '../sessions/session-catalog.ts';
import type { DataProvider } from '../store/data-provider.ts';
import { createExportRoutes } from './export-routes.ts';
import { createRunsRoutes } from './runs-routes.ts';
import { createSeriesRoutes } from './series-routes.ts';
import { createSessionsRoutes } from './sessions-routes.ts';

export interface ApiRouterDeps {
  provider: DataProvider;
  sessions: SessionCatalog;
  health: () => ApiHealthResponse;
}

export function createApiRouter(deps: ApiRouterDeps): Router {
  const router = Router();
  router.get('/health', (_req, res) => sendJson(res, deps.health()));
  router.use(createRunsRoutes(deps));
  router.use(createSessionsRoutes(deps));
  router.use(createSeriesRoutes(deps));
  router.use(createExportRoutes(deps));
  router.all('/{*rest}', (req) => {
    throw new HttpError(404, 'not_found', `no API route ${req.method} ${req.path}`);
  });
  return router;
}
