// The read-only interface between storage and the plugins/routes (TensorBoard's "data provider" idea): plugins
// see runs, tags and stored samples, never files, offsets or SQL. Invariant: everything returned is a live,
// read-only view; callers must not mutate it and must copy what they keep across awaits.
import type { tensorboard } from '../../proto/index.ts';
import type { TagInfo } from '../../tfevents/event-interpreter.ts';
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import type { ScalarSeriesView } from './scalar-series.ts';

/** Points of a run discarded after a writer restart (the domain type; the API maps it to its wire shape). */
export interface RestartReport {
  /** Only this tag was purged; absent: every tag of the run. */
  tag?: string;
  fromStep: number;
  /** Why, e.g. "SessionLog START at step 2". */
  reason: string;
  /** Server wall clock (epoch seconds) when it was seen. */
  seenAt: number;
}

export interface Stamp {
  step: number;
  wallTime: number;
}
export interface HistogramSample extends Stamp {
  /** k rows of [left, right, count], row-major. */
  buckets: Float64Array;
}
export interface TextSample extends Stamp {
  shape: number[];
  strings: string[];
}
export interface ImageSample extends Stamp {
  width: number;
  height: number;
  images: Uint8Array[];
}
export interface AudioSample extends Stamp {
  /** Encoded clips (WAV) and their labels (Markdown), one per sample. */
  clips: Uint8Array[];
  labels: string[];
}
export interface KerasModelSample extends Stamp {
  json: string;
}
export interface GraphSample extends Stamp {
  graphDef: Uint8Array;
}
export interface RunMetadataSample extends Stamp {
  runMetadata: Uint8Array;
}
export interface HparamsSample extends Stamp {
  data: tensorboard.hparams.HParamsPluginData;
}
export interface TensorSample extends Stamp {
  tensor: tensorboard.ITensorProto;
}

export interface RunView {
  readonly name: string;
  /** Wall time of the first event, or null. */
  readonly startTime: number | null;
  readonly lastWallTime: number | null;
  /** Event files known for the run. */
  readonly fileCount: number;
  /** False once the run's directory vanished (its data is still served). */
  readonly present: boolean;
  tags(): ReadonlyMap<string, TagInfo>;
  scalars(tag: string): ScalarSeriesView | undefined;
  scalarTags(): IterableIterator<string>;
  histograms(tag: string): readonly HistogramSample[] | undefined;
  texts(tag: string): readonly TextSample[] | undefined;
  images(tag: string): readonly ImageSample[] | undefined;
  audio(tag: string): readonly AudioSample[] | undefined;
  kerasModels(tag: string): readonly KerasModelSample[] | undefined;
  graphs(): readonly GraphSample[];
  runMetadata(tag: string): readonly RunMetadataSample[] | undefined;
  runMetadataTags(): IterableIterator<string>;
  /** hparams plugin data by tag (the first value of each tag, as TensorBoard reads its metadata). */
  hparams(): ReadonlyMap<string, HparamsSample>;
  tensors(tag: string): readonly TensorSample[] | undefined;
  damaged(): readonly DamagedRecord[];
  damagedCount(): number;
  restarts(): readonly RestartReport[];
  /** Scalar points stored for the run. */
  pointCount(): number;
}

export interface DataProvider {
  /** The logdir as given on the command line. */
  logdir(): string;
  /** Runs in name order. */
  runs(): RunView[];
  run(name: string): RunView | undefined;
}
