// Assembles the security layer that createApp applies first: one HTTP middleware chain (loopback Host guard,
// security headers and CSP, opt-in CORS, origin guard for writes, body size limit, per-IP rate limit, token
// auth) and the Socket.IO pieces (allowRequest: origin and Host checks at the Engine.IO handshake; a socket
// middleware: the token from the cookie or `auth.token`). Invariant: the same token and origin rules hold for
// HTTP and Socket.IO; with no token configured everything but auth still applies.
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
import { corsForOrigins, securityHeaders } from './security-headers.ts';
import { createTokenAuth } from './token-auth.ts';

export interface SecurityOptions {
  /** Required token (from --auth-token or TRAINBOARD_AUTH_TOKEN); undefined = no auth. */
  authToken?: string;
  /** Origins allowed cross-origin (CORS and Socket.IO); default none. */
  corsOrigins?: readonly string[];
  /** Refuse Host headers that are not loopback names (set when bound to loopback). Default false. */
  loopbackOnly?: boolean;
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
  const router = Router();
  if (o.loopbackOnly) router.use(loopbackHostGuard(policy));
  router.use(securityHeaders());
  if (o.corsOrigins && o.corsOrigins.length > 0) router.use(corsForOrigins(o.corsOrigins));
  router.use(httpOriginGuard(originOk));
  router.use(bodySizeLimit(o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  const rate = o.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (rate !== false) router.use(createRateLimiter(rate).middleware);
  if (auth) router.use(auth.middleware);

  return {
    http: router,
    allowRequest(req, callback) {
      if (o.loopbackOnly && !hostOk(req)) {
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
