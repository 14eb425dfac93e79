// TensorBoard 2.21's Time Series plugin (its default tab): /tags for scalars, histograms and images, the
// form-POST (or GET) /timeSeries with a JSON list of {plugin, tag, run?, sample?} requests answered per request
// (errors inside a 200 body, as TensorBoard does), and /imageData.
import type { Request } from 'express';
import { MAX_TIMESERIES_REQUESTS } from '../../../contract/http-bodies.ts';
import { formBody } from '../../http/form-body.ts';
import { HttpError } from '../../http/http-error.ts';
import { sendListing } from '../../http/listing-cache.ts';
import { chargeSampledTag, chargeScalarTag, createRequestBudget } from '../../http/request-budget.ts';
import { ImageDataQuery, TimeSeriesGetQuery } from '../../../contract/index.ts';
import { parseQuery } from '../../http/request-params.ts';
import { JsonEntries } from '../../http/json-entries.ts';
import { noCache, sendDataJson } from '../../http/tb-json.ts';
import type { DataProvider } from '../../store/data-provider.ts';
import { imageBlobKey, imageContentType, lookupImage } from '../shared/image-bytes.ts';
import { readHistograms, readImages } from '../shared/stored-kinds.ts';
import { describeTag, tagsByRun } from '../plugin-lookup.ts';
import type { TbPlugin } from '../tb-plugin.ts';
import { jsonStep } from '../../http/json-int64.ts';
import { jsonFloat } from '../../http/json-float.ts';

interface SeriesRequest {
  plugin?: unknown;
  tag?: unknown;
  run?: unknown;
  sample?: unknown;
}

// Runs in TensorBoard's order, tags in each run's first-seen order, descriptions in the order their tags are
// first met over the runs (its dicts' insertion order), all as JsonEntries: run and tag names can be integer-like.
function runTagInfo(provider: DataProvider, plugin: string) {
  const runTag = new JsonEntries<string[]>();
  const descriptions = new JsonEntries<string>();
  for (const [run, tags] of tagsByRun(provider, plugin)) {
    runTag.set(run, tags.map((t) => t.tag).sort());
    for (const t of tags) {
      const d = describeTag(t).description;
      if (d) descriptions.set(t.tag, d);
    }
  }
  return { runTagInfo: runTag, tagDescriptions: descriptions };
}

function imagesInfo(provider: DataProvider) {
  const sampled = new JsonEntries<JsonEntries<{ maxSamplesPerStep: number }>>();
  const descriptions = new JsonEntries<string>();
  for (const [run, tags] of tagsByRun(provider, 'images')) {
    for (const t of tags) {
      const max = Math.max(0, ...readImages(provider.run(run)!, t.tag).map((s) => s.images.length));
      sampled.getOrSet(t.tag, () => new JsonEntries()).set(run, { maxSamplesPerStep: max });
      const d = describeTag(t).description;
      if (d) descriptions.set(t.tag, d);
    }
  }
  return { tagDescriptions: descriptions, tagRunSampledInfo: sampled };
}

function answer(provider: DataProvider, r: SeriesRequest): Record<string, unknown> {
  const plugin = r.plugin;
  const tag = r.tag;
  const base: Record<string, unknown> = { plugin, tag };
  if (typeof r.run === 'string') base.run = r.run;
  if (r.sample !== undefined) base.sample = r.sample;
  if (typeof tag !== 'string' || typeof plugin !== 'string')
    return { ...base, error: 'Missing tag or plugin' };
  if (plugin === 'scalars') {
    const runToSeries = new JsonEntries<unknown[]>();
    const runs = typeof r.run === 'string' ? [r.run] : provider.tensorboardRuns().map((x) => x.name);
    for (const name of runs) {
      const run = provider.run(name);
      const series = run?.tags().get(tag)?.plugin === 'scalars' ? run.scalars(tag) : undefined;
      if (!series) continue;
      const rows: unknown[] = [];
      for (let i = 0; i < series.length; i++)
        rows.push({
          wallTime: jsonFloat(series.wallTime(i)),
          step: jsonStep(series.step(i), series.exactStep(i)),
          value: jsonFloat(series.value(i)),
        });
      runToSeries.set(name, rows);
    }
    return { ...base, runToSeries };
  }
  if (plugin === 'histograms' || plugin === 'images') {
    if (typeof r.run !== 'string') return { ...base, error: 'Missing run' };
    const run = provider.run(r.run);
    const runToSeries = new JsonEntries<unknown[]>();
    if (plugin === 'histograms') {
      const rows = run ? readHistograms(run, tag) : undefined;
      if (rows)
        runToSeries.set(
          r.run,
          rows.map((h) => {
            const bins = [];
            for (let i = 0; i + 2 < h.buckets.length; i += 3)
              bins.push({
                min: jsonFloat(h.buckets[i]!),
                max: jsonFloat(h.buckets[i + 1]!),
                count: jsonFloat(h.buckets[i + 2]!),
              });
            return { wallTime: jsonFloat(h.wallTime), step: jsonStep(h.step, h.exactStep), bins };
          }),
        );
    } else {
      if (typeof r.sample !== 'number' || !Number.isSafeInteger(r.sample) || r.sample < 0)
        return { ...base, error: 'Missing sample' };
      const sample = r.sample;
      const rows = run ? readImages(run, tag) : undefined;
      if (rows)
        runToSeries.set(
          r.run,
          rows.flatMap((s) =>
            sample < s.images.length
              ? [
                  {
                    step: jsonStep(s.step, s.exactStep),
                    wallTime: jsonFloat(s.wallTime),
                    imageId: imageBlobKey(r.run as string, tag, s.step, sample),
                  },
                ]
              : [],
          ),
        );
    }
    return { ...base, runToSeries };
  }
  return { ...base, error: `Unknown plugin: ${plugin.slice(0, 100)}` };
}

function parseRequests(req: Request): SeriesRequest[] {
  const raw =
    req.method === 'GET'
      ? parseQuery(TimeSeriesGetQuery, req).requests
      : (req.body as Record<string, unknown> | undefined)?.requests;
  if (typeof raw !== 'string')
    throw new HttpError(400, 'bad_param', "form field 'requests' (a JSON list) is required");
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'bad_body', "'requests' is not valid JSON");
  }
  if (!Array.isArray(parsed)) throw new HttpError(400, 'bad_param', "'requests' must be a JSON list");
  if (parsed.length > MAX_TIMESERIES_REQUESTS)
    throw new HttpError(400, 'bad_param', `'requests' must hold at most ${MAX_TIMESERIES_REQUESTS} requests`);
  return parsed.map((x) => (typeof x === 'object' && x !== null ? (x as SeriesRequest) : {}));
}

export const timeseriesPlugin: TbPlugin = {
  name: 'timeseries',
  listing: {
    disable_reload: false,
    remove_dom: false,
    tab_name: 'Time Series',
    loading_mechanism: { type: 'NG_COMPONENT' },
  },
  isActive: () => true,
  routes(router, { provider }) {
    // image sample counts grow with points: concurrent requests share one build, each later one builds afresh
    router.get('/tags', (_req, res) =>
      sendListing(
        res,
        provider,
        'timeseries/tags',
        'points',
        () => ({
          scalars: runTagInfo(provider, 'scalars'),
          histograms: runTagInfo(provider, 'histograms'),
          images: imagesInfo(provider),
        }),
        'ascii',
      ),
    );
    router.all('/timeSeries', formBody(), (req, res) => {
      const requests = parseRequests(req);
      const budget = createRequestBudget('timeSeries');
      for (const r of requests) {
        if (typeof r.tag !== 'string') continue;
        if (r.plugin === 'scalars')
          chargeScalarTag(budget, provider, r.tag, typeof r.run === 'string' ? [r.run] : undefined);
        else if ((r.plugin === 'histograms' || r.plugin === 'images') && typeof r.run === 'string')
          chargeSampledTag(budget, provider, r.plugin, r.tag, r.run);
      }
      sendDataJson(
        res,
        requests.map((r) => answer(provider, r)),
      );
    });
    router.get('/imageData', (req, res) => {
      const bytes = lookupImage(provider, parseQuery(ImageDataQuery, req).imageId);
      noCache(res);
      res.setHeader('Content-Type', imageContentType(bytes));
      res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  },
};
