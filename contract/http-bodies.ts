// The body schemas of every POST route (and of the JSON a GET carries in one parameter, as TensorBoard's
// hparams `?request=` and timeseries `?requests=` do): /api/series batches, scalars_multirun forms, timeseries
// request lists and the hparams plugin's proto-JSON bodies. Invariants: lists are bounded (the count caps are
// the per-request cost budget), strings are bounded, proto-JSON accepts camelCase and snake_case names and
// int64 fields given as strings; unknown fields are ignored as proto-JSON parsers do.
import * as v from 'valibot';
import { MAX_NAME_CHARS, numberRule, queryEnum, queryList, queryString } from './query-fields.ts';
import {
  MAX_REGEX_CHARS,
  ONE_POINTS_OR_WIDTH,
  ORDERED_RANGE,
  SERIES_LIMITS,
  X_AXES,
  onePointsOrWidth,
  orderedRange,
} from './http-queries.ts';

const name = v.pipe(
  v.string('must be a string'),
  v.maxLength(MAX_NAME_CHARS, `must be at most ${MAX_NAME_CHARS} characters`),
);

/** JSON text (a form field or query parameter) parsed and then checked by `schema`. */
export const jsonText = <S extends v.GenericSchema>(schema: S, maxChars = 1 << 20) =>
  v.pipe(
    v.string('must be JSON text'),
    v.maxLength(maxChars, `must be at most ${maxChars} characters`),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      try {
        return JSON.parse(dataset.value) as unknown;
      } catch {
        addIssue({ message: 'is not valid JSON' });
        return NEVER;
      }
    }),
    schema,
  );

// ---------------------------------------------------------------------------------------------------------
// Our API
// ---------------------------------------------------------------------------------------------------------

/** POST /api/series  body: { series: [{run, tag}], points?, width?, xmin?, xmax?, x? } */
export const ApiSeriesBatchBody = v.pipe(
  v.looseObject(
    {
      series: v.pipe(
        v.array(v.looseObject({ run: name, tag: name }), 'must be a list of {run, tag}'),
        v.maxLength(
          SERIES_LIMITS.maxSeriesPerRequest,
          `at most ${SERIES_LIMITS.maxSeriesPerRequest} series per request`,
        ),
      ),
      points: v.optional(numberRule({ integer: true, min: 2, max: SERIES_LIMITS.maxPoints })),
      width: v.optional(numberRule({ integer: true, min: 1, max: SERIES_LIMITS.maxWidth })),
      xmin: v.optional(numberRule({})),
      xmax: v.optional(numberRule({})),
      x: v.optional(queryEnum(X_AXES)),
    },
    'body must be {series: [{run, tag}], ...}',
  ),
  v.check((o) => onePointsOrWidth(o), ONE_POINTS_OR_WIDTH),
  v.check((o) => orderedRange(o), ORDERED_RANGE),
);

export type ApiSeriesBatchRequest = v.InferInput<typeof ApiSeriesBatchBody>;

// ---------------------------------------------------------------------------------------------------------
// TensorBoard /data/plugin/* bodies
// ---------------------------------------------------------------------------------------------------------

/** POST /data/plugin/scalars/scalars_multirun, form fields `tag` (once) and `runs` (repeatable). */
export const ScalarsMultirunForm = v.looseObject({
  tag: v.string("form field 'tag' must be given exactly once"),
  runs: queryList(),
});

/** One entry of timeseries' `requests`: kept loose, since TensorBoard answers a bad entry inside a 200. */
export const TimeSeriesRequest = v.looseObject({
  plugin: v.optional(v.unknown()),
  tag: v.optional(v.unknown()),
  run: v.optional(v.unknown()),
  sample: v.optional(v.unknown()),
});

/** Most entries of one timeseries `requests` list, and of the distinct (plugin, run, tag) it may name. */
export const MAX_TIMESERIES_REQUESTS = 1000;

/** POST (form) or GET /data/plugin/timeseries/timeSeries: `requests`, a JSON list of {plugin, tag, run?, sample?}. */
export const TimeSeriesForm = v.looseObject({
  requests: jsonText(
    v.pipe(
      v.array(v.unknown(), 'must be a JSON list'),
      v.maxLength(MAX_TIMESERIES_REQUESTS, `must hold at most ${MAX_TIMESERIES_REQUESTS} requests`),
      v.transform((xs) =>
        xs.map(
          (x) =>
            (typeof x === 'object' && x !== null && !Array.isArray(x) ? x : {}) as v.InferOutput<
              typeof TimeSeriesRequest
            >,
        ),
      ),
    ),
  ),
});

const snakeToCamel = (s: string): string => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** A proto-JSON object with its snake_case keys renamed to camelCase (both spellings are valid proto-JSON). */
export const protoJson = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.record(v.string(), v.unknown(), 'must be a JSON object'),
    v.transform((o) => Object.fromEntries(Object.entries(o).map(([k, x]) => [snakeToCamel(k), x]))),
    v.looseObject(entries),
  );

/** A proto-JSON int64/int32: a number or its decimal string. */
const protoInt = (max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(
    v.union(
      [v.number(), v.pipe(v.string(), v.regex(/^\s*-?\d+\s*$/, 'must be an integer'), v.transform(Number))],
      'must be an integer',
    ),
    numberRule({ integer: true, min: 0, max }),
  );

const protoBool = v.boolean('must be a boolean');
const nullishOr = <S extends v.GenericSchema>(s: S) => v.nullish(s);

/** POST /data/plugin/hparams/experiment */
export const HparamsExperimentBody = protoJson({
  includeMetrics: nullishOr(protoBool),
  hparamsLimit: nullishOr(protoInt()),
  experimentName: v.optional(v.unknown()),
});

const MetricName = protoJson({
  group: v.optional(v.union([v.string(), v.number(), v.boolean()])),
  tag: v.optional(v.union([v.string(), v.number(), v.boolean()])),
});

/** One column of a session_groups request: an hparam or a metric, its order and filters. */
export const HparamsColParam = v.pipe(
  protoJson({
    hparam: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS))),
    metric: v.optional(MetricName),
    order: v.optional(v.string()),
    missingValuesFirst: v.optional(v.unknown()),
    excludeMissingValues: v.optional(v.unknown()),
    includeInResult: v.optional(v.unknown()),
    filterRegexp: v.optional(
      v.pipe(
        v.string('must be a string'),
        v.maxLength(MAX_REGEX_CHARS, `must be at most ${MAX_REGEX_CHARS} characters`),
      ),
    ),
    filterInterval: v.optional(
      protoJson({ minValue: v.optional(v.unknown()), maxValue: v.optional(v.unknown()) }),
    ),
    filterDiscrete: v.optional(v.pipe(v.array(v.unknown(), 'must be a list'), v.maxLength(10_000))),
  }),
  v.check((c) => typeof c.hparam === 'string' || c.metric !== undefined, "needs 'hparam' or 'metric'"),
);

/** POST /data/plugin/hparams/session_groups */
export const HparamsSessionGroupsBody = protoJson({
  includeMetrics: nullishOr(protoBool),
  startIndex: nullishOr(protoInt()),
  sliceSize: nullishOr(protoInt()),
  allowedStatuses: v.optional(v.pipe(v.array(v.unknown(), 'must be a list'), v.maxLength(100))),
  colParams: v.optional(v.pipe(v.array(HparamsColParam, 'must be a list'), v.maxLength(10_000))),
});

/** POST /data/plugin/hparams/metric_evals */
export const HparamsMetricEvalsBody = protoJson({
  sessionName: v.pipe(v.string("'sessionName' is required"), v.maxLength(MAX_NAME_CHARS)),
  metricName: MetricName,
});

/** GET /data/plugin/hparams/*?request=JSON (the GET form of the bodies above). */
export const HparamsRequestQuery = v.looseObject({ request: v.optional(queryString(1 << 20), '{}') });
