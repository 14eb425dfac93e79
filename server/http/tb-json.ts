// Sends JSON the way TensorBoard's HTTP layer does: NaN and the infinities as the strings "NaN", "Infinity",
// "-Infinity" (json_util.Cleanse), `Content-Type: application/json`, and the no-cache headers; a large body
// is serialized in slices and streamed (json-stream.ts), so no response holds the event loop for long.
// The /data routes send non-ASCII characters as `\uXXXX` escapes, as TensorBoard's json.dumps does
// (sendDataJson, charset 'ascii'); our /api routes send UTF-8 (sendJson).
import type { Response } from 'express';
import { jsonTextSliced, writeJsonBody, type JsonCharset } from './json-stream.ts';
import type { JsonNumber } from '../../contract/index.ts';

/** NaN and the infinities as TensorBoard's JSON strings. */
export function jsonNumber(x: number): JsonNumber {
  if (Number.isFinite(x)) return x;
  if (Number.isNaN(x)) return 'NaN';
  return x > 0 ? 'Infinity' : '-Infinity';
}

function cleanse(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? jsonNumber(value) : value;
}

export function noCache(res: Response): void {
  res.setHeader('Cache-Control', 'no-cache, must-revalidate');
  res.setHeader('Expires', '0');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

export function sendJson(res: Response, body: unknown, status = 200, charset: JsonCharset = 'utf8'): void {
  noCache(res);
  res.status(status).setHeader('Content-Type', 'application/json');
  writeJsonBody(res, body, cleanse, undefined, charset);
}

/** sendJson for a /data route: non-ASCII characters escaped as TensorBoard's json.dumps escapes them. */
export function sendDataJson(res: Response, body: unknown, status = 200): void {
  sendJson(res, body, status, 'ascii');
}

/** The bytes sendJson would send for `body` (for answers that are cached and sent many times). */
export async function tbJsonBytes(body: unknown, charset: JsonCharset = 'utf8'): Promise<Buffer> {
  return Buffer.from(await jsonTextSliced(body, cleanse, charset));
}

/** Sends JSON bytes made by tbJsonBytes, with sendJson's headers. */
export function sendJsonBytes(res: Response, bytes: Buffer, status = 200): void {
  noCache(res);
  res.status(status).setHeader('Content-Type', 'application/json');
  res.end(bytes);
}

export function sendText(res: Response, body: string, contentType: string): void {
  noCache(res);
  res.setHeader('Content-Type', `${contentType}; charset=utf-8`);
  res.end(body);
}
