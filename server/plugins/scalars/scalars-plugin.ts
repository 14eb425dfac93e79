// TensorBoard's scalars plugin: /tags, /scalars (JSON triples or CSV) and the form-POST /scalars_multirun, at
// full resolution (TensorBoard samples 1,000 points by default; we never drop any). Numbers print as
// TensorBoard's Python prints them: floats as repr (`0.0`, `1700000000.0`, `-0.0`, `1e-05`; CSV `nan`, `inf`),
// steps as exact int64 digits.
import type { Response } from 'express';
import { ScalarsQuery } from '../../../contract/index.ts';
import { formBody } from '../../http/form-body.ts';
import { asciiJsonString } from '../../http/json-ascii.ts';
import { sendListing } from '../../http/listing-cache.ts';
import { writeChunk } from '../../http/response-drain.ts';
import { badParam, HttpError } from '../../http/http-error.ts';
import { chargeScalarTag, createRequestBudget } from '../../http/request-budget.ts';
import { JsonChunks } from '../../http/json-chunks.ts';
import { pythonFloatRepr } from '../../http/python-float.ts';
import { parseQuery } from '../../http/request-params.ts';
import { noCache, sendText } from '../../http/tb-json.ts';
import type { ScalarSeriesView } from '../../store/scalar-series.ts';
import { describedTagsListing, requireRunTag } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';

/** Points from `from` as `[wall, step, value]` triples (a comma before each but the very first point), written
 *  into `out` byte by byte (no string or list per point, json-chunks.ts) until it is full, at least one point;
 *  returns the index of the next point. The points are read a block at a time (columnsAt), nothing else running
 *  meanwhile. */
function writePoints(out: JsonChunks, series: ScalarSeriesView, from: number, to: number): number {
  let i = from;
  while (i < to && (i === from || !out.full())) {
    const { first, end, steps, walls, values } = series.columnsAt(i);
    const stop = Math.min(end, to);
    for (; i < stop && (i === from || !out.full()); i++) {
      out.separator(i === 0);
      out.byte(OPEN);
      out.jsonFloat(walls[i - first]!);
      out.byte(COMMA);
      const step = steps[i - first]!;
      if (Number.isSafeInteger(step) && series.exactStep(i) === undefined) out.safeInteger(step);
      else out.ascii(series.stepText(i));
      out.byte(COMMA);
      out.jsonFloat(values[i - first]!);
      out.byte(CLOSE);
    }
  }
  return i;
}

const [OPEN, CLOSE, COMMA] = [0x5b, 0x5d, 0x2c];

/** Writes a series as a JSON array of triples in chunks of CHUNK_BYTES, waiting for the socket to drain between
 *  them, so millions of points never sit in memory as one string or one unsent buffer. */
async function writeTriples(
  res: Response,
  out: JsonChunks,
  series: ScalarSeriesView | undefined,
): Promise<void> {
  out.byte(OPEN);
  for (let at = 0; series && at < series.length;) {
    at = writePoints(out, series, at, series.length);
    if (out.full()) {
      await writeChunk(res, out.take());
      if (res.destroyed) return;
    }
  }
  out.byte(CLOSE);
}

/** The whole series as a JSON string (small series; tests and other plugins). */
export function scalarTriplesJson(series: ScalarSeriesView | undefined, chunkBytes?: number): string {
  const out = new JsonChunks(chunkBytes);
  const parts: Buffer[] = [];
  out.byte(OPEN);
  for (let at = 0; series && at < series.length;) {
    at = writePoints(out, series, at, series.length);
    if (out.full()) parts.push(out.take());
  }
  out.byte(CLOSE);
  parts.push(out.take());
  return Buffer.concat(parts).toString('utf8');
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
      sendListing(
        res,
        provider,
        'scalars/tags',
        'tags',
        () => describedTagsListing(provider, 'scalars'),
        'ascii',
      ),
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
      const out = new JsonChunks();
      await writeTriples(res, out, series);
      res.end(out.take());
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
      const out = new JsonChunks();
      out.byte(0x7b);
      let first = true;
      for (const run of provider.inTensorBoardOrder(runs)) {
        const info = run.tags().get(tag);
        if (!info || info.plugin !== 'scalars') continue;
        out.separator(first);
        out.ascii(`${asciiJsonString(run.name)}:`);
        await writeTriples(res, out, run.scalars(tag));
        if (res.destroyed) return;
        first = false;
      }
      out.byte(0x7d);
      res.end(out.take());
    });
    router.get('/scalars_multirun', () => {
      throw new HttpError(405, 'method_not_allowed', 'scalars_multirun takes a form POST with tag and runs');
    });
  },
};
