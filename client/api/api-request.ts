// The client's one HTTP helper: GET (JSON or text), POST JSON and URL building against the server's base, with
// query parameters encoded once here (repeated keys for lists). Views build their fetch functions on it, in
// their own folder. Invariants: no other client module calls fetch(); an HTTP error becomes an ApiError with
// the server's stable code and message and the URL asked for.
import type { ApiErrorBody } from '../../contract/index.ts';

/** Query parameters: a list becomes a repeated key (`run=a&run=b`), in order. */
export type QueryParams = Readonly<Record<string, string | readonly string[]>>;

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

export interface ApiRequest {
  /** GET `path` with `query`; the body parsed as JSON, typed by the caller from contract/. */
  json<T>(path: string, query?: QueryParams): Promise<T>;
  /** GET `path` with `query`; the body as text. */
  text(path: string, query?: QueryParams): Promise<string>;
  /** POST a JSON body; the answer parsed as JSON. */
  postJson<T>(path: string, body: unknown): Promise<T>;
  /** POST a JSON body; the answer as text (for callers that parse it themselves). */
  postText(path: string, body: unknown): Promise<string>;
  /** PATCH with a JSON body; the answer parsed as JSON. */
  patchJson<T>(path: string, body: unknown): Promise<T>;
  /** The absolute URL of `path` with `query` (for <img src>, downloads). */
  url(path: string, query?: QueryParams): string;
}

function withQuery(path: string, query: QueryParams | undefined): string {
  if (!query) return path;
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const v of typeof value === 'string' ? [value] : value) p.append(key, v);
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}

export function createApiRequest(base: string = ''): ApiRequest {
  async function send(url: string, init?: RequestInit): Promise<Response> {
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
  async function sendJson<T>(method: string, path: string, body: unknown): Promise<T> {
    const init = { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    return (await (await send(path, init)).json()) as T;
  }
  return {
    json: async <T>(path: string, query?: QueryParams) =>
      (await (await send(withQuery(path, query))).json()) as T,
    text: async (path, query) => (await send(withQuery(path, query))).text(),
    postJson: <T>(path: string, body: unknown) => sendJson<T>('POST', path, body),
    patchJson: <T>(path: string, body: unknown) => sendJson<T>('PATCH', path, body),
    postText: async (path, body) =>
      (
        await send(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).text(),
    url: (path, query) => base + withQuery(path, query),
  };
}
