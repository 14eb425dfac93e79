// The /api export route: full-resolution scalar points of named runs (all their scalar tags, or the named
// ones) as JSON (`ApiExportResponse`) or CSV (RFC 4180, with spreadsheet formula prefixes defused), streamed
// in chunks of points with backpressure so an export of any size neither holds the event loop nor the whole
// body in memory. Every run is checked (404) before the first byte is sent. Numbers print as TensorBoard's
// scalars route prints them: floats as Python's repr (`0.0`, `-0.0`; CSV `nan`, JSON `"NaN"`), steps as their
// exact int64 digits.
import { Router, type Response } from 'express';
import { badParam, notFound } from '../http/http-error.ts';
import { optionalEnum, stringList } from '../http/request-params.ts';
import { pythonFloatRepr, pythonJsonFloat } from '../http/python-float.ts';
import { writeChunk } from '../http/response-drain.ts';
import { noCache } from '../http/tb-json.ts';
import type { DataProvider } from '../store/data-provider.ts';
import type { ScalarSeriesView } from '../store/scalar-series.ts';

/** Points formatted per write; about 0.3-0.5 MB of text, a few ms of work. */
const CHUNK_POINTS = 8192;

function csvField(s: string): string {
  // RFC 4180 quoting; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

interface ExportSeries {
  run: string;
  tag: string;
  series: ScalarSeriesView;
}

async function streamCsv(res: Response, items: ExportSeries[]): Promise<void> {
  res.write('run,tag,step,wall_time,value\n');
  for (const { run, tag, series } of items) {
    const prefix = `${csvField(run)},${csvField(tag)},`;
    for (let from = 0; from < series.length && !res.destroyed; from += CHUNK_POINTS) {
      let text = '';
      for (let i = from; i < Math.min(series.length, from + CHUNK_POINTS); i++)
        text += `${prefix}${series.stepText(i)},${pythonFloatRepr(series.wallTime(i))},${pythonFloatRepr(series.value(i))}\n`;
      await writeChunk(res, text);
    }
  }
  res.end();
}

async function streamJson(res: Response, runs: string[], items: ExportSeries[]): Promise<void> {
  res.write('{"runs":{');
  let k = 0;
  for (const [r, run] of runs.entries()) {
    res.write(`${r === 0 ? '' : ','}${JSON.stringify(run)}:{`);
    for (let first = true; k < items.length && items[k]!.run === run; k++, first = false) {
      const { tag, series } = items[k]!;
      res.write(`${first ? '' : ','}${JSON.stringify(tag)}:[`);
      for (let from = 0; from < series.length && !res.destroyed; from += CHUNK_POINTS) {
        let text = '';
        for (let i = from; i < Math.min(series.length, from + CHUNK_POINTS); i++) {
          const value = pythonJsonFloat(series.value(i));
          text += `${i === 0 ? '' : ','}[${series.stepText(i)},${pythonJsonFloat(series.wallTime(i))},${value}]`;
        }
        await writeChunk(res, text);
      }
      res.write(']');
    }
    res.write('}');
  }
  res.end('}}');
}

export function createExportRoutes(deps: { provider: DataProvider }): Router {
  const { provider } = deps;
  const router = Router();
  router.get('/export', async (req, res) => {
    const format = optionalEnum(req.query, 'format', ['json', 'csv'] as const) ?? 'json';
    const runNames = [...new Set(stringList(req.query, 'run'))];
    const tagFilter = [...new Set(stringList(req.query, 'tag'))];
    if (runNames.length === 0) throw badParam("give at least one 'run'");
    const items: ExportSeries[] = [];
    for (const name of runNames) {
      const run = provider.run(name);
      if (!run) throw notFound(`no run named '${name.slice(0, 200)}'`);
      const tags = tagFilter.length ? tagFilter : [...run.scalarTags()].sort();
      for (const tag of tags) {
        const series = run.scalars(tag);
        if (series) items.push({ run: name, tag, series });
      }
    }
    noCache(res);
    if (format === 'json') {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Content-Disposition', 'attachment; filename="trainboard-export.json"');
      await streamJson(res, runNames, items);
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="trainboard-export.csv"');
    await streamCsv(res, items);
  });

  return router;
}
