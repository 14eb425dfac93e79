// The hparams answers' `double` fields as TensorBoard's json_format.MessageToJson prints them: Python floats
// (`0.0`, `32.0`), where JavaScript prints `0` and `32`: an experiment's timeCreatedSecs, interval bounds and
// discrete number values, a group's hparam numbers (google.protobuf.Value number_value), metric values and
// wall times, sessions' start and end times. Applied last, on copies (spread keeps key order), so the assembler's
// arithmetic, sorting and default checks (proto-json-order.ts) see plain numbers.
import { jsonFloat } from '../../http/json-float.ts';
import type { ExperimentJson, MetricValueJson, SessionGroupJson, SessionJson } from './hparams-assembler.ts';

const float = <T>(v: T): T => (typeof v === 'number' ? (jsonFloat(v) as T) : v);

function floatFields<T extends object>(o: T, keys: readonly (keyof T)[]): T {
  const out = { ...o };
  for (const k of keys) if (k in out) out[k] = float(out[k]);
  return out;
}

const metricValue = (m: MetricValueJson): MetricValueJson => floatFields(m, ['value', 'wallTimeSecs']);

function session(s: SessionJson): SessionJson {
  return {
    ...floatFields(s, ['startTimeSecs', 'endTimeSecs']),
    metricValues: s.metricValues.map(metricValue),
  };
}

/** An experiment with its doubles printed as Python floats. */
export function experimentFloats(exp: ExperimentJson): ExperimentJson {
  const hparamInfos = exp.hparamInfos.map((h) => {
    const out = { ...h };
    const interval = out.domainInterval as Record<string, unknown> | undefined;
    if (interval) out.domainInterval = floatFields(interval, ['minValue', 'maxValue']);
    if (Array.isArray(out.domainDiscrete)) out.domainDiscrete = out.domainDiscrete.map(float);
    return out;
  });
  return { ...floatFields(exp, ['timeCreatedSecs']), hparamInfos };
}

/** Session groups with their doubles printed as Python floats. */
export function sessionGroupFloats(groups: readonly SessionGroupJson[]): SessionGroupJson[] {
  return groups.map((g) => ({
    ...g,
    hparams: Object.fromEntries(Object.entries(g.hparams).map(([k, v]) => [k, float(v)])),
    metricValues: g.metricValues.map(metricValue),
    sessions: g.sessions.map(session),
  }));
}
