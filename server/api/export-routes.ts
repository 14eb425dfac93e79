// The /api export route: full-resolution scalar points of named runs (all their scalar tags, or the named
// ones) as JSON or CSV (RFC 4180, with spreadsheet formula prefixes defused).
import { Router } from 'express';
import type { ApiExportResponse } from '../../contract/index.ts';
import { badParam, notFound } from '../http/http-error.ts';
import { optionalEnum, stringList } from '../http/request-params.ts';
import { sendJson, sendText } from '../http/tb-json.ts';
import type { DataProvider } from '../store/data-provider.ts';
import { pointsOf } from './series-query.ts';

function csvField(s: string): string {
  // RFC 4180 quoting; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function createExportRoutes(deps: { provider: DataProvider }): Router {
  const { provider } = deps;
  const router = Router();
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

  return router;
}
