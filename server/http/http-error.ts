// Typed HTTP errors and the one middleware that maps them to responses: `{error: {code, message}}` JSON with
// the error's status; anything unexpected becomes a generic 500 whose stack is logged, never sent.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiErrorBody, ApiErrorCode } from '../../contract/index.ts';
import type { ModuleLog } from '../logging/server-logger.ts';

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const badParam = (message: string): HttpError => new HttpError(400, 'bad_param', message);
export const notFound = (message: string): HttpError => new HttpError(404, 'not_found', message);

export function errorBody(code: ApiErrorCode, message: string): ApiErrorBody {
  return { error: { code, message } };
}

/** Final handler for routes nobody matched. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(notFound(`no route for ${req.method} ${req.path}`));
};

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

/** `log` is the http module's logger: an unknown error's stack goes there, never to the client. */
export function errorMiddleware(log: ModuleLog): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    let status = 500;
    let body: ApiErrorBody;
    const parserErr = err as BodyParserError;
    if (err instanceof HttpError) {
      status = err.status;
      body = errorBody(err.code, err.message);
    } else if (parserErr?.type === 'entity.parse.failed') {
      status = 400;
      body = errorBody('bad_body', `request body is not valid JSON: ${parserErr.message ?? ''}`.trim());
    } else if (parserErr?.type === 'entity.too.large') {
      status = 413;
      body = errorBody('payload_too_large', 'request body is too large');
    } else if (typeof parserErr?.status === 'number' && parserErr.status >= 400 && parserErr.status < 500) {
      status = parserErr.status;
      body = errorBody('bad_body', parserErr.message ?? 'bad request');
    } else {
      const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
      log.error({ method: req.method, path: req.path, error: stack }, 'request failed');
      body = errorBody('internal', 'internal server error (details are in the server log)');
    }
    res.status(status).setHeader('Cache-Control', 'no-cache, must-revalidate');
    res.json(body);
  };
}
