// Decoders of the kinds several plugins (and the /api routes) read from the store's generic data classes:
// histograms from `histograms` tensors, images from `images` blob sequences, Keras model JSON from
// `graph_keras_model` blob sequences. A plugin read only by itself decodes in its own folder. Invariant: decoded
// values are cached per stored point (the store's points are immutable), so a request decodes each point once.
import type { tensorboard } from '../../../proto/index.ts';
import type { RunView } from '../../store/data-provider.ts';
import type { TimePoint } from '../../store/time-series.ts';
import { imageBlobs } from '../../../tfevents/sample-decoder.ts';
import { tensorNumbers } from '../../../tfevents/tensor-values.ts';

export interface Stamped {
  step: number;
  wallTime: number;
  /** The exact int64 step when `step` rounds it (|step| > 2^53). */
  exactStep?: bigint | undefined;
}
export interface HistogramPoint extends Stamped {
  /** k rows of [left, right, count], row-major. */
  buckets: Float64Array;
}
export interface ImagePoint extends Stamped {
  width: number;
  height: number;
  images: readonly Uint8Array[];
}

const textDecoder = new TextDecoder('utf-8');

function cached<V extends object, T>(cache: WeakMap<V, T>, point: TimePoint<V>, decode: (v: V) => T): T {
  let out = cache.get(point.value);
  if (out === undefined) cache.set(point.value, (out = decode(point.value)));
  return out;
}

const histogramCache = new WeakMap<tensorboard.ITensorProto, Float64Array>();
const EMPTY_BUCKETS = new Float64Array(0);

export function readHistograms(run: RunView, tag: string): HistogramPoint[] {
  const series = run.tensors('histograms', tag);
  return (series?.points() ?? []).map((p) => ({
    step: p.step,
    exactStep: p.exactStep,
    wallTime: p.wallTime,
    buckets: cached(histogramCache, p, (t) => tensorNumbers(t) ?? EMPTY_BUCKETS),
  }));
}

const imageCache = new WeakMap<readonly Uint8Array[], ReturnType<typeof imageBlobs>>();

export function readImages(run: RunView, tag: string): ImagePoint[] {
  const series = run.blobSequences('images', tag);
  return (series?.points() ?? []).map((p) => ({
    step: p.step,
    exactStep: p.exactStep,
    wallTime: p.wallTime,
    ...cached(imageCache, p, (b) => imageBlobs(b)),
  }));
}

/** The Keras model JSON of every point of a `graph_keras_model` tag. */
export function readKerasModels(run: RunView, tag: string): (Stamped & { json: string })[] {
  const series = run.blobSequences('graph_keras_model', tag);
  return (series?.points() ?? []).map((p) => ({
    step: p.step,
    wallTime: p.wallTime,
    json: textDecoder.decode(p.value[0] ?? new Uint8Array(0)),
  }));
}
