// Builds the hparams plugin's summary values as TensorBoard's hparams summary_v2 (and v1, for session end)
// writes them: tags `_hparams_/experiment`, `_hparams_/session_start_info`, `_hparams_/session_end_info`, each a
// null DT_FLOAT [0] tensor whose metadata content is a serialized HParamsPluginData with version 0. Where they
// go (FORMAT.md §5): the experiment once, usually in the logdir root; a session start (and end) in each
// trial's own run directory, with the trial's metric scalars in that run or its subdirectories.
import { tensorboard, type google } from '../../proto/index.ts';
import { checkWallTime } from '../event-file-writer.ts';
import { pluginMetadata } from './summary-metadata.ts';
import { nullTensor } from './tensor-encoder.ts';

export const HPARAMS_PLUGIN = 'hparams';
export const EXPERIMENT_TAG = '_hparams_/experiment';
export const SESSION_START_TAG = '_hparams_/session_start_info';
export const SESSION_END_TAG = '_hparams_/session_end_info';

const HP = tensorboard.hparams;

export type HParamValue = number | string | boolean;
export type HParamType = 'string' | 'bool' | 'float64';

export interface HParamSpec {
  name: string;
  displayName?: string;
  description?: string;
  /** Inferred from the domain when omitted (an interval or numbers: float64; booleans: bool; else string). */
  type?: HParamType;
  domain?: { values: readonly HParamValue[] } | { min: number; max: number };
}

export interface MetricSpec {
  /** The scalar tag of the metric, e.g. `epoch_loss`. */
  tag: string;
  /** The run subdirectory relative to each session's run that holds it ('' = the session run; e.g. `validation`). */
  group?: string;
  displayName?: string;
  description?: string;
  datasetType?: 'training' | 'validation';
}

export interface HParamsExperimentConfig {
  hparams: readonly HParamSpec[];
  metrics: readonly MetricSpec[];
  name?: string;
  description?: string;
  user?: string;
  timeCreatedSecs?: number;
}

export type SessionStatus = 'success' | 'failure' | 'running' | 'unknown';

const TYPE_ENUM: Record<HParamType, tensorboard.hparams.DataType> = {
  string: HP.DataType.DATA_TYPE_STRING,
  bool: HP.DataType.DATA_TYPE_BOOL,
  float64: HP.DataType.DATA_TYPE_FLOAT64,
};

const STATUS_ENUM: Record<SessionStatus, tensorboard.hparams.Status> = {
  unknown: HP.Status.STATUS_UNKNOWN,
  success: HP.Status.STATUS_SUCCESS,
  failure: HP.Status.STATUS_FAILURE,
  running: HP.Status.STATUS_RUNNING,
};

const DATASET_ENUM = {
  training: HP.DatasetType.DATASET_TRAINING,
  validation: HP.DatasetType.DATASET_VALIDATION,
} as const;

/** A google.protobuf.Value as summary_v2.hparams_pb makes it: bool, number or string. */
export function hparamProtoValue(name: string, v: HParamValue): google.protobuf.IValue {
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'string') return { stringValue: v };
  throw new TypeError(
    `hparam ${JSON.stringify(name)}: value must be a number, string or boolean, got ${typeof v}`,
  );
}

function hparamsValue(tag: string, data: tensorboard.hparams.IHParamsPluginData): tensorboard.Summary.IValue {
  const content = HP.HParamsPluginData.encode(data).finish();
  return { tag, tensor: nullTensor(), metadata: pluginMetadata(HPARAMS_PLUGIN, content) };
}

function inferType(spec: HParamSpec): HParamType | undefined {
  if (spec.type) return spec.type;
  const domain = spec.domain;
  if (!domain) return undefined;
  if ('min' in domain) return 'float64';
  if (domain.values.length > 0 && domain.values.every((v) => typeof v === 'number')) return 'float64';
  if (domain.values.length > 0 && domain.values.every((v) => typeof v === 'boolean')) return 'bool';
  return 'string';
}

function hparamInfo(spec: HParamSpec): tensorboard.hparams.IHParamInfo {
  if (typeof spec.name !== 'string' || spec.name === '')
    throw new RangeError('hparamsExperimentValue: an hparam has no name');
  const info: tensorboard.hparams.IHParamInfo = { name: spec.name };
  if (spec.displayName) info.displayName = spec.displayName;
  if (spec.description) info.description = spec.description;
  const type = inferType(spec);
  if (type) info.type = TYPE_ENUM[type];
  const domain = spec.domain;
  if (domain && 'min' in domain) {
    if (!(domain.min <= domain.max)) {
      throw new RangeError(
        `hparam ${JSON.stringify(spec.name)}: interval min ${domain.min} > max ${domain.max}`,
      );
    }
    info.domainInterval = { minValue: domain.min, maxValue: domain.max };
  } else if (domain) {
    info.domainDiscrete = { values: domain.values.map((v) => hparamProtoValue(spec.name, v)) };
  }
  return info;
}

function metricInfo(spec: MetricSpec): tensorboard.hparams.IMetricInfo {
  if (typeof spec.tag !== 'string' || spec.tag === '')
    throw new RangeError('hparamsExperimentValue: a metric has no tag');
  const name: tensorboard.hparams.IMetricName = { tag: spec.tag };
  if (spec.group) name.group = spec.group;
  const info: tensorboard.hparams.IMetricInfo = { name };
  if (spec.displayName) info.displayName = spec.displayName;
  if (spec.description) info.description = spec.description;
  if (spec.datasetType) info.datasetType = DATASET_ENUM[spec.datasetType];
  return info;
}

/** The experiment config (`hp.hparams_config`): which hparams and metrics the HParams dashboard shows. */
export function hparamsExperimentValue(exp: HParamsExperimentConfig): tensorboard.Summary.IValue {
  const experiment: tensorboard.hparams.IExperiment = {
    hparamInfos: exp.hparams.map(hparamInfo),
    metricInfos: exp.metrics.map(metricInfo),
  };
  if (exp.name) experiment.name = exp.name;
  if (exp.description) experiment.description = exp.description;
  if (exp.user) experiment.user = exp.user;
  if (exp.timeCreatedSecs) experiment.timeCreatedSecs = checkWallTime(exp.timeCreatedSecs);
  return hparamsValue(EXPERIMENT_TAG, { experiment });
}

export interface SessionStartOptions {
  /** Sessions with the same group name form one row group; empty = one group per session (its run name). */
  groupName?: string;
  startTimeSecs: number;
  modelUri?: string;
  monitorUrl?: string;
}

/** A trial's hparams (`hp.hparams`); write it into the trial's own run directory. */
export function sessionStartValue(
  hparams: Readonly<Record<string, HParamValue>>,
  opts: SessionStartOptions,
): tensorboard.Summary.IValue {
  const map: Record<string, google.protobuf.IValue> = {};
  for (const [name, v] of Object.entries(hparams)) map[name] = hparamProtoValue(name, v);
  const info: tensorboard.hparams.ISessionStartInfo = { hparams: map };
  if (opts.groupName) info.groupName = opts.groupName;
  if (opts.modelUri) info.modelUri = opts.modelUri;
  if (opts.monitorUrl) info.monitorUrl = opts.monitorUrl;
  if (opts.startTimeSecs) info.startTimeSecs = checkWallTime(opts.startTimeSecs);
  return hparamsValue(SESSION_START_TAG, { sessionStartInfo: info });
}

/** The end of a trial, with its status; without one TensorBoard shows STATUS_UNKNOWN. */
export function sessionEndValue(status: SessionStatus, endTimeSecs: number): tensorboard.Summary.IValue {
  const code = STATUS_ENUM[status];
  if (code === undefined) throw new RangeError(`sessionEndValue: unknown status ${JSON.stringify(status)}`);
  const info: tensorboard.hparams.ISessionEndInfo = {};
  if (code !== HP.Status.STATUS_UNKNOWN) info.status = code;
  if (endTimeSecs) info.endTimeSecs = checkWallTime(endTimeSecs);
  return hparamsValue(SESSION_END_TAG, { sessionEndInfo: info });
}
