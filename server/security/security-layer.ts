// Assembles the security layer that createApp applies first: one HTTP middleware chain (loopback Host guard,
// security headers and CSP, opt-in CORS, origin guard for writes, body size limit, per-IP rate limit, token
// auth) and the Socket.IO pieces (an Engine.IO middleware: the same headers on every Engine.IO response and
// the same per-IP rate limit on every handshake; allowRequest: origin and Host checks at the handshake; a
// socket middleware: the token from the cookie or `auth.token`). Invariant: the same token, origin, header
// and rate rules hold for HTTP and Socket.IO (one token bucket per IP for both); with no token configured
// everything but auth still applies.
import type { IncomingMessage } from 'node:http';
import { Router, type RequestHandler } from 'express';
import type { Socket } from 'socket.io';
import {
  createLoopbackHostCheck,
  createOriginCheck,
  httpOriginGuard,
  loopbackHostGuard,
  type OriginPolicy,
} from './origin-check.ts';
import { bodySizeLimit, createRateLimiter } from './request-limits.ts';
import { corsForOrigins, securityHeaders, type NodeMiddleware } from './security-headers.ts';
import { createTokenAuth } from './token-auth.ts';

export interface SecurityOptions {
  /** Required token (from --auth-token or TRAINBOARD_AUTH_TOKEN); undefined = no auth. */
  authToken?: string;
  /** Origins allowed cross-origin (CORS and Socket.IO); default none. */
  corsOrigins?: readonly string[];
  /** Refuse Host headers that are not loopback names (set when bound to loopback; a function is asked on
   *  every request, so the runner can answer from the address it actually bound). Default false. */
  loopbackOnly?: boolean | (() => boolean);
  /** Largest request body, bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Public URL behind a reverse proxy (--public-url): its origin and host are the page's (origin-check.ts). */
  publicUrl?: string;
  /** Reverse-proxy peer addresses whose X-Forwarded-Host is believed (--trusted-proxy). */
  trustedProxies?: readonly string[];
  /** Per-IP token bucket; false turns it off. Default 100 requests/s with bursts of 1000. */
  rateLimit?: { perSecond: number; burst: number } | false;
}

export const DEFAULT_RATE_LIMIT = { perSecond: 100, burst: 1000 } as const;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** What createApp needs from the security layer (see AppDeps.security). */
export interface AppSecurity {
  http: RequestHandler;
  allowRequest: (
    req: IncomingMessage,
    callback: (err: string | null | undefined, success: boolean) => void,
  ) => void;
  socketMiddleware: (socket: Socket, next: (err?: Error) => void) => void;
  /** For `io.engine.use`: headers on every Engine.IO response, the rate limit on every handshake. */
  engine?: NodeMiddleware;
}

export function createSecurityLayer(o: SecurityOptions = {}): AppSecurity {
  const policy: OriginPolicy = {
    listed: o.corsOrigins ?? [],
    ...(o.publicUrl === undefined ? {} : { publicUrl: o.publicUrl }),
    ...(o.trustedProxies === undefined ? {} : { trustedProxies: o.trustedProxies }),
  };
  const originOk = createOriginCheck(policy);
  const hostOk = createLoopbackHostCheck(policy);
  const auth = o.authToken === undefined ? undefined : createTokenAuth(o.authToken);
  const loopbackOnly = typeof o.loopbackOnly === 'function' ? o.loopbackOnly : () => o.loopbackOnly === true;
  const headers = securityHeaders();
  const router = Router();
  router.use(loopbackHostGuard(loopbackOnly, policy));
  router.use(headers);
  if (o.corsOrigins && o.corsOrigins.length > 0) router.use(corsForOrigins(o.corsOrigins));
  router.use(httpOriginGuard(originOk));
  router.use(bodySizeLimit(o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  const rate = o.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = rate === false ? undefined : createRateLimiter(rate);
  if (limiter) router.use(limiter.middleware);
  if (auth) router.use(auth.middleware);

  const engine: NodeMiddleware = (req, res, next) => {
    headers(req, res, (err) => {
      if (err) {
        next(err);
        return;
      }
      // a handshake (no session id yet) costs a token at the HTTP rate, from a bucket of its own per IP (so
      // a handshake flood cannot starve the same address's API calls, nor the other way round)
      const handshake = !/[?&]sid=/.test(req.url ?? '');
      const ip = req.socket.remoteAddress ?? 'unknown';
      const wait = handshake && limiter ? limiter.take(`engine.io ${ip}`) : 0;
      if (wait === 0) {
        next();
        return;
      }
      res.setHeader('Retry-After', String(wait));
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', 'application/json');
      res.statusCode = 429;
      res.end(
        JSON.stringify({
          error: {
            code: 'rate_limited',
            message: `too many handshakes from this address; retry in ${wait} s`,
          },
        }),
      );
    });
  };

  return {
    http: router,
    engine,
    allowRequest(req, callback) {
      if (loopbackOnly() && !hostOk(req)) {
        callback('misdirected host', false);
        return;
      }
      if (!originOk(req)) {
        callback('origin not allowed', false);
        return;
      }
      callback(null, true);
    },
    socketMiddleware(socket, next) {
      if (!auth || auth.allows(socket.request, (socket.handshake.auth as { token?: unknown }).token)) {
        next();
        return;
      }
      const err = new Error('unauthorized') as Error & { data?: unknown };
      err.data = { code: 'unauthorized', message: 'this server needs a token (cookie or auth.token)' };
      next(err);
    },
  };
}
