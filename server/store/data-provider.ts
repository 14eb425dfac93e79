// The read-only interface between storage and the plugins/routes, as TensorBoard's data provider has it: runs,
// and per run its tags and three data classes (scalars, tensors, blob sequences), each a time series keyed by
// (run, tag) with its plugin name and summary metadata. Plugins list series by plugin and data class and decode
// their own kinds; they never see files, offsets or SQL. Invariant: everything returned is a live, read-only
// view; callers must not mutate it and must copy what they keep across awaits.
import type { tensorboard } from '../../proto/index.ts';
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import type { TagInfo } from '../../tfevents/event-interpreter.ts';
import type { ScalarSeriesView } from './scalar-series.ts';
import type { TimeSeriesView } from './time-series.ts';

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

export type StoredDataClass = 'scalar' | 'tensor' | 'blob_sequence';
export type TensorSeriesView = TimeSeriesView<tensorboard.ITensorProto>;
export type BlobSequenceSeriesView = TimeSeriesView<readonly Uint8Array[]>;

/** One stored series: its tag, the tag's summary metadata (absent for event-level graphs), length and last step. */
export interface SeriesListing {
  run: string;
  tag: string;
  plugin: string;
  dataClass: StoredDataClass;
  info: TagInfo | undefined;
  count: number;
  lastStep: number | null;
}

/** Which series to list: all runs/tags when a list is absent. */
export interface RunTagFilter {
  runs?: readonly string[];
  tags?: readonly string[];
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
  /** Every summary tag of the run with its plugin and metadata (TensorBoard's first-value rule). */
  tags(): ReadonlyMap<string, TagInfo>;
  /** The scalar series of a tag (plugin `scalars`). */
  scalars(tag: string): ScalarSeriesView | undefined;
  scalarTags(): IterableIterator<string>;
  tensors(plugin: string, tag: string): TensorSeriesView | undefined;
  blobSequences(plugin: string, tag: string): BlobSequenceSeriesView | undefined;
  /** The run's stored series of one plugin and data class, tags in first-seen order. */
  list(plugin: string, dataClass: StoredDataClass): SeriesListing[];
  damaged(): readonly DamagedRecord[];
  damagedCount(): number;
  restarts(): readonly RestartReport[];
  /** Scalar points stored for the run. */
  pointCount(): number;
}

export interface DataProvider {
  /** The logdir as given on the command line. */
  logdir(): string;
  /** Runs in name order (our own /api routes); one list kept until the runs change, so never modify it. */
  runs(): readonly RunView[];
  /**
   * Runs in TensorBoard's order, the order its multiplexer holds them and so every /data/plugin answer lists
   * them: the logdir's top-down walk in raw readdir order (ingest/walk-order.ts); name order for remote and
   * several logdirs. The one place plugins take run order from. Cheap: computed once per change of the runs.
   */
  tensorboardRuns(): readonly RunView[];
  /** The named runs that exist, each once, in tensorboardRuns() order (a filter of TensorBoard's _index). */
  inTensorBoardOrder(names: readonly string[]): RunView[];
  run(name: string): RunView | undefined;
  /** Every stored series of one plugin and data class, runs in tensorboardRuns() order whether or not the
   *  filter names runs (TensorBoard's list_* and read_*). */
  list(plugin: string, dataClass: StoredDataClass, filter?: RunTagFilter): SeriesListing[];
}
