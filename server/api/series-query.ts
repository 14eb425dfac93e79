// Runs a downsampled series query against the store and shapes the ApiSeriesResponse; shared by GET and
// POST /api/series and the export route. Throws 404 HttpErrors for unknown runs/tags.
import type { ApiSeriesResponse, ScalarPoint, XAxis } from '../../contract/index.ts';
import { notFound } from '../http/http-error.ts';
import { jsonNumber } from '../http/tb-json.ts';
import type { DataProvider } from '../store/data-provider.ts';
import { downsampleSeries, type DownsampleQuery } from '../store/series-downsampler.ts';
import type { ScalarSeriesView } from '../store/scalar-series.ts';
import { jsonStep } from '../http/json-int64.ts';

export interface SeriesQueryOptions {
  points?: number;
  width?: number;
  xmin?: number;
  xmax?: number;
  x?: XAxis;
}

export function pointsOf(series: ScalarSeriesView, indices?: Int32Array): ScalarPoint[] {
  const n = indices ? indices.length : series.length;
  const out: ScalarPoint[] = new Array<ScalarPoint>(n);
  for (let k = 0; k < n; k++) {
    const i = indices ? indices[k]! : k;
    out[k] = [jsonStep(series.step(i), series.exactStep(i)), series.wallTime(i), jsonNumber(series.value(i))];
  }
  return out;
}

export function querySeries(
  provider: DataProvider,
  run: string,
  tag: string,
  o: SeriesQueryOptions,
): ApiSeriesResponse {
  const rv = provider.run(run);
  if (!rv) throw notFound(`no run named '${run.slice(0, 200)}'`);
  const series = rv.scalars(tag);
  if (!series) throw notFound(`no scalar series '${tag.slice(0, 200)}' in run '${run.slice(0, 200)}'`);
  const x = o.x ?? 'step';
  const q: DownsampleQuery = { x };
  if (o.xmin !== undefined) q.xmin = o.xmin;
  if (o.xmax !== undefined) q.xmax = o.xmax;
  if (o.points !== undefined) q.points = o.points;
  if (o.width !== undefined) q.width = o.width;
  const { inRange, indices } = downsampleSeries(series, q);
  return {
    run,
    tag,
    xAxis: x,
    total: series.length,
    inRange,
    downsampled: indices.length < inRange,
    points: pointsOf(series, indices),
  };
}
