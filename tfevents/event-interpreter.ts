// Turns decoded events of one run into data points in TensorBoard's three data classes (scalars, tensors, blob
// sequences), each tagged with its plugin (see tag-registry.ts for how a tag's plugin is decided), as TensorBoard's
// data provider stores them; decoding a plugin's kind from its tensor or blobs is the plugin's business (the
// decoded `Sample` view of sample-decoder.ts serves `inspect` and library users). Restarts become `purge` points,
// following TensorBoard's Python loader (purge_orphaned_data): with file_version >= 2 every SessionLog START but the
// run's first, at step s, purges all tags' points with step >= s (nothing else does: a new file or a writer going
// back in steps keeps every point, duplicates included); without a file version a summary whose step is below the
// run's most recent summary step purges that event's tags from its step on. The state spans the run's files.
// Invariant: bytes in a Datum may be views into the caller's payload; whoever keeps them copies them.
import { tensorboard } from '../proto/index.ts';
import { assertTensorFits } from './declared-size.ts';
import { decodeEvent, type Event } from './event-codec.ts';
import { exactEventStep } from './exact-event-step.ts';
import { legacyHistogramToBuckets } from './legacy-histogram.ts';
import { decodeScalarEvent, type ScalarEventFields } from './scalar-event-decoder.ts';
import { decodeSamples, type Sample } from './sample-decoder.ts';
import { registerTag, type TagInfo } from './tag-registry.ts';
import { tensorByteStrings, tensorNumbers } from './tensor-values.ts';

export type { DataClass, TagInfo } from './tag-registry.ts';
export type { Sample } from './sample-decoder.ts';

/** The pseudo-tag of a run's GraphDef among the `graphs` blob sequences, as TensorBoard's data provider names it. */
export const RUN_GRAPH_TAG = '__run_graph__';
/** The plugin under which event-level graphs and tagged RunMetadata are stored. */
export const GRAPHS_PLUGIN = 'graphs';

interface At {
  tag: string;
  step: number;
  wallTime: number;
  /** The exact int64 step when `step` (its double) rounds it (|step| > 2^53; exact-event-step.ts). */
  exactStep?: bigint;
}

export type Datum =
  | ({ kind: 'scalar'; value: number } & At)
  | ({ kind: 'tensor'; plugin: string; tensor: tensorboard.ITensorProto } & At)
  | ({ kind: 'blobs'; plugin: string; blobs: Uint8Array[] } & At)
  /** Drop stored points with step >= fromStep: of `tag` only, or of every tag when tag is undefined. */
  | { kind: 'purge'; fromStep: number; tag?: string; reason: string }
  | { kind: 'file_version'; wallTime: number; version: string };

export interface RunInterpreter {
  /** The data points of one event. */
  interpretData(event: Event): Datum[];
  /**
   * Same as interpretData(decodeEvent(payload)), but a scalar of an already-known `scalars` tag skips the
   * protobuf decoder (several times faster). Throws EventDecodeError when the payload does not parse.
   */
  interpretPayloadData(payload: Uint8Array): Datum[];
  /**
   * For a payload whose scalar fields decodeScalarEvent already decoded (e.g. in a worker thread): true, with
   * the run's step state advanced, when interpretPayloadData would return exactly that one scalar; false when
   * the payload must go through interpretPayloadData instead.
   */
  acceptDecodedScalar(tag: string, step: number): boolean;
  /**
   * acceptDecodedScalar for a run of decoded scalars at once, given their tags, the first and last step and
   * whether steps never decreased along the run (file order): true, with the step state advanced, exactly when
   * acceptDecodedScalar would accept every one of them in turn; false (state untouched) otherwise.
   */
  acceptDecodedScalars(
    tags: readonly string[],
    firstStep: number,
    lastStep: number,
    nondecreasing: boolean,
  ): boolean;
  /** The decoded samples of one event (interpretData, decoded per plugin by sample-decoder.ts). */
  interpret(event: Event): Sample[];
  /** The decoded samples of one payload (interpretPayloadData, decoded per plugin). */
  interpretPayload(payload: Uint8Array): Sample[];
  tags(): ReadonlyMap<string, TagInfo>;
  /** Plugin names TensorBoard 2.21 does not know, seen in this run (their tensors are still kept). */
  unknownPlugins(): ReadonlySet<string>;
  /** The run's file version ("brain.Event:2" gives 2), or undefined before a file_version event. */
  fileVersion(): number | undefined;
}

const EMPTY = new Uint8Array(0);
const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8');

/** A legacy HistogramProto as TensorBoard's data_compat migrates it: a float64 [k, 3] tensor. */
function histogramTensor(h: tensorboard.IHistogramProto): tensorboard.ITensorProto {
  const buckets = legacyHistogramToBuckets(h);
  return {
    dtype: tensorboard.DataType.DT_DOUBLE,
    tensorShape: { dim: [{ size: buckets.length / 3 }, { size: 3 }] },
    tensorContent: new Uint8Array(buckets.buffer, buckets.byteOffset, buckets.byteLength),
  };
}

function hparamsDecodes(content: Uint8Array): boolean {
  try {
    tensorboard.hparams.HParamsPluginData.decode(content);
    return true;
  } catch {
    return false;
  }
}

function valueDatum(info: TagInfo, value: tensorboard.Summary.IValue, at: At): Datum | undefined {
  if (value.simpleValue !== undefined && value.simpleValue !== null) {
    return info.plugin === 'scalars' ? { kind: 'scalar', value: value.simpleValue, ...at } : undefined;
  }
  if (value.histo)
    return { kind: 'tensor', plugin: 'histograms', tensor: histogramTensor(value.histo), ...at };
  if (value.image) {
    const img = value.image;
    const size = (n: number | null | undefined): Uint8Array => textEncoder.encode(String(n ?? 0));
    const png = img.encodedImageString ?? EMPTY;
    return { kind: 'blobs', plugin: 'images', blobs: [size(img.width), size(img.height), png], ...at };
  }
  if (value.audio) {
    return { kind: 'blobs', plugin: 'audio', blobs: [value.audio.encodedAudioString ?? EMPTY, EMPTY], ...at };
  }
  const tensor = value.tensor;
  if (tensor) assertTensorFits(tensor); // a shape its bytes do not pay for is damage, whatever the plugin
  const plugin = info.plugin;
  switch (plugin) {
    case 'hparams':
      // torch and tensorboardX write hparams values with no tensor at all; TensorBoard reads them anyway.
      if (tensor) return { kind: 'tensor', plugin, tensor, ...at };
      return hparamsDecodes(info.pluginContent) ? { kind: 'tensor', plugin, tensor: {}, ...at } : undefined;
    case 'scalars': {
      if (!tensor) return undefined;
      const numbers = tensorNumbers(tensor);
      return numbers && numbers.length === 1 ? { kind: 'scalar', value: numbers[0]!, ...at } : undefined;
    }
    case 'histograms': {
      if (!tensor) return undefined;
      const numbers = tensorNumbers(tensor);
      return numbers && numbers.length % 3 === 0 ? { kind: 'tensor', plugin, tensor, ...at } : undefined;
    }
    case 'images':
    case 'audio':
      return tensor ? { kind: 'blobs', plugin, blobs: tensorByteStrings(tensor), ...at } : undefined;
    case 'graph_keras_model':
      if (tensor && textDecoder.decode(info.pluginContent) === '1')
        return { kind: 'blobs', plugin, blobs: [tensorByteStrings(tensor)[0] ?? EMPTY], ...at };
      return tensor ? { kind: 'tensor', plugin, tensor, ...at } : undefined;
    default:
      return tensor ? { kind: 'tensor', plugin, tensor, ...at } : undefined;
  }
}

/** The GraphDef bytes inside serialized MetaGraphDef bytes; undefined when there is none or they do not parse. */
function graphOfMetaGraph(bytes: Uint8Array | null | undefined): Uint8Array | undefined {
  if (!bytes) return undefined;
  try {
    const graphDef = tensorboard.MetaGraphDef.decode(bytes).graphDef;
    return graphDef && graphDef.length > 0 ? graphDef : undefined;
  } catch {
    return undefined; // a damaged meta graph: the rest of the event stream is still good
  }
}

/** An event-level GraphDef or tagged RunMetadata as a one-blob sequence of the graphs plugin. */
function graphDatum(tag: string, blob: Uint8Array, step: number, wallTime: number): Datum {
  return { kind: 'blobs', plugin: GRAPHS_PLUGIN, blobs: [blob], tag, step, wallTime };
}

export function createRunInterpreter(): RunInterpreter {
  const tags = new Map<string, TagInfo>();
  const unknown = new Set<string>();
  let fileVersion: number | undefined;
  let mostRecentStep = Number.NEGATIVE_INFINITY;
  // TensorBoard's first START of a run marks the session's beginning, not a restart
  let seenSessionStart = false;

  function interpretData(event: Event): Datum[] {
    const step = Number(event.step ?? 0);
    const wallTime = event.wallTime ?? 0;
    const out: Datum[] = [];
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
        if (seenSessionStart)
          out.push({ kind: 'purge', fromStep: step, reason: `SessionLog START at step ${step}` });
        seenSessionStart = true;
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
          const datum = valueDatum(info, value, { tag: info.tag, step, wallTime });
          if (datum) out.push(datum);
        }
        break;
      }
      case 'graphDef':
        if (event.graphDef) out.push(graphDatum(RUN_GRAPH_TAG, event.graphDef, step, wallTime));
        break;
      case 'metaGraphDef': {
        const graphDef = graphOfMetaGraph(event.metaGraphDef);
        if (graphDef) out.push(graphDatum(RUN_GRAPH_TAG, graphDef, step, wallTime));
        break;
      }
      case 'taggedRunMetadata': {
        const trm = event.taggedRunMetadata;
        if (trm) out.push(graphDatum(trm.tag ?? '', trm.runMetadata ?? EMPTY, step, wallTime));
        break;
      }
      default:
        break;
    }
    return out;
  }

  const fields: ScalarEventFields = { wallTime: 0, step: 0, tag: '', value: 0 };
  const checksOrder = (): boolean => fileVersion === undefined || fileVersion < 2;

  function interpretPayloadData(payload: Uint8Array): Datum[] {
    if (decodeScalarEvent(payload, fields) && tags.get(fields.tag)?.plugin === 'scalars') {
      if (!checksOrder() || fields.step >= mostRecentStep) {
        mostRecentStep = fields.step;
        const { tag, step, wallTime, value } = fields;
        return [{ kind: 'scalar', tag, step, wallTime, value }];
      }
    }
    const event = decodeEvent(payload);
    const data = interpretData(event);
    if (!Number.isSafeInteger(Number(event.step ?? 0))) {
      const exactStep = exactEventStep(payload);
      if (exactStep !== undefined) for (const d of data) if ('step' in d) d.exactStep = exactStep;
    }
    return data;
  }

  function acceptDecodedScalar(tag: string, step: number): boolean {
    if (tags.get(tag)?.plugin !== 'scalars' || (checksOrder() && step < mostRecentStep)) return false;
    mostRecentStep = step;
    return true;
  }

  function acceptDecodedScalars(
    runTags: readonly string[],
    firstStep: number,
    lastStep: number,
    nondecreasing: boolean,
  ): boolean {
    for (const tag of runTags) if (tags.get(tag)?.plugin !== 'scalars') return false;
    if (checksOrder() && (!nondecreasing || firstStep < mostRecentStep)) return false;
    mostRecentStep = lastStep;
    return true;
  }

  return {
    interpretData,
    interpretPayloadData,
    acceptDecodedScalar,
    acceptDecodedScalars,
    interpret: (event) => decodeSamples(interpretData(event), tags),
    interpretPayload: (payload) => decodeSamples(interpretPayloadData(payload), tags),
    tags: () => tags,
    unknownPlugins: () => unknown,
    fileVersion: () => fileVersion,
  };
}
