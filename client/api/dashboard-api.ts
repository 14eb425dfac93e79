// The client's one door to the server: typed HTTP calls to our `/api/...` and TensorBoard's `/data/...` routes,
// and the Socket.IO connection, all typed by contract/. Invariants: no other client module calls
// fetch or io(); HTTP errors become ApiError with the server's stable code and message.
import { io, type Socket } from 'socket.io-client';
import { parseJsonKeepingIntegers } from './exact-integers.ts';
import type {
  ApiHealthResponse,
  ApiErrorBody,
  ApiModelResponse,
  ApiRunsResponse,
  ApiSeriesBatchRequest,
  ApiSeriesBatchResponse,
  ApiSessionsResponse,
  ApiTagsResponse,
  ClientToServerEvents,
  ServerToClientEvents,
  TbGraphsInfoResponse,
  TbHistogramsResponse,
  TbImagesResponse,
  TbHparamsSessionGroupsResponse,
  TbPrCurvesResponse,
  TbTextResponse,
  SeriesSubscribeRequest,
  SeriesUnsubscribeRequest,
  SocketAck,
} from '../../contract/index.ts';

export type DashboardSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly url: string,
  ) {
    super(`${message} (${status} ${code}, ${url})`);
  }
}

export interface DashboardApi {
  /** GET /api/health: counters (files, records, damaged records, clients, dropped pushes) and memory. */
  health(): Promise<ApiHealthResponse>;
  runs(): Promise<ApiRunsResponse>;
  tags(): Promise<ApiTagsResponse>;
  sessions(): Promise<ApiSessionsResponse>;
  model(session: string): Promise<ApiModelResponse>;
  seriesBatch(req: ApiSeriesBatchRequest): Promise<ApiSeriesBatchResponse>;
  histograms(run: string, tag: string): Promise<TbHistogramsResponse>;
  /** GET /data/plugin/pr_curves/pr_curves: every step of `tag` for each run. */
  prCurves(runs: readonly string[], tag: string): Promise<TbPrCurvesResponse>;
  /** Text summaries as HTML-escaped plain text (`markdown=false&escape=all`): the client renders the Markdown. */
  text(run: string, tag: string): Promise<TbTextResponse>;
  images(run: string, tag: string): Promise<TbImagesResponse>;
  /** URL of one image blob for an <img src>. */
  imageUrl(query: string): string;
  /** URL of the CSV (or JSON) export of the given runs and tags. */
  exportUrl(format: 'csv' | 'json', runs: readonly string[], tags: readonly string[]): string;
  /** POST /data/plugin/hparams/session_groups: the sessions TensorBoard's HParams dashboard shows (tf.summary's
   *  hparams API, Keras's hparams callback, PyTorch's add_hparams), every one, with their metrics. */
  hparamsSessionGroups(): Promise<TbHparamsSessionGroupsResponse>;
  /** GET /data/plugin/graphs/info: which runs have op graphs or conceptual graphs. */
  graphsInfo(): Promise<TbGraphsInfoResponse>;
  /** GET /data/plugin/graphs/graph: a run's op graph as text proto. */
  opGraph(run: string): Promise<string>;
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
  async function request(url: string, init?: RequestInit): Promise<Response> {
    const res = await fetch(base + url, init);
    if (!res.ok) {
      let code = 'http';
      let message = res.statusText;
      try {
        const body = (await res.json()) as Partial<ApiErrorBody>;
        if (body.error) ({ code, message } = body.error);
      } catch {
        // not a JSON error body: keep the status text
      }
      throw new ApiError(res.status, code, message, url);
    }
    return res;
  }
  const getJson = async <T>(url: string): Promise<T> => (await (await request(url)).json()) as T;
  const q = (params: Record<string, string>): string => new URLSearchParams(params).toString();

  // under a --path_prefix the socket lives at <prefix>/socket.io, beside the page
  const socket: DashboardSocket = io({ path: `${base}/socket.io`, transports: ['websocket', 'polling'] });

  return {
    health: () => getJson('/api/health'),
    runs: () => getJson('/api/runs'),
    tags: () => getJson('/api/tags'),
    sessions: () => getJson('/api/sessions'),
    model: (session) => getJson(`/api/sessions/${encodeURIComponent(session)}/model`),
    seriesBatch: async (req) =>
      (await (
        await request('/api/series', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(req),
        })
      )
        .text()
        .then(parseJsonKeepingIntegers)) as ApiSeriesBatchResponse,
    histograms: (run, tag) => getJson(`/data/plugin/histograms/histograms?${q({ run, tag })}`),
    prCurves: (runs, tag) =>
      getJson(
        `/data/plugin/pr_curves/pr_curves?${new URLSearchParams([...runs.map((r) => ['run', r]), ['tag', tag]])}`,
      ),
    text: (run, tag) =>
      getJson(`/data/plugin/text/text?${q({ run, tag, markdown: 'false', escape: 'all' })}`),
    images: (run, tag) => getJson(`/data/plugin/images/images?${q({ run, tag })}`),
    imageUrl: (query) => `${base}/data/plugin/images/individualImage?${query}`,
    exportUrl: (format, runs, tags) => {
      const p = new URLSearchParams({ format });
      for (const r of runs) p.append('run', r);
      for (const t of tags) p.append('tag', t);
      return `${base}/api/export?${p.toString()}`;
    },
    hparamsSessionGroups: async () =>
      (await (
        await request('/data/plugin/hparams/session_groups', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ startIndex: 0, sliceSize: 10_000, includeMetrics: true }),
        })
      ).json()) as TbHparamsSessionGroupsResponse,
    graphsInfo: () => getJson('/data/plugin/graphs/info'),
    opGraph: async (run) => (await request(`/data/plugin/graphs/graph?${q({ run })}`)).text(),
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
