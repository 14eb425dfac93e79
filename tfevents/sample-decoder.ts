// The decoded view of a run's data points, per kind (histogram buckets, text, images, audio, Keras model JSON,
// graphs, run metadata, hparams), for `inspect` and library users who want kinds rather than data classes. The
// server's plugins decode their own kinds from the stored tensors and blobs instead. Invariant: every byte array in
// a Sample is a copy the caller owns (a Datum's bytes may be views into a reused read window).
import { tensorboard } from '../proto/index.ts';
import type { Datum } from './event-interpreter.ts';
import type { TagInfo } from './tag-registry.ts';
import { tensorNumbers, tensorShape, tensorStrings } from './tensor-values.ts';

interface At {
  tag: string;
  step: number;
  wallTime: number;
  /** The exact int64 step when `step` (its double) rounds it (|step| > 2^53). */
  exactStep?: bigint;
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

const textDecoder = new TextDecoder('utf-8');
const EMPTY = new Uint8Array(0);

/** An images blob sequence [width, height, image...] as TensorBoard's images plugin reads it. */
export function imageBlobs(blobs: readonly Uint8Array[]): {
  width: number;
  height: number;
  images: Uint8Array[];
} {
  const [w, h, ...images] = blobs;
  const num = (b: Uint8Array | undefined): number => Number(b ? textDecoder.decode(b) : 0) || 0;
  return { width: num(w), height: num(h), images };
}

/** An audio blob sequence [clip, label, clip, label, ...] (the [k, 2] tensor of TensorBoard's audio plugin). */
export function audioBlobs(blobs: readonly Uint8Array[]): { clips: Uint8Array[]; labels: string[] } {
  return {
    clips: blobs.filter((_, i) => i % 2 === 0),
    labels: blobs.filter((_, i) => i % 2 === 1).map((b) => textDecoder.decode(b)),
  };
}

const stamp = (d: At): At =>
  d.exactStep === undefined
    ? { tag: d.tag, step: d.step, wallTime: d.wallTime }
    : { tag: d.tag, step: d.step, wallTime: d.wallTime, exactStep: d.exactStep };

function decodeTensor(d: Extract<Datum, { kind: 'tensor' }>, info: TagInfo | undefined): Sample | undefined {
  const at = stamp(d);
  const tensor = d.tensor;
  switch (d.plugin) {
    case 'histograms': {
      const buckets = tensorNumbers(tensor);
      return buckets ? { kind: 'histogram', buckets, ...at } : undefined;
    }
    case 'text':
      return { kind: 'text', shape: tensorShape(tensor), strings: tensorStrings(tensor), ...at };
    case 'hparams':
      try {
        const data = tensorboard.hparams.HParamsPluginData.decode(info?.pluginContent ?? EMPTY);
        return { kind: 'hparams', data, ...at };
      } catch {
        return { kind: 'tensor', plugin: d.plugin, tensor, ...at };
      }
    default:
      return { kind: 'tensor', plugin: d.plugin, tensor, ...at };
  }
}

function decodeBlobs(d: Extract<Datum, { kind: 'blobs' }>): Sample | undefined {
  const at = stamp(d);
  const blobs = d.blobs.map((b) => new Uint8Array(b)); // a copy even of a Buffer view
  switch (d.plugin) {
    case 'images':
      return { kind: 'image', ...imageBlobs(blobs), ...at };
    case 'audio':
      return { kind: 'audio', ...audioBlobs(blobs), ...at };
    case 'graph_keras_model':
      return { kind: 'keras_model', json: textDecoder.decode(blobs[0] ?? EMPTY), ...at };
    case 'graphs':
      return d.tag === '__run_graph__'
        ? { kind: 'graph', step: d.step, wallTime: d.wallTime, graphDef: blobs[0] ?? EMPTY }
        : { kind: 'run_metadata', runMetadata: blobs[0] ?? EMPTY, ...at };
    default:
      return undefined;
  }
}

/** The decoded samples of one event's data points (scalars, purges and file versions pass through unchanged). */
export function decodeSamples(data: Datum[], tags: ReadonlyMap<string, TagInfo>): Sample[] {
  if (data.length === 1 && data[0]!.kind === 'scalar') return data as Sample[];
  const out: Sample[] = [];
  for (const d of data) {
    if (d.kind === 'tensor') {
      const s = decodeTensor(d, tags.get(d.tag));
      if (s) out.push(s);
    } else if (d.kind === 'blobs') {
      const s = decodeBlobs(d);
      if (s) out.push(s);
    } else out.push(d);
  }
  return out;
}
