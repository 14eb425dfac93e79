// TensorBoard's hparams plugin: POST (or GET ?request=) /experiment, /session_groups and /metric_evals with
// proto-JSON bodies (camelCase or snake_case accepted), answered in proto-JSON with defaults included. Session
// group filtering (allowed statuses, regexp/interval/discrete filters), ordering and slicing follow
// list_session_groups.py.
import express, { type Request } from 'express';
import { HttpError, badParam, notFound } from '../../http/http-error.ts';
import { HparamsGetQuery } from '../../../contract/index.ts';
import { checkNumber, parseQuery } from '../../http/request-params.ts';
import { jsonFloat } from '../../http/json-float.ts';
import { sendDataJson } from '../../http/tb-json.ts';
import { experimentFloats, sessionGroupFloats } from './hparams-floats.ts';
import { customElement, type TbPlugin } from '../tb-plugin.ts';
import {
  buildExperiment,
  buildSessionGroups,
  listSessions,
  metricRunName,
  type HparamValue,
  type SessionGroupJson,
} from './hparams-assembler.ts';
import { compileSafeRegex, type SafeRegex } from '../../regex/safe-regex.ts';

type Body = Record<string, unknown>;

const asText = (x: unknown): string =>
  typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : '';

function requestBody(req: Request): Body {
  let text: string | undefined;
  if (req.method === 'GET') text = parseQuery(HparamsGetQuery, req).request;
  else text = typeof req.body === 'string' ? req.body : '';
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new HttpError(
      400,
      'bad_body',
      `request body is not valid JSON: ${err instanceof Error ? err.message : ''}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, 'bad_body', 'request body must be a JSON object');
  return parsed as Body;
}

/** A field by its camelCase or snake_case name. */
function field(body: Body, camel: string): unknown {
  if (camel in body) return body[camel];
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return body[snake];
}

function intField(body: Body, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = field(body, name);
  if (v === undefined || v === null) return fallback;
  return checkNumber(name, typeof v === 'string' ? Number(v) : v, { integer: true, min: 0, max });
}

function boolField(body: Body, name: string, fallback: boolean): boolean {
  const v = field(body, name);
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw badParam(`'${name}' must be a boolean`);
  return v;
}

interface ColParam {
  hparam?: string;
  metric?: { group: string; tag: string };
  order?: string;
  missingValuesFirst: boolean;
  filterRegexp?: SafeRegex;
  filterInterval?: { minValue: number; maxValue: number };
  filterDiscrete?: unknown[];
  excludeMissingValues: boolean;
  includeInResult: boolean;
}

function parseColParams(body: Body): ColParam[] {
  const raw = field(body, 'colParams') ?? [];
  if (!Array.isArray(raw)) throw badParam("'colParams' must be a list");
  return raw.map((c: unknown, i) => {
    if (typeof c !== 'object' || c === null) throw badParam(`colParams[${i}] must be an object`);
    const col = c as Body;
    const out: ColParam = {
      missingValuesFirst: field(col, 'missingValuesFirst') === true,
      excludeMissingValues: field(col, 'excludeMissingValues') === true,
      includeInResult: field(col, 'includeInResult') === true,
    };
    const hparam = field(col, 'hparam');
    const metric = field(col, 'metric') as Body | undefined;
    if (typeof hparam === 'string') out.hparam = hparam;
    else if (metric && typeof metric === 'object')
      out.metric = { group: asText(metric.group), tag: asText(metric.tag) };
    else throw badParam(`colParams[${i}] needs 'hparam' or 'metric'`);
    const order = field(col, 'order');
    if (typeof order === 'string') out.order = order;
    const re = field(col, 'filterRegexp');
    if (typeof re === 'string' && re !== '') {
      try {
        out.filterRegexp = compileSafeRegex(re); // TensorBoard's re.search, in linear time
      } catch {
        throw badParam(`colParams[${i}].filterRegexp is not a valid regular expression`);
      }
    }
    const interval = field(col, 'filterInterval') as Body | undefined;
    if (interval && typeof interval === 'object')
      out.filterInterval = {
        minValue: Number(field(interval, 'minValue') ?? -Infinity),
        maxValue: Number(field(interval, 'maxValue') ?? Infinity),
      };
    const discrete = field(col, 'filterDiscrete');
    if (Array.isArray(discrete)) out.filterDiscrete = discrete;
    return out;
  });
}

function columnValue(g: SessionGroupJson, col: ColParam): HparamValue | undefined {
  if (col.hparam !== undefined) return g.hparams[col.hparam];
  const m = g.metricValues.find((v) => v.name.group === col.metric!.group && v.name.tag === col.metric!.tag);
  return m?.value;
}

function passes(g: SessionGroupJson, col: ColParam): boolean {
  const v = columnValue(g, col);
  if (v === undefined) return !col.excludeMissingValues;
  if (col.filterRegexp && !col.filterRegexp.test(String(v))) return false;
  if (
    col.filterInterval &&
    !(typeof v === 'number' && v >= col.filterInterval.minValue && v <= col.filterInterval.maxValue)
  )
    return false;
  if (col.filterDiscrete && !col.filterDiscrete.some((d) => d === v)) return false;
  return true;
}

export const hparamsPlugin: TbPlugin = {
  name: 'hparams',
  listing: customElement('hparams', 'tf-hparams-dashboard'),
  isActive: (provider) => listSessions(provider).length > 0,
  routes(router, { provider }) {
    const text = express.text({ type: () => true, limit: '1mb' });
    router.all('/experiment', text, (req, res) => {
      const body = requestBody(req);
      sendDataJson(
        res,
        experimentFloats(
          buildExperiment(provider, {
            includeMetrics: boolField(body, 'includeMetrics', true),
            hparamsLimit: intField(body, 'hparamsLimit', Number.MAX_SAFE_INTEGER),
          }),
        ),
      );
    });
    router.all('/session_groups', text, (req, res) => {
      const body = requestBody(req);
      const includeMetrics = boolField(body, 'includeMetrics', true);
      const start = intField(body, 'startIndex', 0);
      const size = intField(body, 'sliceSize', Number.MAX_SAFE_INTEGER);
      const statusesRaw = field(body, 'allowedStatuses');
      const allowed = Array.isArray(statusesRaw) ? new Set(statusesRaw.map(String)) : undefined;
      const cols = parseColParams(body);
      let groups = buildSessionGroups(provider, includeMetrics || cols.some((c) => c.metric));
      groups.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // colParams with includeInResult select the hparams returned (the frontend's request); without any, all are
      const shown = cols.filter((c) => c.includeInResult && c.hparam !== undefined).map((c) => c.hparam!);
      if (allowed) groups = groups.filter((g) => g.sessions.some((s) => allowed.has(s.status)));
      groups = groups.filter((g) => cols.every((c) => passes(g, c)));
      for (const col of [...cols].reverse()) {
        if (col.order !== 'ORDER_ASC' && col.order !== 'ORDER_DESC') continue;
        const sign = col.order === 'ORDER_ASC' ? 1 : -1;
        groups.sort((a, b) => {
          const x = columnValue(a, col);
          const y = columnValue(b, col);
          if (x === undefined || y === undefined) {
            if (x === y) return 0;
            return (x === undefined) === col.missingValuesFirst ? -1 : 1;
          }
          return x < y ? -sign : x > y ? sign : 0;
        });
      }
      if (shown.length) {
        for (const g of groups)
          g.hparams = Object.fromEntries(Object.entries(g.hparams).filter(([k]) => shown.includes(k)));
      }
      if (!includeMetrics) {
        for (const g of groups) {
          g.metricValues = [];
          for (const s of g.sessions) s.metricValues = [];
        }
      }
      sendDataJson(res, {
        sessionGroups: sessionGroupFloats(groups.slice(start, start + size)),
        totalSize: groups.length,
      });
    });
    router.all('/metric_evals', text, (req, res) => {
      const body = requestBody(req);
      const session = field(body, 'sessionName');
      const metric = field(body, 'metricName') as Body | undefined;
      if (typeof session !== 'string') throw badParam("'sessionName' is required");
      if (!metric || typeof metric !== 'object') throw badParam("'metricName' is required");
      const runName = metricRunName(session, asText(metric.group));
      const series = provider.run(runName)?.scalars(asText(metric.tag));
      if (!series) throw notFound(`no metric '${asText(metric.tag)}' in run '${runName.slice(0, 200)}'`);
      const out: [number, number, number][] = [];
      for (let i = 0; i < series.length; i++)
        out.push([jsonFloat(series.wallTime(i)), series.step(i), jsonFloat(series.value(i))]);
      sendDataJson(res, out);
    });
  },
};
