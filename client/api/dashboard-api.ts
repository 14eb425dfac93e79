// The client's door to the server for what the whole app shares: the run, tag and session listings, health,
// the downsampled series and their export, and the Socket.IO connection, all typed by contract/. A view's own
// routes are fetch functions in the view's folder, on `request` (api-request.ts). Invariants: no other client
// module calls fetch or io(); HTTP errors become ApiError with the server's stable code and message.
import { io, type Socket } from 'socket.io-client';
import { parseJsonKeepingIntegers } from './exact-integers.ts';
import type {
  ApiHealthResponse,
  ApiRunAnnotationResponse,
  ApiRunAnnotationsResponse,
  ApiRunsResponse,
  ApiSeriesBatchRequest,
  ApiSeriesBatchResponse,
  ApiSessionsResponse,
  ApiTagsResponse,
  ClientToServerEvents,
  RunAnnotationPatchRequest,
  ServerToClientEvents,
  TbHparamsSessionGroupsResponse,
  SeriesSubscribeRequest,
  SeriesUnsubscribeRequest,
  SocketAck,
} from '../../contract/index.ts';
import { createApiRequest, type ApiRequest } from './api-request.ts';

export { ApiError } from './api-request.ts';

export type DashboardSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface DashboardApi {
  /** The HTTP helper views build their own fetch functions on. */
  request: ApiRequest;
  /** GET /api/health: counters (files, records, damaged records, clients, dropped pushes) and memory. */
  health(): Promise<ApiHealthResponse>;
  runs(): Promise<ApiRunsResponse>;
  /** GET /api/tags: every tag of the given runs with its point count and last step (no runs: every run's). */
  tags(runs?: readonly string[]): Promise<ApiTagsResponse>;
  sessions(): Promise<ApiSessionsResponse>;
  seriesBatch(req: ApiSeriesBatchRequest): Promise<ApiSeriesBatchResponse>;
  /** URL of the CSV (or JSON) export of the given runs and tags. */
  exportUrl(format: 'csv' | 'json', runs: readonly string[], tags: readonly string[]): string;
  /** GET /api/runs/annotations: display names, colours, pins, hidden/archived flags, notes and tags. */
  runAnnotations(): Promise<ApiRunAnnotationsResponse>;
  /** PATCH /api/runs/annotations/<run>: changes the fields given; the server pushes the result to every page. */
  updateRunAnnotation(run: string, patch: RunAnnotationPatchRequest): Promise<ApiRunAnnotationResponse>;
  /** POST /data/plugin/hparams/session_groups: the sessions TensorBoard's HParams dashboard shows (tf.summary's
   *  hparams API, Keras's hparams callback, PyTorch's add_hparams), every one, with their metrics. */
  hparamsSessionGroups(): Promise<TbHparamsSessionGroupsResponse>;
  socket: DashboardSocket;
  subscribe(req: SeriesSubscribeRequest): Promise<SocketAck>;
  unsubscribe(req: SeriesUnsubscribeRequest): void;
}

/** The server's path prefix seen from the page's URL: '' at `/`, `/tb` at `/tb/` (TensorBoard's --path_prefix). */
export function basePathOf(pageUrl: string): string {
  return new URL('.', pageUrl).pathname.replace(/\/$/, '');
}

/** `base`: the server's path prefix ('' or `/tb`), prepended to every URL and to Socket.IO's path. */
export function createDashboardApi(base: string = ''): DashboardApi {
  const request = createApiRequest(base);
  // under a --path_prefix the socket lives at <prefix>/socket.io, beside the page
  const socket: DashboardSocket = io({ path: `${base}/socket.io`, transports: ['websocket', 'polling'] });

  return {
    request,
    health: () => request.json('/api/health'),
    runs: () => request.json('/api/runs'),
    tags: (runs) => request.json('/api/tags', runs?.length ? { run: runs } : undefined),
    sessions: () => request.json('/api/sessions'),
    // exact digits of int64 steps beyond 2^53 (JSON.parse rounds them)
    seriesBatch: async (req) =>
      parseJsonKeepingIntegers(await request.postText('/api/series', req)) as ApiSeriesBatchResponse,
    exportUrl: (format, runs, tags) => request.url('/api/export', { format, run: runs, tag: tags }),
    runAnnotations: () => request.json('/api/runs/annotations'),
    updateRunAnnotation: (run, patch) =>
      request.patchJson(`/api/runs/annotations/${run.split('/').map(encodeURIComponent).join('/')}`, patch),
    hparamsSessionGroups: () =>
      request.postJson('/data/plugin/hparams/session_groups', {
        startIndex: 0,
        sliceSize: 10_000,
        includeMetrics: true,
      }),
    socket,
    subscribe: (req) =>
      new Promise<SocketAck>((resolve) => {
        socket.emit('series:subscribe', req, resolve);
      }),
    unsubscribe: (req) => {
      socket.emit('series:unsubscribe', req);
    },
  };
}
