// Token authentication for HTTP and Socket.IO alike. A request is let in when it carries the token as
// `Authorization: Bearer T` or in the `trainboard_token` cookie; a page opened with `?token=T` gets that cookie
// (HttpOnly, SameSite=Strict) and is redirected to the same URL without the token, so the browser client needs
// no change. Invariants: tokens are compared in constant time (through SHA-256 digests of equal length); the
// token itself never appears in a response; a wrong or missing token is a 401 JSON error, nothing else.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { securityError } from './security-error.ts';

export const AUTH_COOKIE = 'trainboard_token';

export interface TokenAuth {
  /** True when `candidate` equals the token (constant time). */
  matches(candidate: string | undefined): boolean;
  /** True when the raw request carries the token (Bearer header or cookie). */
  allows(req: IncomingMessage, handshakeToken?: unknown): boolean;
  middleware: RequestHandler;
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Reads one cookie from a Cookie header without a parser dependency (values are URL-encoded by us). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

export function createTokenAuth(token: string): TokenAuth {
  if (token.length === 0) throw new Error('the auth token must not be empty');
  const expected = digest(token);
  const matches = (candidate: string | undefined): boolean =>
    typeof candidate === 'string' && timingSafeEqual(digest(candidate), expected);
  const allows = (req: IncomingMessage, handshakeToken?: unknown): boolean =>
    matches(bearer(req.headers.authorization)) ||
    matches(readCookie(req.headers.cookie, AUTH_COOKIE)) ||
    (typeof handshakeToken === 'string' && matches(handshakeToken));

  const middleware: RequestHandler = (req, res, next) => {
    const q = req.originalUrl.indexOf('?');
    const path = q < 0 ? req.originalUrl : req.originalUrl.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : req.originalUrl.slice(q + 1));
    const offered = params.get('token');
    if (offered !== null && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!matches(offered)) {
        securityError(
          res,
          401,
          'unauthorized',
          'the token in the URL is wrong; ask whoever started the server',
        );
        return;
      }
      params.delete('token');
      const rest = params.toString();
      const search = rest === '' ? '' : `?${rest}`;
      const secure = req.secure ? '; Secure' : '';
      res.setHeader(
        'Set-Cookie',
        `${AUTH_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      // one leading slash only: `//host/` would make the redirect leave this server
      res.redirect(303, `/${path.replace(/^[/\\]+/, '')}${search}`);
      return;
    }
    if (allows(req)) {
      next();
      return;
    }
    securityError(
      res,
      401,
      'unauthorized',
      'this server needs a token: open the URL printed at start (…/?token=…) or send Authorization: Bearer <token>',
    );
  };
  return { matches, allows, middleware };
}
