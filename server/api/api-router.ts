// Our own JSON API under /api: runs, tags, sessions (run store merged with disk), a session's model, downsampled
// series (GET one, POST many), CSV/JSON export, and health. Every parameter is validated (400 `bad_param`),
// unknown names are 404 `not_found`; errors go through the app's one error middleware.
import express, { Router, type Request } from 'express';
import type {
  ApiExportResponse,
  ApiHealthResponse,
  ApiModelResponse,
  ApiRunsResponse,
  ApiSeriesBatchRequest,
  ApiSeriesBatchResponse,
  ApiSessionResponse,
  ApiSessionsResponse,
  ApiTagsResponse,
  DamageReport,
  RestartReport as WireRestartReport,
  RunSummary,
  TagSummary,
} from '../api-contract.ts';
import { HttpError, badParam, notFound } from '../http/http-error.ts';
import {
  checkNumber,
  optionalEnum,
  optionalNumber,
  requiredString,
  stringList,
} from '../http/request-params.ts';
import { sendJson, sendText } from '../http/tb-json.ts';
import { describeTag } from '../plugins/plugin-lookup.ts';
import { kerasModelToGraphDef } from '../plugins/graphs/keras-graph-builder.ts';
import { readKerasModels } from '../plugins/shared/stored-kinds.ts';
import type { TagInfo } from '../../tfevents/event-interpreter.ts';
import type { SessionCatalog } from '../sessions/session-catalog.ts';
import type { DataProvider, RestartReport, RunView } from '../store/data-provider.ts';
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import { pointsOf, querySeries, type SeriesQueryOptions } from './series-query.ts';

const X_AXES = ['step', 'relative', 'wall'] as const;
/** Upper bounds that keep one request from asking for absurd work. */
const MAX_POINTS = 10_000_000;
const MAX_WIDTH = 100_000;
const MAX_SERIES_PER_REQUEST = 1000;

export interface ApiRouterDeps {
  provider: DataProvider;
  sessions: SessionCatalog;
  health: () => ApiHealthResponse;
}

/** Points stored for a tag and its last step, in whichever data class the tag's plugin stores it. */
function seriesExtent(run: RunView, info: TagInfo): { count: number; lastStep: number | null } {
  const scalars = run.scalars(info.tag);
  if (scalars)
    return { count: scalars.length, lastStep: scalars.length ? scalars.step(scalars.length - 1) : null };
  const series = run.tensors(info.plugin, info.tag) ?? run.blobSequences(info.plugin, info.tag);
  return { count: series?.length ?? 0, lastStep: series?.last()?.step ?? null };
}

function tagSummaries(run: RunView): TagSummary[] {
  const out: TagSummary[] = [];
  for (const info of run.tags().values())
    out.push({ tag: info.tag, plugin: info.plugin, ...describeTag(info), ...seriesExtent(run, info) });
  return out.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** Domain damage -> wire shape (the two agree field by field today; this is where they would diverge). */
export function wireDamage(d: DamagedRecord): DamageReport {
  return { file: d.file, offset: d.offset, reason: d.reason, message: d.message };
}

function wireRestart(r: RestartReport): WireRestartReport {
  return {
    ...(r.tag === undefined ? {} : { tag: r.tag }),
    fromStep: r.fromStep,
    reason: r.reason,
    seenAt: r.seenAt,
  };
}

function runSummary(run: RunView, session: string): RunSummary {
  const tags: Record<string, string[]> = {};
  for (const info of run.tags().values()) (tags[info.plugin || '(none)'] ??= []).push(info.tag);
  for (const list of Object.values(tags)) list.sort();
  return {
    run: run.name,
    session,
    startTime: run.startTime,
    lastWallTime: run.lastWallTime,
    files: run.fileCount,
    points: run.pointCount(),
    tags,
    damaged: run.damaged().map(wireDamage),
    damagedCount: run.damagedCount(),
    restarts: run.restarts().map(wireRestart),
  };
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

function csvField(s: string): string {
  // RFC 4180 quoting; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function createApiRouter(deps: ApiRouterDeps): Router {
  const { provider, sessions } = deps;
  const router = Router();
  const json = express.json({ limit: '1mb' });

  router.get('/health', (_req, res) => sendJson(res, deps.health()));

  router.get('/runs', (_req, res) => {
    // one pass over the sessions (not a run-store query per run: a logdir may hold thousands of runs)
    const sessionOf = new Map<string, string>();
    for (const s of sessions.list()) for (const run of s.summary.runs) sessionOf.set(run, s.summary.id);
    const body: ApiRunsResponse = {
      runs: provider.runs().map((r) => runSummary(r, sessionOf.get(r.name) ?? sessions.sessionOfRun(r.name))),
    };
    sendJson(res, body);
  });

  router.get('/tags', (req, res) => {
    const names = stringList(req.query, 'run');
    const runs = names.length ? names.map((n) => provider.run(n) ?? n) : provider.runs();
    const body: ApiTagsResponse = { runs: {} };
    for (const r of runs) {
      if (typeof r === 'string') throw notFound(`no run named '${r.slice(0, 200)}'`);
      body.runs[r.name] = tagSummaries(r);
    }
    sendJson(res, body);
  });

  router.get('/sessions', (_req, res) => {
    const body: ApiSessionsResponse = { sessions: sessions.list().map((s) => s.summary) };
    sendJson(res, body);
  });

  router.get('/sessions/:id', (req, res) => {
    const s = sessions.get(req.params.id);
    if (!s) throw notFound(`no session '${req.params.id.slice(0, 200)}'`);
    const body: ApiSessionResponse = { session: s.summary, epochs: s.record?.epochs ?? [] };
    sendJson(res, body);
  });

  router.get('/sessions/:id/model', (req, res) => {
    const s = sessions.get(req.params.id);
    if (!s) throw notFound(`no session '${req.params.id.slice(0, 200)}'`);
    let modelJson = s.record?.modelJson ?? null;
    if (modelJson === null) {
      for (const run of s.runs) {
        for (const info of run.tags().values()) {
          if (info.plugin === 'graph_keras_model')
            modelJson ??= readKerasModels(run, info.tag).at(-1)?.json ?? null;
        }
      }
    }
    let graph: ApiModelResponse['graph'] = null;
    if (modelJson !== null) {
      try {
        graph = (kerasModelToGraphDef(modelJson).node ?? []).map((n) => ({
          name: n.name ?? '',
          className: n.attr?.keras_class?.s ? new TextDecoder().decode(n.attr.keras_class.s) : '',
          inputs: n.input ?? [],
        }));
      } catch {
        graph = null; // not a Keras model we can draw; the JSON is still returned
      }
    }
    const body: ApiModelResponse = {
      session: s.summary.id,
      modelJson,
      layerSummary: s.record?.layerSummary ?? null,
      graph,
    };
    sendJson(res, body);
  });

  router.get('/series', (req, res) => {
    const run = requiredString(req.query, 'run');
    const tag = requiredString(req.query, 'tag');
    sendJson(res, querySeries(provider, run, tag, seriesOptions(req)));
  });

  router.post('/series', json, (req, res) => {
    const body = req.body as ApiSeriesBatchRequest | undefined;
    if (!body || typeof body !== 'object' || !Array.isArray(body.series))
      throw badParam('body must be {series: [{run, tag}], ...}');
    if (body.series.length > MAX_SERIES_PER_REQUEST)
      throw badParam(`at most ${MAX_SERIES_PER_REQUEST} series per request`);
    const o = batchOptions(body);
    const out: ApiSeriesBatchResponse = { series: [] };
    for (const item of body.series) {
      const run = (item as { run?: unknown })?.run;
      const tag = (item as { tag?: unknown })?.tag;
      if (typeof run !== 'string' || typeof tag !== 'string')
        throw badParam('each series needs string run and tag');
      try {
        out.series.push(querySeries(provider, run, tag, o));
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        out.series.push({ run, tag, error: { code: err.code, message: err.message } });
      }
    }
    sendJson(res, out);
  });

  router.get('/export', (req, res) => {
    const format = optionalEnum(req.query, 'format', ['json', 'csv'] as const) ?? 'json';
    const runNames = stringList(req.query, 'run');
    const tagFilter = stringList(req.query, 'tag');
    if (runNames.length === 0) throw badParam("give at least one 'run'");
    const body: ApiExportResponse = { runs: {} };
    for (const name of runNames) {
      const run = provider.run(name);
      if (!run) throw notFound(`no run named '${name.slice(0, 200)}'`);
      const tags = tagFilter.length ? tagFilter : [...run.scalarTags()].sort();
      const perTag: ApiExportResponse['runs'][string] = (body.runs[name] = {});
      for (const tag of tags) {
        const series = run.scalars(tag);
        if (series) perTag[tag] = pointsOf(series);
      }
    }
    if (format === 'json') {
      res.setHeader('Content-Disposition', 'attachment; filename="trainboard-export.json"');
      sendJson(res, body);
      return;
    }
    const lines = ['run,tag,step,wall_time,value'];
    for (const [run, tags] of Object.entries(body.runs)) {
      for (const [tag, points] of Object.entries(tags)) {
        for (const [step, wall, value] of points)
          lines.push(`${csvField(run)},${csvField(tag)},${step},${wall},${value}`);
      }
    }
    res.setHeader('Content-Disposition', 'attachment; filename="trainboard-export.csv"');
    sendText(res, lines.join('\n') + '\n', 'text/csv');
  });

  router.all('/{*rest}', (req) => {
    throw new HttpError(404, 'not_found', `no API route ${req.method} ${req.path}`);
  });
  return router;
}
