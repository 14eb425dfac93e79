// The query schemas of every GET route we serve, our /api and TensorBoard's /data/plugin/*: one object schema
// per route, named after it, from which the route's parameter types and its 400 `bad_param` answers both come.
// Invariants: unknown parameters are ignored (TensorBoard's frontend adds cache-busters and experiment ids);
// a parameter expected once rejects repetition; every string and list is bounded.
import * as v from 'valibot';
import { queryBoolean, queryEnum, queryList, queryNumber, queryString } from './query-fields.ts';

/** Upper bounds that keep one request from asking for absurd work. */
export const SERIES_LIMITS = {
  maxPoints: 10_000_000,
  maxWidth: 100_000,
  maxSeriesPerRequest: 1000,
} as const;

export const X_AXES = ['step', 'relative', 'wall'] as const;

/** Most characters of a tag regex (custom scalars) or a filter regex (hparams). */
export const MAX_REGEX_CHARS = 1000;

/** Most samples per step a sample index may address (images, audio). */
export const MAX_SAMPLE_INDEX = 1_000_000;

const runTag = { run: queryString(), tag: queryString() };

/** The downsampling options shared by GET and POST /api/series, checked together. */
export const seriesOptionsEntries = {
  points: v.optional(queryNumber({ integer: true, min: 2, max: SERIES_LIMITS.maxPoints })),
  width: v.optional(queryNumber({ integer: true, min: 1, max: SERIES_LIMITS.maxWidth })),
  xmin: v.optional(queryNumber()),
  xmax: v.optional(queryNumber()),
  x: v.optional(queryEnum(X_AXES)),
};

export interface RangeOptions {
  points?: number | undefined;
  width?: number | undefined;
  xmin?: number | undefined;
  xmax?: number | undefined;
}

/** Cross-field rules of the series options: points or width, not both; xmin <= xmax. */
export const onePointsOrWidth = (o: RangeOptions): boolean => o.points === undefined || o.width === undefined;
export const orderedRange = (o: RangeOptions): boolean =>
  o.xmin === undefined || o.xmax === undefined || o.xmin <= o.xmax;
export const ONE_POINTS_OR_WIDTH = "give either 'points' or 'width', not both";
export const ORDERED_RANGE = "'xmin' must be <= 'xmax'";

// ---------------------------------------------------------------------------------------------------------
// Our API
// ---------------------------------------------------------------------------------------------------------

/** GET /api/tags?run=R (repeatable; none = all runs) */
export const ApiTagsQuery = v.looseObject({ run: queryList() });

/** GET /api/series?run=R&tag=T[&points=N | &width=PX][&xmin=A&xmax=B][&x=step|relative|wall] */
export const ApiSeriesQuery = v.pipe(
  v.looseObject({ ...runTag, ...seriesOptionsEntries }),
  v.check((o) => onePointsOrWidth(o), ONE_POINTS_OR_WIDTH),
  v.check((o) => orderedRange(o), ORDERED_RANGE),
);

/** GET /api/export?format=json|csv&run=R (repeatable, at least one)&tag=T (repeatable; none = all) */
export const ApiExportQuery = v.looseObject({
  format: v.optional(queryEnum(['json', 'csv']), 'json'),
  run: v.pipe(queryList(), v.minLength(1, "give at least one 'run'")),
  tag: queryList(),
});

// ---------------------------------------------------------------------------------------------------------
// TensorBoard /data/plugin/* routes
// ---------------------------------------------------------------------------------------------------------

/** ?run=R&tag=T: histograms, distributions, and every route that names one series. */
export const RunTagQuery = v.looseObject(runTag);

/** ?run=R alone (graphs' run lookups). */
export const RunQuery = v.looseObject({ run: queryString() });

/** GET /data/plugin/scalars/scalars?run&tag[&format=csv] */
export const ScalarsQuery = v.looseObject({
  ...runTag,
  format: v.optional(queryEnum(['json', 'csv']), 'json'),
});

/** GET /data/plugin/text/text?run&tag[&markdown=false][&escape=all] */
export const TextQuery = v.looseObject({
  ...runTag,
  markdown: v.optional(queryBoolean, 'true'),
  escape: v.optional(queryEnum(['all'])),
});

/** GET /data/plugin/images/images and /data/plugin/audio/audio: ?run&tag[&sample=K] */
export const SampledQuery = v.looseObject({
  ...runTag,
  sample: v.optional(queryNumber({ integer: true, min: 0, max: MAX_SAMPLE_INDEX }), '0'),
});

/** GET /data/plugin/images/individualImage?blob_key=K */
export const BlobQuery = v.looseObject({ blob_key: queryString() });

/** GET /data/plugin/audio/individualAudio?blob_key=K[&content_type=audio/wav] */
export const AudioBlobQuery = v.looseObject({
  blob_key: queryString(),
  content_type: v.optional(queryString(200)),
});

/** GET /data/plugin/graphs/graph?run[&tag&conceptual=true][&limit_attr_size=N&large_attrs_key=K] */
export const GraphQuery = v.looseObject({
  run: queryString(),
  tag: v.optional(queryString()),
  conceptual: v.optional(queryBoolean, 'false'),
  limit_attr_size: v.optional(queryNumber({ integer: true, min: 1 })),
  large_attrs_key: v.optional(queryString(200)),
});

/** GET /data/plugin/pr_curves/pr_curves?run=R (repeatable)&tag=T (the first one counts) */
export const PrCurvesQuery = v.looseObject({ run: queryList(), tag: queryList() });

/** GET /data/plugin/hparams/* by GET: ?request=JSON (the body of the POST form) */
export const HparamsGetQuery = v.looseObject({ request: v.optional(queryString(1 << 20), '{}') });

/** GET /data/plugin/custom_scalars/scalars?run&tag=REGEX */
export const CustomScalarsQuery = v.looseObject({ run: queryString(), tag: queryString(MAX_REGEX_CHARS) });

/** GET /data/plugin/timeseries/timeSeries?requests=JSON (the POST form's field; its JSON is checked by the route) */
export const TimeSeriesGetQuery = v.looseObject({ requests: v.optional(queryString(1 << 20)) });

/** GET /data/plugin/timeseries/imageData?imageId=K */
export const ImageDataQuery = v.looseObject({ imageId: queryString() });

export type ApiSeriesQueryValue = v.InferOutput<typeof ApiSeriesQuery>;
export type ApiExportQueryValue = v.InferOutput<typeof ApiExportQuery>;
