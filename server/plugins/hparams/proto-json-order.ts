// The key order of TensorBoard's hparams JSON: Python's json_format.MessageToJson with
// always_print_fields_with_no_presence writes the fields that are set (non-default) first, by field number,
// then the unset ones with their defaults, in declaration order (field numbers from api.proto of
// TensorBoard 2.21). Invariant: only reorders keys; values are never changed, added or dropped.

export type ProtoMessage =
  'Experiment' | 'HParamInfo' | 'MetricInfo' | 'MetricName' | 'SessionGroup' | 'Session' | 'MetricValue';
type Fields = readonly (readonly [name: string, number: number, nested?: ProtoMessage])[];

const MESSAGES = {
  Experiment: [
    ['name', 6],
    ['description', 1],
    ['user', 2],
    ['timeCreatedSecs', 3],
    ['hparamInfos', 4, 'HParamInfo'],
    ['metricInfos', 5, 'MetricInfo'],
  ],
  HParamInfo: [
    ['name', 1],
    ['displayName', 2],
    ['description', 3],
    ['type', 4],
    ['domainDiscrete', 5],
    ['domainInterval', 6],
    ['differs', 7],
  ],
  MetricInfo: [
    ['name', 1, 'MetricName'],
    ['displayName', 3],
    ['description', 4],
    ['datasetType', 5],
  ],
  MetricName: [
    ['group', 1],
    ['tag', 2],
  ],
  SessionGroup: [
    ['name', 1],
    ['hparams', 2],
    ['metricValues', 3, 'MetricValue'],
    ['sessions', 4, 'Session'],
    ['monitorUrl', 5],
  ],
  Session: [
    ['name', 1],
    ['startTimeSecs', 2],
    ['endTimeSecs', 3],
    ['status', 4],
    ['modelUri', 5],
    ['metricValues', 6, 'MetricValue'],
    ['monitorUrl', 7],
  ],
  MetricValue: [
    ['name', 1, 'MetricName'],
    ['value', 2],
    ['trainingStep', 3],
    ['wallTimeSecs', 4],
  ],
} as const satisfies Record<ProtoMessage, Fields>;

/** Enum values numbered 0, the defaults of the enum fields above. */
const ENUM_DEFAULTS = new Set(['DATA_TYPE_UNSET', 'DATASET_UNKNOWN', 'STATUS_UNKNOWN']);

function isDefault(v: unknown): boolean {
  if (v === '' || v === 0 || v === false || v === null || v === undefined) return true;
  if (typeof v === 'string') return ENUM_DEFAULTS.has(v);
  if (Array.isArray(v)) return v.length === 0;
  return false; // a message field that is present is set; a map is set when it has entries
}

function isEmptyMap(name: string, v: unknown): boolean {
  return name === 'hparams' && typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}

/** `obj` with its keys (and those of the nested messages named in MESSAGES) in MessageToJson's order. */
export function inProtoJsonOrder<T extends object>(obj: T, type: ProtoMessage): T {
  const src = obj as Record<string, unknown>;
  const fields: Fields = MESSAGES[type];
  const nestedValue = (v: unknown, nested: ProtoMessage | undefined): unknown => {
    if (!nested) return v;
    if (Array.isArray(v))
      return v.map((x: unknown) => (typeof x === 'object' && x ? inProtoJsonOrder(x, nested) : x));
    return typeof v === 'object' && v !== null ? inProtoJsonOrder(v, nested) : v;
  };
  const known = fields.filter(([name]) => Object.hasOwn(src, name));
  const set = known.filter(([name]) => !isDefault(src[name]) && !isEmptyMap(name, src[name]));
  const unset = known.filter((f) => !set.includes(f));
  const out: Record<string, unknown> = {};
  for (const [name, , nested] of [...set].sort((a, b) => a[1] - b[1]))
    out[name] = nestedValue(src[name], nested);
  for (const [name, , nested] of unset) out[name] = nestedValue(src[name], nested);
  for (const [k, v] of Object.entries(src)) if (!(k in out)) out[k] = v;
  return out as T;
}
