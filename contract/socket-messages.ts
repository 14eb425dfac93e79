// The Socket.IO contract: schemas of what a client may send (validated by the hub before anything is looked
// at), the acknowledgement, what the server pushes, and the typed event maps both sides compile against.
// Invariants: every client payload is bounded (names, tag counts, lastSteps entries); a payload that fails its
// schema gets `{ok: false, error: {code: 'bad_param', message}}` and changes nothing; event names appear only
// here (no bare strings elsewhere).
import * as v from 'valibot';
import type { ApiErrorBody } from './api-errors.ts';
import type { DamageReport, PluginName, ScalarPoint } from './api-responses.ts';
import { MAX_NAME_CHARS } from './query-fields.ts';
import type { RunAnnotationChangedEvent } from './run-annotations.ts';

/** Bounds of one client message; the per-client budget (subscriptions, bytes) is the hub's. */
export const SOCKET_LIMITS = {
  maxTagsPerMessage: 10_000,
} as const;

const name = v.pipe(
  v.string('must be a string'),
  v.maxLength(MAX_NAME_CHARS, `must be at most ${MAX_NAME_CHARS} characters`),
);
const step = v.pipe(
  v.number('must be a number'),
  v.check((n) => !Number.isNaN(n), 'must not be NaN'),
);
const tags = v.pipe(
  v.array(name, 'must be a list of strings'),
  v.maxLength(SOCKET_LIMITS.maxTagsPerMessage, `must list at most ${SOCKET_LIMITS.maxTagsPerMessage} tags`),
);

/** Client -> server: subscribe to scalar series of one run. */
export const SeriesSubscribeRequestSchema = v.object(
  {
    run: name,
    /** Scalar tags to follow; omitted = every scalar tag of the run, including tags that appear later. */
    tags: v.optional(tags),
    /** Per tag, the last step the client already has: the server first sends the points after it (the gap).
     *  A tag not listed here is sent from the start (its whole history), unless `lastStep` is given. */
    lastSteps: v.optional(
      v.pipe(
        v.record(name, step, 'must be an object of numbers'),
        v.maxEntries(
          SOCKET_LIMITS.maxTagsPerMessage,
          `must have at most ${SOCKET_LIMITS.maxTagsPerMessage} entries`,
        ),
      ),
    ),
    /** Default last step for tags not in lastSteps. Omitted with no lastSteps entry = send full history. */
    lastStep: v.optional(step),
  },
  'must be an object {run, tags?, lastSteps?, lastStep?}',
);
export type SeriesSubscribeRequest = v.InferOutput<typeof SeriesSubscribeRequestSchema>;

/** Client -> server: stop following tags of a run (`tags` omitted = the whole run). */
export const SeriesUnsubscribeRequestSchema = v.object(
  { run: name, tags: v.optional(tags) },
  'must be an object {run, tags?}',
);
export type SeriesUnsubscribeRequest = v.InferOutput<typeof SeriesUnsubscribeRequestSchema>;

/** Acknowledgement of a (un)subscribe, Uptime Kuma style. */
export type SocketAck =
  | { ok: true; run: string; /** tags now followed ('*' = all) */ tags: string[] }
  | { ok: false; error: ApiErrorBody['error'] };

/** Client -> server events. The payload is `unknown` to the server until its schema has passed. */
export interface ClientToServerEvents {
  'series:subscribe': (req: SeriesSubscribeRequest, ack?: (res: SocketAck) => void) => void;
  'series:unsubscribe': (req: SeriesUnsubscribeRequest, ack?: (res: SocketAck) => void) => void;
}

/** The schema of each client event, by name (the hub validates with it). */
export const CLIENT_EVENT_SCHEMAS = {
  'series:subscribe': SeriesSubscribeRequestSchema,
  'series:unsubscribe': SeriesUnsubscribeRequestSchema,
} as const satisfies Record<keyof ClientToServerEvents, v.GenericSchema>;

/** New points of one series, in step order. */
export interface ScalarsAppendedSeries {
  tag: string;
  points: ScalarPoint[];
}

/** New points of a run's series, batched about every 50 ms: one message per run carries every tag that grew
 *  (a series is listed at most once; a long gap is split over several messages). A point is never sent twice. */
export interface ScalarsAppendedEvent {
  run: string;
  series: ScalarsAppendedSeries[];
}

export interface RunsChangedEvent {
  /** Runs that appeared since the last event. */
  added: string[];
  /** Runs whose directory vanished (their data is still served). */
  removed: string[];
}

export interface TagsAddedEvent {
  run: string;
  tags: { tag: string; plugin: PluginName }[];
}

export interface SessionsChangedEvent {
  /** Sessions whose row or runs changed; refetch GET /api/sessions. */
  ids: string[];
}

export interface DamageReportedEvent {
  run: string;
  damage: DamageReport[];
}

/** Stored points were discarded after a restart: drop yours with step >= fromStep (of `tag`, or all tags). */
export interface SeriesPurgedEvent {
  run: string;
  tag?: string;
  fromStep: number;
  reason: string;
}

/** Non-scalar data changed (histograms, text, images, graphs, hparams): refetch over HTTP. */
export interface PluginInvalidatedEvent {
  plugin: PluginName;
  run: string;
  tags: string[];
}

/** The client fell behind (its buffer overflowed) and pushes were dropped: refetch these series over HTTP
 *  (GET /api/series), then resubscribe with lastSteps. */
export interface SeriesRefetchEvent {
  reason: string;
  series: { run: string; tag: string }[];
}

export interface ServerToClientEvents {
  'scalars:appended': (e: ScalarsAppendedEvent) => void;
  'runs:changed': (e: RunsChangedEvent) => void;
  'tags:added': (e: TagsAddedEvent) => void;
  'sessions:changed': (e: SessionsChangedEvent) => void;
  'damage:reported': (e: DamageReportedEvent) => void;
  'series:purged': (e: SeriesPurgedEvent) => void;
  'plugin:invalidated': (e: PluginInvalidatedEvent) => void;
  'series:refetch': (e: SeriesRefetchEvent) => void;
  'runs:annotation': (e: RunAnnotationChangedEvent) => void;
}
