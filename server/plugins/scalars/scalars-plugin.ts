// TensorBoard's scalars plugin: /tags, /scalars (JSON triples or CSV) and the form-POST /scalars_multirun, at
// full resolution (TensorBoard samples 1,000 points by default; we never drop any). Numbers print as
// TensorBoard's Python prints them: floats as repr (`0.0`, `1700000000.0`, `-0.0`, `1e-05`; CSV `nan`, `inf`),
// steps as exact int64 digits.
import type { Response } from 'express';
import { ScalarsQuery, type TbTagsResponse } from '../../../contract/index.ts';
import { formBody } from '../../http/form-body.ts';
import { sendListing } from '../../http/listing-cache.ts';
import { writeChunk } from '../../http/response-drain.ts';
import { badParam, HttpError } from '../../http/http-error.ts';
import { chargeScalarTag, createRequestBudget } from '../../http/request-budget.ts';
import { pythonFloatRepr, pythonJsonFloat } from '../../http/python-float.ts';
import { parseQuery } from '../../http/request-params.ts';
import { noCache, sendText } from '../../http/tb-json.ts';
import type { ScalarSeriesView } from '../../store/scalar-series.ts';
import { describeTag, requireRunTag, tagsByRun } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';

const CHUNK_POINTS = 8192;

/** `[[wall, step, value], ...]` of points [from, to) as JSON text, built directly (no object per point). */
function triplesText(series: ScalarSeriesView, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    out += i === 0 ? '[' : ',[';
    out += `${pythonJsonFloat(series.wallTime(i))},${series.stepText(i)},${pythonJsonFloat(series.value(i))}]`;
  }
  return out;
}

/** Writes a series as a JSON array of triples in chunks, waiting for the socket to drain between them, so
 *  millions of points never sit in memory as one string or one unsent buffer. */
async function writeTriples(res: Response, series: ScalarSeriesView | undefined): Promise<void> {
  res.write('[');
  const n = series ? series.length : 0;
  for (let at = 0; at < Math.min(n, series?.length ?? 0); at += CHUNK_POINTS) {
    const chunk = triplesText(series!, at, Math.min(n, series!.length, at + CHUNK_POINTS));
    await writeChunk(res, chunk);
    if (res.destroyed) return;
  }
  res.write(']');
}

/** The whole series as a JSON string (small series; tests and other plugins). */
export function scalarTriplesJson(series: ScalarSeriesView | undefined): string {
  return series ? `[${triplesText(series, 0, series.length)}]` : '[]';
}

function startJson(res: Response): void {
  noCache(res);
  res.setHeader('Content-Type', 'application/json');
}

function csvOf(series: ScalarSeriesView): string {
  const lines = ['Wall time,Step,Value'];
  for (let i = 0; i < series.length; i++) {
    lines.push(
      `${pythonFloatRepr(series.wallTime(i))},${series.stepText(i)},${pythonFloatRepr(series.value(i))}`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

export const scalarsPlugin: TbPlugin = {
  name: 'scalars',
  listing: customElement('scalars', 'tf-scalar-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'scalars'),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) =>
      sendListing(res, provider, 'scalars/tags', 'tags', () => {
        const body: TbTagsResponse = {};
        for (const [run, tags] of tagsByRun(provider, 'scalars')) {
          const entry: TbTagsResponse[string] = (body[run] = {});
          for (const info of tags) entry[info.tag] = describeTag(info);
        }
        return body;
      }),
    );
    router.get('/scalars', async (req, res) => {
      const { format } = parseQuery(ScalarsQuery, req);
      const { run, tag } = requireRunTag(provider, req, 'scalars');
      const series = run.scalars(tag);
      if (format === 'csv') {
        sendText(res, series ? csvOf(series) : 'Wall time,Step,Value\r\n', 'text/csv');
        return;
      }
      startJson(res);
      await writeTriples(res, series);
      res.end();
    });
    router.post('/scalars_multirun', formBody(), async (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const tag = body.tag;
      if (typeof tag !== 'string') throw badParam("form field 'tag' must be given exactly once");
      const runsField = body.runs ?? [];
      const listed = Array.isArray(runsField) ? runsField : [runsField];
      if (!listed.every((r): r is string => typeof r === 'string'))
        throw badParam("form field 'runs' must be strings");
      const runs = [...new Set(listed)]; // the answer is keyed by run: a repeated run is answered once
      chargeScalarTag(createRequestBudget('scalars_multirun'), provider, tag, runs);
      startJson(res);
      res.write('{');
      let first = true;
      for (const run of provider.inTensorBoardOrder(runs)) {
        const info = run.tags().get(tag);
        if (!info || info.plugin !== 'scalars') continue;
        res.write(`${first ? '' : ','}${JSON.stringify(run.name)}:`);
        await writeTriples(res, run.scalars(tag));
        first = false;
      }
      res.end('}');
    });
    router.get('/scalars_multirun', () => {
      throw new HttpError(405, 'method_not_allowed', 'scalars_multirun takes a form POST with tag and runs');
    });
  },
};
