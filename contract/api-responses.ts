// Response shapes of our own `/api/...` routes: runs, tags, damage, sessions, models, series, export, health.
// Type-only and free of Node types (the client compiles it with DOM types only). Invariants: extended
// additively only; every field is documented; numbers that may be non-finite are `JsonNumber` ("NaN",
// "Infinity", "-Infinity" as strings, as TensorBoard's JSON does).
import type { ApiErrorBody } from './api-errors.ts';

/** A float64 as JSON: finite numbers as numbers, NaN and the infinities as TensorBoard's strings. */
export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity';

/** One scalar point in our API and pushes: `[step, wallTime (epoch seconds, float), value]`. */
export type ScalarPoint = [step: number, wallTime: number, value: JsonNumber];

// ---------------------------------------------------------------------------------------------------------
// Our API: runs, tags, damage
// ---------------------------------------------------------------------------------------------------------

/** Plugin names as TensorBoard has them. */
export type PluginName =
  | 'scalars'
  | 'histograms'
  | 'text'
  | 'images'
  | 'audio'
  | 'graph_keras_model'
  | 'hparams'
  | 'custom_scalars'
  | (string & {});

/** A record the reader had to skip or stop at, with where it is. */
export interface DamageReport {
  /** Event file path relative to the logdir, '/'-separated. */
  file: string;
  /** Byte offset of the damaged record in that file. */
  offset: number;
  /** 'data-crc' | 'oversized' | 'undecodable' | 'implausible-shape' skip one record; 'length-crc' |
   *  'impossible-length' stop the file; 'unreadable' the file could not be opened/read; 'shrunk' the file got
   *  shorter than what was read. */
  reason:
    | 'data-crc'
    | 'oversized'
    | 'undecodable'
    | 'implausible-shape'
    | 'length-crc'
    | 'impossible-length'
    | 'unreadable'
    | 'shrunk';
  message: string;
}

/** A restart detected in a run: stored points with step >= fromStep were discarded (as TensorBoard does). */
export interface RestartReport {
  /** Only this tag was purged; absent: every tag of the run. */
  tag?: string;
  fromStep: number;
  /** Why, e.g. "SessionLog START at step 2". */
  reason: string;
  /** Server wall clock (epoch seconds) when it was seen. */
  seenAt: number;
}

export interface RunSummary {
  /** Run name: directory relative to the logdir, '/'-separated; '.' is the logdir itself. */
  run: string;
  /** The session this run belongs to (see SessionSummary.id). */
  session: string;
  /** Wall time of the run's first event (epoch seconds), or null before any event. */
  startTime: number | null;
  /** Wall time of the newest event read so far, or null. */
  lastWallTime: number | null;
  /** Number of event files of the run. */
  files: number;
  /** Scalar points currently stored (all tags). */
  points: number;
  /** Tags by plugin, sorted. */
  tags: Record<PluginName, string[]>;
  /** Damaged records of this run (most recent last, capped at 100). */
  damaged: DamageReport[];
  /** Total count of damaged records (not capped). */
  damagedCount: number;
  /** Restarts seen (points purged), most recent last. */
  restarts: RestartReport[];
}

/** GET /api/runs */
export interface ApiRunsResponse {
  runs: RunSummary[];
}

/** Per tag, for GET /api/tags. */
export interface TagSummary {
  tag: string;
  plugin: PluginName;
  displayName: string;
  /** Description rendered from Markdown to sanitized HTML. */
  description: string;
  /** Points (scalars) or samples (other plugins) stored. */
  count: number;
  /** Last step stored, or null. */
  lastStep: number | null;
}

/** GET /api/tags?run=R (repeatable; no run = all runs) */
export interface ApiTagsResponse {
  runs: Record<string, TagSummary[]>;
}

// ---------------------------------------------------------------------------------------------------------
// Our API: sessions
// ---------------------------------------------------------------------------------------------------------

/** Session status: from the run store; 'crashed' = a running row whose heartbeat went stale;
 *  'unknown' = a session found only on disk (written by another tool). */
export type SessionStatusView = 'running' | 'finished' | 'failed' | 'stopped' | 'crashed' | 'unknown';

export interface SessionSummary {
  /** Session directory relative to the logdir ('/'-separated), e.g. 'fashion-mnist-20261129-010203'. For a run
   *  with no session directory (train/validation layout), the run's parent directory; else the run itself. */
  id: string;
  /** 'runstore': has a row in trainboard.sqlite; 'disk': found only from event files. */
  source: 'runstore' | 'disk';
  /** Task name ('fashion-mnist', ...), '' for disk-only sessions. */
  task: string;
  status: SessionStatusView;
  /** Epoch seconds; null when unknown. */
  startedAt: number | null;
  endedAt: number | null;
  heartbeatAt: number | null;
  pid: number | null;
  host: string;
  /** TF.js backend ('tensorflow' | 'wasm' | 'cpu'), '' when unknown. */
  backend: string;
  hparams: Record<string, number | string | boolean>;
  /** The runs of this session (e.g. 'S/train', 'S/validation'), sorted. */
  runs: string[];
  finalMetrics: Record<string, number>;
  bestMetrics: Record<string, number>;
  /** Error message of a failed session, else null. */
  error: string | null;
  /** True when a model summary / Keras JSON is available (GET /api/sessions/:id/model). */
  hasModel: boolean;
}

/** GET /api/sessions */
export interface ApiSessionsResponse {
  sessions: SessionSummary[];
}

export interface EpochMetricsView {
  epoch: number;
  wallTime: number;
  metrics: Record<string, number>;
}

/** GET /api/sessions/:id  (id URL-encoded, may contain '/') */
export interface ApiSessionResponse {
  session: SessionSummary;
  epochs: EpochMetricsView[];
}

export interface LayerSummaryRowView {
  name: string;
  className: string;
  outputShape: string;
  params: number;
  connectedTo: string[];
  trainable: boolean;
}

export interface LayerSummaryView {
  rows: LayerSummaryRowView[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
}

/** A node of the Keras conceptual graph (as TensorBoard's keras_util builds it). */
export interface ModelGraphNode {
  /** Scoped name, e.g. 'sequential/dense_1'. */
  name: string;
  /** Keras class, e.g. 'Dense'. */
  className: string;
  /** Input node names. */
  inputs: string[];
}

/** GET /api/sessions/:id/model */
export interface ApiModelResponse {
  session: string;
  /** Keras-format model JSON (from the run store, else from the run's `keras` summary), or null. */
  modelJson: string | null;
  layerSummary: LayerSummaryView | null;
  /** Conceptual graph nodes built from modelJson, or null. */
  graph: ModelGraphNode[] | null;
}

// ---------------------------------------------------------------------------------------------------------
// Our API: series, export, health
// ---------------------------------------------------------------------------------------------------------

/** X axis of a series query: training step, seconds since the run's first point, or wall time. */
export type XAxis = 'step' | 'relative' | 'wall';

/** GET /api/series?run=R&tag=T[&points=N | &width=PX][&xmin=A&xmax=B][&x=step|relative|wall]
 *  Full resolution when neither points nor width is given. xmin/xmax are in the unit of `x`. */
export interface ApiSeriesResponse {
  run: string;
  tag: string;
  xAxis: XAxis;
  /** Points stored for the series (before the x-range filter and downsampling). */
  total: number;
  /** Points in the x-range before downsampling. */
  inRange: number;
  /** True when `points` holds fewer than `inRange` points. */
  downsampled: boolean;
  /** [step, wallTime, value], in step order; always includes the last point in range; bucket min and max kept. */
  points: ScalarPoint[];
}

/** POST /api/series: the request body's type comes from its schema (see http-bodies.ts). */
export type { ApiSeriesBatchRequest } from './http-bodies.ts';

/** Response of POST /api/series: one entry per requested series, in order; missing ones carry `error`. */
export interface ApiSeriesBatchResponse {
  series: (ApiSeriesResponse | { run: string; tag: string; error: ApiErrorBody['error'] })[];
}

/** GET /api/export?format=json&run=R&run=R2&tag=T&tag=T2 (no tag = every scalar tag of the runs).
 *  format=csv gives text/csv with header `run,tag,step,wall_time,value`. */
export interface ApiExportResponse {
  /** run -> tag -> full-resolution points. */
  runs: Record<string, Record<string, ScalarPoint[]>>;
}

/** GET /api/health */
export interface ApiHealthResponse {
  ok: true;
  /** trainboard version. */
  version: string;
  /** Absolute logdir being served. */
  logdir: string;
  /** False when the logdir vanished (the server keeps serving what it read). */
  logdirPresent: boolean;
  uptimeSecs: number;
  counters: {
    files: number;
    /** Event records read. */
    records: number;
    damagedRecords: number;
    runs: number;
    tags: number;
    /** Scalar points stored. */
    points: number;
    /** Connected Socket.IO clients. */
    clients: number;
    /** Push batches dropped because a client's buffer overflowed (each led to a series:refetch). */
    droppedPushes: number;
    /** Restarts (purges) seen. */
    restarts: number;
  };
  memory: {
    rssBytes: number;
    heapUsedBytes: number;
    /** Bytes the series store holds for scalar columns, divided by the points stored (capacity included). */
    bytesPerScalarPoint: number;
  };
  /** The run store (trainboard.sqlite) as last read; absent when sessions come from an injected source. */
  runStore?: {
    /** The SQLite file, or the PostgreSQL URL (password redacted) of --runstore. */
    file: string;
    /** 'unreachable': a PostgreSQL run store that cannot be connected to. */
    state: 'absent' | 'ok' | 'locked' | 'corrupt' | 'unreadable' | 'unreachable';
    /** True when the sessions served are the last good read, not the file's current contents. */
    stale: boolean;
    message: string | null;
    sessions: number;
  };
  /** Only with --redis: the Redis that shares broadcasts between the servers of one logdir (README). */
  redis?: {
    /** The Redis URL, its password redacted. */
    url: string;
    /** 'unreachable': broadcasts reach this instance's clients only until Redis is back. */
    state: 'connecting' | 'ok' | 'unreachable';
    message: string | null;
    /** Broadcasts kept on this instance because Redis was not ready. */
    localOnlyBroadcasts: number;
  };
  /** Only for an s3:// logdir: polling and the S3 requests it costs (docs/remote.md). */
  remote?: {
    logdir: string;
    pollIntervalSecs: number;
    polls: number;
    /** HTTP requests sent (retries included) in the last 60 s, in total, and by S3 operation. */
    requestsPerMinute: number;
    requestsTotal: number;
    requests: Record<string, number>;
    /** Object bytes received by ranged GETs. */
    bytesRead: number;
    /** Why the last listing failed, until one succeeds again. */
    lastError: string | null;
  };
}
