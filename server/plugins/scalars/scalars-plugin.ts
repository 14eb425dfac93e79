// TensorBoard's scalars plugin: /tags, /scalars (JSON triples or CSV) and the form-POST /scalars_multirun, at
// full resolution (TensorBoard samples 1,000 points by default; we never drop any).
import express, { type Response } from 'express';
import type { TbTagsResponse } from '../../api-contract.ts';
import { badParam, HttpError } from '../../http/http-error.ts';
import { optionalEnum } from '../../http/request-params.ts';
import { jsonNumber, noCache, sendJson, sendText } from '../../http/tb-json.ts';
import type { ScalarSeriesView } from '../../store/scalar-series.ts';
import { describeTag, requireRunTag, tagsByRun } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';

/** `[[wall, step, value], ...]` as a JSON string, built directly (millions of points, no object churn). */
export function scalarTriplesJson(series: ScalarSeriesView | undefined): string {
  if (!series || series.length === 0) return '[]';
  const parts: string[] = new Array<string>(series.length);
  for (let i = 0; i < series.length; i++) {
    const v = jsonNumber(series.value(i));
    parts[i] = `[${series.wallTime(i)},${series.step(i)},${typeof v === 'string' ? `"${v}"` : v}]`;
  }
  return `[${parts.join(',')}]`;
}

function sendRawJson(res: Response, json: string): void {
  noCache(res);
  res.setHeader('Content-Type', 'application/json');
  res.end(json);
}

function csvOf(series: ScalarSeriesView): string {
  const lines = ['Wall time,Step,Value'];
  for (let i = 0; i < series.length; i++) {
    lines.push(`${series.wallTime(i)},${series.step(i)},${jsonNumber(series.value(i))}`);
  }
  return lines.join('\r\n') + '\r\n';
}

export const scalarsPlugin: TbPlugin = {
  name: 'scalars',
  listing: customElement('scalars', 'tf-scalar-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'scalars'),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) => {
      const body: TbTagsResponse = {};
      for (const [run, tags] of tagsByRun(provider, 'scalars')) {
        const entry: TbTagsResponse[string] = (body[run] = {});
        for (const info of tags) entry[info.tag] = describeTag(info);
      }
      sendJson(res, body);
    });
    router.get('/scalars', (req, res) => {
      const format = optionalEnum(req.query, 'format', ['json', 'csv'] as const) ?? 'json';
      const { run, tag } = requireRunTag(provider, req, 'scalars');
      const series = run.scalars(tag);
      if (format === 'csv') {
        sendText(res, series ? csvOf(series) : 'Wall time,Step,Value\r\n', 'text/csv');
        return;
      }
      sendRawJson(res, scalarTriplesJson(series));
    });
    router.post(
      '/scalars_multirun',
      express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 100_000 }),
      (req, res) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const tag = body.tag;
        if (typeof tag !== 'string') throw badParam("form field 'tag' must be given exactly once");
        const runsField = body.runs ?? [];
        const runs = Array.isArray(runsField) ? runsField : [runsField];
        if (!runs.every((r): r is string => typeof r === 'string'))
          throw badParam("form field 'runs' must be strings");
        const parts: string[] = [];
        for (const name of runs) {
          const run = provider.run(name);
          const info = run?.tags().get(tag);
          if (!run || !info || info.plugin !== 'scalars') continue;
          parts.push(`${JSON.stringify(name)}:${scalarTriplesJson(run.scalars(tag))}`);
        }
        sendRawJson(res, `{${parts.join(',')}}`);
      },
    );
    router.get('/scalars_multirun', () => {
      throw new HttpError(405, 'method_not_allowed', 'scalars_multirun takes a form POST with tag and runs');
    });
  },
};
