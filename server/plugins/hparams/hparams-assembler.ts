// Assembles TensorBoard's HParams dashboard data from what the runs hold, as backend_context.py,
// list_session_groups.py and metrics.py do (FORMAT.md §5.3): sessions are runs with a session_start_info; the
// experiment is the first `_hparams_/experiment` in TensorBoard's run discovery (directory walk) order, else inferred (hparam types/domains from the values,
// metrics from every scalar tag of the session runs and their sub-runs, group = sub-run path); a metric value
// is the last point of tag in run `<session>/<group>`. Output is proto-JSON (camelCase, enum names, defaults).
import { tensorboard } from '../../../proto/index.ts';
import type { TagInfo } from '../../../tfevents/event-interpreter.ts';
import type { DataProvider, RunView } from '../../store/data-provider.ts';
import { inProtoJsonOrder } from './proto-json-order.ts';

export interface MetricName {
  group: string;
  tag: string;
}
export interface MetricValueJson {
  name: MetricName;
  value: number;
  trainingStep: number;
  wallTimeSecs: number;
}
export type HparamValue = number | string | boolean;

export interface SessionJson {
  name: string;
  startTimeSecs: number;
  endTimeSecs: number;
  status: string;
  modelUri: string;
  monitorUrl: string;
  metricValues: MetricValueJson[];
}

export interface SessionGroupJson {
  name: string;
  hparams: Record<string, HparamValue>;
  metricValues: MetricValueJson[];
  sessions: SessionJson[];
  monitorUrl: string;
}

export interface ExperimentJson {
  name: string;
  description: string;
  user: string;
  timeCreatedSecs: number;
  hparamInfos: Record<string, unknown>[];
  metricInfos: Record<string, unknown>[];
}

const EXPERIMENT_TAG = '_hparams_/experiment';
const START_TAG = '_hparams_/session_start_info';
const END_TAG = '_hparams_/session_end_info';

interface SessionInfo {
  run: RunView;
  start: tensorboard.hparams.ISessionStartInfo;
  end: tensorboard.hparams.ISessionEndInfo | null;
  hparams: Record<string, HparamValue>;
}

function structValue(v: unknown): HparamValue | undefined {
  const o = v as { numberValue?: number | null; stringValue?: string | null; boolValue?: boolean | null };
  if (o.numberValue !== undefined && o.numberValue !== null) return o.numberValue;
  if (o.stringValue !== undefined && o.stringValue !== null) return o.stringValue;
  if (o.boolValue !== undefined && o.boolValue !== null) return o.boolValue;
  return undefined;
}

const decoded = new WeakMap<TagInfo, tensorboard.hparams.HParamsPluginData | null>();

/** The hparams plugin data of a run's tag: its first value's summary metadata, as TensorBoard reads it. */
function hparamsData(run: RunView, tag: string): tensorboard.hparams.HParamsPluginData | undefined {
  const info = run.tags().get(tag);
  if (info?.plugin !== 'hparams') return undefined;
  let data = decoded.get(info);
  if (data === undefined) {
    try {
      data = tensorboard.hparams.HParamsPluginData.decode(info.pluginContent);
    } catch {
      data = null; // undecodable metadata: TensorBoard ignores the tag too
    }
    decoded.set(info, data);
  }
  return data ?? undefined;
}

/** Sessions in TensorBoard's run order (a group's hparams and its sessions' order come from its first). */
export function listSessions(provider: DataProvider): SessionInfo[] {
  const out: SessionInfo[] = [];
  for (const run of provider.tensorboardRuns()) {
    const start = hparamsData(run, START_TAG)?.sessionStartInfo;
    if (!start) continue;
    const hparams: Record<string, HparamValue> = {};
    for (const [k, v] of Object.entries(start.hparams ?? {})) {
      const x = structValue(v);
      if (x !== undefined) hparams[k] = x;
    }
    out.push({ run, start, end: hparamsData(run, END_TAG)?.sessionEndInfo ?? null, hparams });
  }
  return out;
}

/** The experiment of the first run holding one, in TensorBoard's run order (backend_context.py's "first one"). */
function writtenExperiment(provider: DataProvider): tensorboard.hparams.Experiment | undefined {
  for (const run of provider.tensorboardRuns()) {
    const exp = hparamsData(run, EXPERIMENT_TAG)?.experiment;
    if (exp) return tensorboard.hparams.Experiment.fromObject(exp);
  }
  return undefined;
}

/** (group, tag) of every scalar tag in session runs and their sub-runs, sorted by (tag, group) as
 *  _compute_metric_names sorts its (tag, group) tuples. */
function inferMetricNames(provider: DataProvider, sessions: SessionInfo[]): MetricName[] {
  const seen = new Map<string, MetricName>();
  const runs = provider.runs();
  for (const s of sessions) {
    const prefix = s.run.name === '.' ? '' : `${s.run.name}/`;
    for (const run of runs) {
      let group: string;
      if (run.name === s.run.name) group = '';
      else if (prefix === '' ? run.name !== '.' : run.name.startsWith(prefix))
        group = run.name.slice(prefix.length);
      else continue;
      for (const info of run.tags().values()) {
        if (info.plugin !== 'scalars') continue;
        seen.set(JSON.stringify([group, info.tag]), { group, tag: info.tag });
      }
    }
  }
  return [...seen.values()].sort((a, b) =>
    a.tag === b.tag ? (a.group < b.group ? -1 : 1) : a.tag < b.tag ? -1 : 1,
  );
}

function inferHparamInfos(sessions: SessionInfo[]): Record<string, unknown>[] {
  const values = new Map<string, HparamValue[]>();
  for (const s of sessions) {
    for (const [k, v] of Object.entries(s.hparams)) {
      if (typeof v === 'number' && Number.isNaN(v)) continue;
      let list = values.get(k);
      if (!list) values.set(k, (list = []));
      list.push(v);
    }
  }
  const infos: Record<string, unknown>[] = [];
  for (const name of [...values.keys()].sort()) {
    const list = values.get(name)!;
    const kinds = new Set(list.map((v) => typeof v));
    const type = kinds.size > 1 ? 'string' : [...kinds][0]!;
    const differs = new Set(list.map((v) => JSON.stringify(v))).size > 1;
    const info: Record<string, unknown> = { name, displayName: '', description: '', differs };
    if (type === 'number') {
      const nums = list as number[];
      info.type = 'DATA_TYPE_FLOAT64';
      info.domainInterval = { minValue: Math.min(...nums), maxValue: Math.max(...nums) };
    } else if (type === 'boolean') {
      info.type = 'DATA_TYPE_BOOL';
      info.domainDiscrete = [...new Set(list as boolean[])].sort((a, b) => Number(a) - Number(b));
    } else {
      info.type = 'DATA_TYPE_STRING';
      info.domainDiscrete = [...new Set(list.map(String))].sort();
    }
    infos.push(info);
  }
  return infos;
}

/** _sort_and_reduce_to_hparams_limit: hparams that differ first, then by name; a limit of 0 keeps all. */
function sortAndLimit(infos: Record<string, unknown>[], limit: number): Record<string, unknown>[] {
  const key = (h: Record<string, unknown>): [number, string] => [h.differs === true ? 0 : 1, String(h.name)];
  const sorted = [...infos].sort((a, b) => {
    const [da, na] = key(a);
    const [db, nb] = key(b);
    return da !== db ? da - db : na < nb ? -1 : na > nb ? 1 : 0;
  });
  return limit > 0 ? sorted.slice(0, limit) : sorted;
}

function experimentJson(exp: tensorboard.hparams.Experiment): ExperimentJson {
  const obj = tensorboard.hparams.Experiment.toObject(exp, { enums: String, defaults: true, longs: Number });
  const hparamInfos = ((obj.hparamInfos ?? []) as Record<string, unknown>[]).map((h) => {
    const out: Record<string, unknown> = {
      name: h.name,
      type: h.type,
      displayName: h.displayName,
      description: h.description,
      differs: h.differs,
    };
    if (h.domainInterval) out.domainInterval = h.domainInterval;
    const discrete = (h.domainDiscrete as { values?: unknown[] } | undefined)?.values;
    if (discrete && discrete.length) out.domainDiscrete = discrete.map(structValue);
    return out;
  });
  const metricInfos = ((obj.metricInfos ?? []) as Record<string, unknown>[]).map((m) => ({
    name: m.name,
    displayName: m.displayName,
    description: m.description,
    datasetType: m.datasetType,
  }));
  return {
    name: String(obj.name ?? ''),
    description: String(obj.description ?? ''),
    user: String(obj.user ?? ''),
    timeCreatedSecs: Number(obj.timeCreatedSecs ?? 0),
    hparamInfos,
    metricInfos,
  };
}

export function buildExperiment(
  provider: DataProvider,
  opts: {
    includeMetrics: boolean;
    hparamsLimit: number;
  },
): ExperimentJson {
  const written = writtenExperiment(provider);
  let exp: ExperimentJson;
  if (written) {
    exp = experimentJson(written);
    exp.hparamInfos = sortAndLimit(exp.hparamInfos, opts.hparamsLimit);
  } else {
    const sessions = listSessions(provider);
    exp = {
      name: '',
      description: '',
      user: '',
      timeCreatedSecs: 0,
      hparamInfos: sortAndLimit(inferHparamInfos(sessions), opts.hparamsLimit),
      metricInfos: inferMetricNames(provider, sessions).map((name) => ({
        name,
        displayName: '',
        description: '',
        datasetType: 'DATASET_UNKNOWN',
      })),
    };
  }
  if (!opts.includeMetrics) exp.metricInfos = [];
  return inProtoJsonOrder(exp, 'Experiment');
}

/** The run holding metric `name` of `session` (group '' = the session run itself). */
export function metricRunName(session: string, group: string): string {
  if (!group) return session;
  return session === '.' ? group : `${session}/${group}`;
}

function metricValues(provider: DataProvider, session: string, names: MetricName[]): MetricValueJson[] {
  const out: MetricValueJson[] = [];
  for (const name of names) {
    const series = provider.run(metricRunName(session, name.group))?.scalars(name.tag);
    if (!series || series.length === 0) continue;
    const i = series.length - 1;
    out.push({
      name,
      value: series.value(i),
      trainingStep: series.step(i),
      wallTimeSecs: series.wallTime(i),
    });
  }
  return out;
}

const STATUS_NAMES = ['STATUS_UNKNOWN', 'STATUS_SUCCESS', 'STATUS_FAILURE', 'STATUS_RUNNING'];

export function buildSessionGroups(provider: DataProvider, includeMetrics: boolean): SessionGroupJson[] {
  const sessions = listSessions(provider);
  const exp = buildExperiment(provider, { includeMetrics: true, hparamsLimit: Number.MAX_SAFE_INTEGER });
  const names = exp.metricInfos.map((m) => m.name as MetricName);
  const groups = new Map<string, SessionGroupJson>();
  for (const s of sessions) {
    const groupName = s.start.groupName || s.run.name;
    const status = s.end?.status ?? 0;
    const session: SessionJson = {
      name: s.run.name,
      startTimeSecs: s.start.startTimeSecs ?? 0,
      endTimeSecs: s.end?.endTimeSecs ?? 0,
      status: typeof status === 'string' ? status : (STATUS_NAMES[status] ?? 'STATUS_UNKNOWN'),
      modelUri: s.start.modelUri ?? '',
      monitorUrl: s.start.monitorUrl ?? '',
      metricValues: includeMetrics ? metricValues(provider, s.run.name, names) : [],
    };
    let group = groups.get(groupName);
    if (!group) {
      group = { name: groupName, hparams: { ...s.hparams }, metricValues: [], sessions: [], monitorUrl: '' };
      groups.set(groupName, group);
    }
    group.sessions.push(session);
  }
  for (const g of groups.values()) {
    // AGGREGATION_AVG over the group's sessions, as list_session_groups does by default
    const byKey = new Map<string, MetricValueJson[]>();
    for (const s of g.sessions) {
      for (const m of s.metricValues) {
        const key = JSON.stringify([m.name.group, m.name.tag]);
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        list.push(m);
      }
    }
    for (const list of byKey.values()) {
      const n = list.length;
      const first = list[0]!;
      g.metricValues.push(
        n === 1
          ? first
          : {
              name: first.name,
              value: list.reduce((a, m) => a + m.value, 0) / n,
              trainingStep: Math.max(...list.map((m) => m.trainingStep)),
              wallTimeSecs: Math.max(...list.map((m) => m.wallTimeSecs)),
            },
      );
    }
  }
  return [...groups.values()].map((g) => inProtoJsonOrder(g, 'SessionGroup'));
}
