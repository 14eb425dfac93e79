// The client's door to the server for what the whole app shares: the run, tag and session listings, health,
// the downsampled series and their export, and the Socket.IO connection, all typed by contract/. A view's own
// routes are fetch functions in the view's folder, on `request` (api-request.ts). Invariants: no other client
// module calls fetch or io(); HTTP errors become ApiError with the server's stable code and message.
import { io, type Socket } from 'socket.io-client';
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
  tags(): Promise<ApiTagsResponse>;
  sessions(): Promise<ApiSessionsResponse>;
  seriesBatch(req: ApiSeriesBatchRequest): Promise<ApiSeriesBatchResponse>;
  /** URL of the CSV (or JSON) export of the given runs and tags. */
  exportUrl(format: 'csv' | 'json', runs: readonly string[], tags: readonly string[]): string;
  /** GET /api/runs/annotations: display names, colours, pins, hidden/archived flags, notes and tags. */
  runAnnotations(): Promise<ApiRunAnnotationsResponse>;
  /** PATCH /api/runs/annotations/<run>: changes the fields given; the server pushes the result to every page. */
  updateRunAnnotation(run: string, patch: RunAnnotationPatchRequest): Promise<ApiRunAnnotationResponse>;
  socket: DashboardSocket;
  subscribe(req: SeriesSubscribeRequest): Promise<SocketAck>;
  unsubscribe(req: SeriesUnsubscribeRequest): void;
}

export function createDashboardApi(base: string = ''): DashboardApi {
  const request = createApiRequest(base);
  const socket: DashboardSocket = io(base || undefined, { transports: ['websocket', 'polling'] });

  return {
    request,
    health: () => request.json('/api/health'),
    runs: () => request.json('/api/runs'),
    tags: () => request.json('/api/tags'),
    sessions: () => request.json('/api/sessions'),
    seriesBatch: (req) => request.postJson('/api/series', req),
    exportUrl: (format, runs, tags) => request.url('/api/export', { format, run: runs, tag: tags }),
    runAnnotations: () => request.json('/api/runs/annotations'),
    updateRunAnnotation: (run, patch) =>
      request.patchJson(`/api/runs/annotations/${run.split('/').map(encodeURIComponent).join('/')}`, patch),
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
