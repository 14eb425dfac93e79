// The cost budget of one HTTP request where requests fan out (/api/series batches and single series, the
// timeseries plugin's request lists, scalars_multirun): every point a request would serve is charged before
// any of them is built, counting repeats, and a request that would pass the budget is refused whole with a
// 400 `over_budget` that says how to ask for less. Invariant: what a request admitted by the budget builds is
// bounded by `REQUEST_BUDGET.maxPoints` points and `maxSeries` series, whatever the logdir holds.
import { SERIES_LIMITS } from '../../contract/http-queries.ts';
import type { DataProvider } from '../store/data-provider.ts';
import { HttpError } from './http-error.ts';

/**
 * The numbers (documented in docs/reliability.md). 2,000,000 points are two full 1M-point series, about 60 MB of
 * JSON at ~30 bytes a point: enough for any chart (a chart is drawn from a few thousand points; pass `points`
 * or `width` to downsample), and small enough that a request's answer stays in the low hundreds of MiB.
 */
export const REQUEST_BUDGET = {
  /** Most points (scalar values, repeats counted) one request may be answered with. */
  maxPoints: 2_000_000,
  /** Most series (run and tag pairs, repeats counted) one request may name (the contract's body cap). */
  maxSeries: SERIES_LIMITS.maxSeriesPerRequest,
  /**
   * Most stored points one request may make the server read (downsampling reads every point in range; a
   * repeated series is read once). 20,000,000 is about half a second of downsampling on one core.
   */
  maxScanned: 20_000_000,
} as const;

export interface RequestBudgetLimits {
  maxPoints: number;
  maxSeries: number;
  maxScanned: number;
}

/** The running cost of one request; `charge` throws the 400 `over_budget` once a limit would be passed. */
export interface RequestBudget {
  /** Charges one series answered with `points` points after reading `scanned` stored points. */
  charge(points: number, scanned?: number): void;
  readonly points: number;
  readonly series: number;
  readonly scanned: number;
}

export function overBudget(message: string): HttpError {
  return new HttpError(400, 'over_budget', message);
}

/** A fresh budget for one request; `route` names it in the error message. */
export function createRequestBudget(
  route: string,
  limits: RequestBudgetLimits = REQUEST_BUDGET,
): RequestBudget {
  let points = 0;
  let series = 0;
  let scanned = 0;
  return {
    charge(n: number, read = n) {
      series += 1;
      points += n;
      scanned += read;
      if (series > limits.maxSeries)
        throw overBudget(
          `${route}: a request may name at most ${limits.maxSeries} series (repeats counted); ask in several requests`,
        );
      if (points > limits.maxPoints)
        throw overBudget(
          `${route}: this request asks for more than ${limits.maxPoints} points (repeats counted); ` +
            "downsample with 'points' or 'width', narrow with 'xmin'/'xmax', or ask for fewer series",
        );
      if (scanned > limits.maxScanned)
        throw overBudget(
          `${route}: this request would read more than ${limits.maxScanned} stored points; ` +
            "narrow with 'xmin'/'xmax' or ask for fewer series",
        );
    },
    get points() {
      return points;
    },
    get series() {
      return series;
    },
    get scanned() {
      return scanned;
    },
  };
}

/**
 * The most points a downsampled query of a series of `length` points can return: `points` caps it, `width`
 * gives at most 2 * width + 2 (a min and max per pixel column plus both ends), neither means every point.
 */
export function pointsUpperBound(length: number, o: { points?: number; width?: number }): number {
  if (o.points !== undefined) return Math.min(length, o.points);
  if (o.width !== undefined) return Math.min(length, 2 * o.width + 2);
  return length;
}

/**
 * Charges one request for the full scalar series `tag` of the named runs (every run when `runs` is undefined),
 * as the timeseries plugin and scalars_multirun serve them: one series charge of all their points together.
 */
export function chargeScalarTag(
  budget: RequestBudget,
  provider: DataProvider,
  tag: string,
  runs: readonly string[] | undefined,
): void {
  let points = 0;
  for (const run of runs ?? provider.runs().map((r) => r.name)) {
    const view = provider.run(run);
    if (view?.tags().get(tag)?.plugin === 'scalars') points += view.scalars(tag)?.length ?? 0;
  }
  budget.charge(points);
}

/**
 * Charges one request for a histogram or image series of one run, as the timeseries plugin serves it: a
 * histogram point costs one point per bucket (its tensor's declared first dimension, already checked against
 * the bytes at ingest), an image point one point.
 */
export function chargeSampledTag(
  budget: RequestBudget,
  provider: DataProvider,
  plugin: 'histograms' | 'images',
  tag: string,
  run: string,
): void {
  const view = provider.run(run);
  if (view?.tags().get(tag)?.plugin !== plugin) return budget.charge(0);
  if (plugin === 'images') return budget.charge(view.blobSequences('images', tag)?.length ?? 0);
  const series = view.tensors('histograms', tag);
  const buckets = Number(series?.last()?.value.tensorShape?.dim?.[0]?.size ?? 1);
  budget.charge((series?.length ?? 0) * Math.max(1, Number.isFinite(buckets) ? buckets : 1));
}
