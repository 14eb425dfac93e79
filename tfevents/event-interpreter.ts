// Turns decoded events of one run into typed samples, deciding each tag's plugin and data class exactly as
// TensorBoard does: the metadata of a tag's FIRST value in the run wins; simple_value/histo/image/audio without
// metadata are the legacy scalars/histograms/images/audio; a tensor whose first value has no plugin is kept as
// an unknown tensor (TensorBoard hides it; we list it). Restarts become `purge` samples, following TensorBoard's
// Python loader: with file_version >= 2 a SessionLog START at step s purges all tags' points with step >= s;
// without a file version an out-of-order step purges that event's tags from that step on.
import { tensorboard } from '../proto/index.ts';
import { assertTensorFits } from './declared-size.ts';
import { decodeEvent, type Event } from './event-codec.ts';
import { legacyHistogramToBuckets } from './legacy-histogram.ts';
import { decodeScalarEvent, type ScalarEventFields } from './scalar-event-decoder.ts';
import { tensorByteStrings, tensorNumbers, tensorShape, tensorStrings } from './tensor-values.ts';

export type DataClass = 'scalar' | 'tensor' | 'blob_sequence' | 'unknown';

interface At {
  tag: string;
  step: number;
  wallTime: number;
}

export type Sample =
  | ({ kind: 'scalar'; value: number } & At)
  /** k rows of [left, right, count], row-major. */
  | ({ kind: 'histogram'; buckets: Float64Array } & At)
  | ({ kind: 'text'; shape: number[]; strings: string[] } & At)
  | ({ kind: 'image'; width: number; height: number; images: Uint8Array[] } & At)
  | ({ kind: 'audio'; clips: Uint8Array[]; labels: string[] } & At)
  | ({ kind: 'keras_model'; json: string } & At)
  | { kind: 'graph'; step: number; wallTime: number; graphDef: Uint8Array }
  | ({ kind: 'run_metadata'; runMetadata: Uint8Array } & At)
  | ({ kind: 'hparams'; data: tensorboard.hparams.HParamsPluginData } & At)
  | ({ kind: 'tensor'; plugin: string; tensor: tensorboard.ITensorProto } & At)
  /** Drop stored points with step >= fromStep: of `tag` only, or of every tag when tag is undefined. */
  | { kind: 'purge'; fromStep: number; tag?: string; reason: string }
  | { kind: 'file_version'; wallTime: number; version: string };

export interface TagInfo {
  tag: string;
  /** '' for a tensor whose first value carried no plugin (TensorBoard hides those). */
  plugin: string;
  dataClass: DataClass;
  displayName: string;
  /** Markdown. */
  description: string;
  pluginContent: Uint8Array;
}

/** Plugins TensorBoard 2.21 knows, with the data class it infers when the writer left data_class unset. */
const INFERRED_DATA_CLASS: Record<string, DataClass> = {
  scalars: 'scalar',
  histograms: 'tensor',
  text: 'tensor',
  hparams: 'tensor',
  pr_curves: 'tensor',
  mesh: 'tensor',
  custom_scalars: 'tensor',
  images: 'blob_sequence',
  audio: 'blob_sequence',
  graph_run_metadata: 'blob_sequence',
  graph_run_metadata_graph: 'blob_sequence',
  graph_keras_model: 'blob_sequence',
};

const DATA_CLASS_BY_ENUM: Record<number, DataClass> = { 1: 'scalar', 2: 'tensor', 3: 'blob_sequence' };
const EMPTY = new Uint8Array(0);
const textDecoder = new TextDecoder('utf-8');

export interface RunInterpreter {
  interpret(event: Event): Sample[];
  /**
   * Same as interpret(decodeEvent(payload)), but a scalar of an already-known `scalars` tag skips the protobuf
   * decoder (several times faster). Throws EventDecodeError when the payload does not parse.
   */
  interpretPayload(payload: Uint8Array): Sample[];
  tags(): ReadonlyMap<string, TagInfo>;
  /** Plugin names TensorBoard 2.21 does not know, seen in this run (their tensors are still kept). */
  unknownPlugins(): ReadonlySet<string>;
  /** The run's file version ("brain.Event:2" gives 2), or undefined before a file_version event. */
  fileVersion(): number | undefined;
}

function registerTag(
  tags: Map<string, TagInfo>,
  value: tensorboard.Summary.IValue,
  unknown: Set<string>,
): TagInfo {
  const tag = value.tag ?? '';
  const existing = tags.get(tag);
  if (existing) return existing;
  const meta = value.metadata;
  let plugin = meta?.pluginData?.pluginName ?? '';
  let dataClass: DataClass =
    DATA_CLASS_BY_ENUM[meta?.dataClass ?? 0] ?? INFERRED_DATA_CLASS[plugin] ?? 'unknown';
  if (!plugin) {
    if (value.simpleValue !== undefined && value.simpleValue !== null)
      [plugin, dataClass] = ['scalars', 'scalar'];
    else if (value.histo) [plugin, dataClass] = ['histograms', 'tensor'];
    else if (value.image) [plugin, dataClass] = ['images', 'blob_sequence'];
    else if (value.audio) [plugin, dataClass] = ['audio', 'blob_sequence'];
  } else if (!(plugin in INFERRED_DATA_CLASS)) {
    unknown.add(plugin);
  }
  const info: TagInfo = {
    tag,
    plugin,
    dataClass,
    displayName: meta?.displayName ?? '',
    description: meta?.summaryDescription ?? '',
    pluginContent: meta?.pluginData?.content ? meta.pluginData.content.slice() : EMPTY,
  };
  tags.set(tag, info);
  return info;
}

function valueSample(info: TagInfo, value: tensorboard.Summary.IValue, at: At): Sample | undefined {
  if (value.simpleValue !== undefined && value.simpleValue !== null) {
    return info.plugin === 'scalars' ? { kind: 'scalar', value: value.simpleValue, ...at } : undefined;
  }
  if (value.histo) return { kind: 'histogram', buckets: legacyHistogramToBuckets(value.histo), ...at };
  if (value.image) {
    const img = value.image;
    const png = img.encodedImageString ? img.encodedImageString.slice() : EMPTY;
    return { kind: 'image', width: img.width ?? 0, height: img.height ?? 0, images: [png], ...at };
  }
  if (value.audio) {
    const wav = value.audio.encodedAudioString ? value.audio.encodedAudioString.slice() : EMPTY;
    return { kind: 'audio', clips: [wav], labels: [''], ...at };
  }
  const tensor = value.tensor;
  if (tensor) assertTensorFits(tensor); // a shape its bytes do not pay for is damage, whatever the plugin
  switch (info.plugin) {
    case 'hparams': {
      // torch and tensorboardX write hparams values with no tensor at all; TensorBoard reads them anyway.
      try {
        return {
          kind: 'hparams',
          data: tensorboard.hparams.HParamsPluginData.decode(info.pluginContent),
          ...at,
        };
      } catch {
        return tensor ? { kind: 'tensor', plugin: info.plugin, tensor, ...at } : undefined;
      }
    }
    case 'scalars': {
      if (!tensor) return undefined;
      const numbers = tensorNumbers(tensor);
      return numbers && numbers.length === 1 ? { kind: 'scalar', value: numbers[0]!, ...at } : undefined;
    }
    case 'histograms': {
      if (!tensor) return undefined;
      const numbers = tensorNumbers(tensor);
      return numbers && numbers.length % 3 === 0 ? { kind: 'histogram', buckets: numbers, ...at } : undefined;
    }
    case 'text':
      return tensor
        ? { kind: 'text', shape: tensorShape(tensor), strings: tensorStrings(tensor), ...at }
        : undefined;
    case 'images': {
      if (!tensor) return undefined;
      const [w, h, ...pngs] = tensorByteStrings(tensor);
      const num = (b: Uint8Array | undefined): number => Number(b ? textDecoder.decode(b) : 0) || 0;
      return { kind: 'image', width: num(w), height: num(h), images: pngs.map((p) => p.slice()), ...at };
    }
    case 'audio': {
      if (!tensor) return undefined;
      const cells = tensorByteStrings(tensor);
      const clips = cells.filter((_, i) => i % 2 === 0).map((c) => c.slice());
      const labels = cells.filter((_, i) => i % 2 === 1).map((c) => textDecoder.decode(c));
      return { kind: 'audio', clips, labels, ...at };
    }
    case 'graph_keras_model': {
      const content = textDecoder.decode(info.pluginContent);
      if (tensor && content === '1')
        return { kind: 'keras_model', json: tensorStrings(tensor)[0] ?? '', ...at };
      return tensor ? { kind: 'tensor', plugin: info.plugin, tensor, ...at } : undefined;
    }
    default:
      return tensor ? { kind: 'tensor', plugin: info.plugin, tensor, ...at } : undefined;
  }
}

/** The GraphDef bytes inside serialized MetaGraphDef bytes; undefined when there is none or they do not parse. */
function graphOfMetaGraph(bytes: Uint8Array | null | undefined): Uint8Array | undefined {
  if (!bytes) return undefined;
  try {
    const graphDef = tensorboard.MetaGraphDef.decode(bytes).graphDef;
    return graphDef && graphDef.length > 0 ? graphDef.slice() : undefined;
  } catch {
    return undefined; // a damaged meta graph: the rest of the event stream is still good
  }
}

export function createRunInterpreter(): RunInterpreter {
  const tags = new Map<string, TagInfo>();
  const unknown = new Set<string>();
  let fileVersion: number | undefined;
  let mostRecentStep = Number.NEGATIVE_INFINITY;

  function interpret(event: Event): Sample[] {
    const step = Number(event.step ?? 0);
    const wallTime = event.wallTime ?? 0;
    const out: Sample[] = [];
    if (event.what === 'fileVersion') {
      const v = /^brain\.Event:(\d+(?:\.\d+)?)$/.exec(event.fileVersion ?? '');
      fileVersion = v ? Number(v[1]) : fileVersion;
      out.push({ kind: 'file_version', wallTime, version: event.fileVersion ?? '' });
      return out;
    }
    if (fileVersion !== undefined && fileVersion >= 2) {
      if (
        event.what === 'sessionLog' &&
        event.sessionLog?.status === tensorboard.SessionLog.SessionStatus.START
      ) {
        out.push({ kind: 'purge', fromStep: step, reason: `SessionLog START at step ${step}` });
      }
    } else if (event.what === 'summary' && step < mostRecentStep) {
      for (const v of event.summary?.value ?? []) {
        out.push({
          kind: 'purge',
          fromStep: step,
          tag: v.tag ?? '',
          reason: `step ${step} after ${mostRecentStep}`,
        });
      }
    }
    switch (event.what) {
      case 'summary': {
        mostRecentStep = step;
        for (const value of event.summary?.value ?? []) {
          const info = registerTag(tags, value, unknown);
          const sample = valueSample(info, value, { tag: info.tag, step, wallTime });
          if (sample) out.push(sample);
        }
        break;
      }
      case 'graphDef':
        if (event.graphDef) out.push({ kind: 'graph', step, wallTime, graphDef: event.graphDef.slice() });
        break;
      case 'metaGraphDef': {
        const graphDef = graphOfMetaGraph(event.metaGraphDef);
        if (graphDef) out.push({ kind: 'graph', step, wallTime, graphDef });
        break;
      }
      case 'taggedRunMetadata': {
        const trm = event.taggedRunMetadata;
        if (trm) {
          const runMetadata = trm.runMetadata ? trm.runMetadata.slice() : EMPTY;
          out.push({ kind: 'run_metadata', tag: trm.tag ?? '', step, wallTime, runMetadata });
        }
        break;
      }
      default:
        break;
    }
    return out;
  }

  const fields: ScalarEventFields = { wallTime: 0, step: 0, tag: '', value: 0 };
  const checksOrder = (): boolean => fileVersion === undefined || fileVersion < 2;

  function interpretPayload(payload: Uint8Array): Sample[] {
    if (decodeScalarEvent(payload, fields) && tags.get(fields.tag)?.plugin === 'scalars') {
      if (!checksOrder() || fields.step >= mostRecentStep) {
        mostRecentStep = fields.step;
        const { tag, step, wallTime, value } = fields;
        return [{ kind: 'scalar', tag, step, wallTime, value }];
      }
    }
    return interpret(decodeEvent(payload));
  }

  return {
    interpret,
    interpretPayload,
    tags: () => tags,
    unknownPlugins: () => unknown,
    fileVersion: () => fileVersion,
  };
}
