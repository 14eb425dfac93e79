// The /api downsampled-series routes: GET one series, POST many; every option is validated (400 `bad_param`)
// and bounded so one request cannot ask for absurd work: the points a request would be answered with are
// charged to its budget (server/http/request-budget.ts) before any series is built.
import express, { Router, type Request } from 'express';
import type { ApiSeriesBatchRequest, ApiSeriesBatchResponse } from '../../contract/index.ts';
import { SERIES_LIMITS } from '../../contract/http-queries.ts';
import { HttpError, badParam } from '../http/http-error.ts';
import { createRequestBudget, pointsUpperBound, type RequestBudget } from '../http/request-budget.ts';
import { checkNumber, optionalEnum, optionalNumber, requiredString } from '../http/request-params.ts';
import { sendJson, sendJsonBytes } from '../http/tb-json.ts';
import type { DataProvider } from '../store/data-provider.ts';
import { seriesBatchJson } from './series-json.ts';
import { querySeries, type SeriesQueryOptions } from './series-query.ts';

const X_AXES = ['step', 'relative', 'wall'] as const;
/** Upper bounds that keep one request from asking for absurd work. */
const MAX_POINTS = SERIES_LIMITS.maxPoints;
const MAX_WIDTH = SERIES_LIMITS.maxWidth;
const MAX_SERIES_PER_REQUEST = SERIES_LIMITS.maxSeriesPerRequest;

/**
 * Charges the points a query of (run, tag) could return, and the stored points it reads unless `read` already
 * holds the pair (a repeated series is computed once); unknown runs and tags cost nothing (they 404).
 */
function chargeSeries(
  budget: RequestBudget,
  provider: DataProvider,
  item: { run: string; tag: string },
  o: SeriesQueryOptions,
  read: Set<string> = new Set(),
): void {
  const length = provider.run(item.run)?.scalars(item.tag)?.length ?? 0;
  const key = `${item.run}\0${item.tag}`;
  budget.charge(pointsUpperBound(length, o), read.has(key) ? 0 : length);
  read.add(key);
}

function seriesOptions(req: Request): SeriesQueryOptions {
  const q = req.query;
  const o: SeriesQueryOptions = {};
  const points = optionalNumber(q, 'points', { integer: true, min: 2, max: MAX_POINTS });
  const width = optionalNumber(q, 'width', { integer: true, min: 1, max: MAX_WIDTH });
  if (points !== undefined && width !== undefined)
    throw badParam("give either 'points' or 'width', not both");
  const xmin = optionalNumber(q, 'xmin');
  const xmax = optionalNumber(q, 'xmax');
  if (xmin !== undefined && xmax !== undefined && xmin > xmax) throw badParam("'xmin' must be <= 'xmax'");
  const x = optionalEnum(q, 'x', X_AXES);
  if (points !== undefined) o.points = points;
  if (width !== undefined) o.width = width;
  if (xmin !== undefined) o.xmin = xmin;
  if (xmax !== undefined) o.xmax = xmax;
  if (x !== undefined) o.x = x;
  return o;
}

function batchOptions(body: ApiSeriesBatchRequest): SeriesQueryOptions {
  const o: SeriesQueryOptions = {};
  if (body.points !== undefined)
    o.points = checkNumber('points', body.points, { integer: true, min: 2, max: MAX_POINTS });
  if (body.width !== undefined)
    o.width = checkNumber('width', body.width, { integer: true, min: 1, max: MAX_WIDTH });
  if (o.points !== undefined && o.width !== undefined)
    throw badParam("give either 'points' or 'width', not both");
  if (body.xmin !== undefined) o.xmin = checkNumber('xmin', body.xmin, {});
  if (body.xmax !== undefined) o.xmax = checkNumber('xmax', body.xmax, {});
  if (o.xmin !== undefined && o.xmax !== undefined && o.xmin > o.xmax)
    throw badParam("'xmin' must be <= 'xmax'");
  if (body.x !== undefined) {
    if (!(X_AXES as readonly string[]).includes(body.x))
      throw badParam(`'x' must be one of ${X_AXES.join(', ')}`);
    o.x = body.x;
  }
  return o;
}

export function createSeriesRoutes(deps: { provider: DataProvider }): Router {
  const { provider } = deps;
  const router = Router();
  const json = express.json({ limit: '1mb' });

  router.get('/series', (req, res) => {
    const run = requiredString(req.query, 'run');
    const tag = requiredString(req.query, 'tag');
    const o = seriesOptions(req);
    chargeSeries(createRequestBudget('GET /api/series'), provider, { run, tag }, o);
    sendJson(res, querySeries(provider, run, tag, o));
  });

  router.post('/series', json, async (req, res) => {
    const body = req.body as ApiSeriesBatchRequest | undefined;
    if (!body || typeof body !== 'object' || !Array.isArray(body.series))
      throw badParam('body must be {series: [{run, tag}], ...}');
    if (body.series.length > MAX_SERIES_PER_REQUEST)
      throw badParam(`at most ${MAX_SERIES_PER_REQUEST} series per request`);
    const o = batchOptions(body);
    const items = body.series.map((item) => {
      const run = (item as { run?: unknown })?.run;
      const tag = (item as { tag?: unknown })?.tag;
      if (typeof run !== 'string' || typeof tag !== 'string')
        throw badParam('each series needs string run and tag');
      return { run, tag };
    });
    const budget = createRequestBudget('POST /api/series');
    const read = new Set<string>();
    for (const item of items) chargeSeries(budget, provider, item, o, read);
    // a repeated (run, tag) is computed once: every copy gets the same answer (or the same error)
    const answers = new Map<string, ApiSeriesBatchResponse['series'][number]>();
    const out: ApiSeriesBatchResponse = { series: [] };
    for (const { run, tag } of items) {
      const key = `${run}\0${tag}`;
      let answer = answers.get(key);
      if (!answer) {
        try {
          answer = querySeries(provider, run, tag, o);
        } catch (err) {
          if (!(err instanceof HttpError)) throw err;
          answer = { run, tag, error: { code: err.code, message: err.message } };
        }
        answers.set(key, answer);
      }
      out.series.push(answer);
    }
    // the generic writer's bytes, built per point (series-json.ts): the first chart waits for this answer
    sendJsonBytes(res, await seriesBatchJson(out));
  });

  return router;
}
