// Request size and rate limits. Bodies announced larger than `maxBodyBytes` are refused (413) before any
// parser reads them (the JSON parsers keep their own limit for chunked bodies); each client IP has a token
// bucket of `burst` requests refilled at `perSecond`, and a request finding it empty gets 429 with
// Retry-After. Invariants: the bucket map is bounded (idle full buckets are dropped on a sweep); the limiter
// never waits, so a flood costs one map lookup per request.
import type { RequestHandler } from 'express';
import { securityError } from './security-error.ts';

export function bodySizeLimit(maxBodyBytes: number): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      res.setHeader('Connection', 'close');
      securityError(res, 413, 'payload_too_large', `request body over ${maxBodyBytes} bytes`);
      return;
    }
    next();
  };
}

export interface RateLimitOptions {
  /** Sustained requests per second per IP. */
  perSecond: number;
  /** Bucket size: requests allowed at once after an idle period. */
  burst: number;
  /** Clock in ms (tests). */
  now?: () => number;
  /** Most IPs tracked; beyond it, full buckets are swept first and then the oldest dropped. */
  maxTracked?: number;
}

export interface RateLimiter {
  middleware: RequestHandler;
  /** Takes one token for `key`; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number;
  tracked(): number;
}

export function createRateLimiter(o: RateLimitOptions): RateLimiter {
  const now = o.now ?? Date.now;
  const maxTracked = o.maxTracked ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function sweep(t: number): void {
    for (const [k, b] of buckets)
      if (b.tokens + ((t - b.at) / 1000) * o.perSecond >= o.burst) buckets.delete(k);
    while (buckets.size >= maxTracked) {
      const oldest = buckets.keys().next();
      if (oldest.done) break;
      buckets.delete(oldest.value);
    }
  }

  function take(key: string): number {
    const t = now();
    let b = buckets.get(key);
    if (!b) {
      if (buckets.size >= maxTracked) sweep(t);
      b = { tokens: o.burst, at: t };
      buckets.set(key, b);
    }
    b.tokens = Math.min(o.burst, b.tokens + ((t - b.at) / 1000) * o.perSecond);
    b.at = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / o.perSecond));
  }

  const middleware: RequestHandler = (req, res, next) => {
    const wait = take(req.socket.remoteAddress ?? 'unknown');
    if (wait === 0) {
      next();
      return;
    }
    res.setHeader('Retry-After', String(wait));
    securityError(res, 429, 'rate_limited', `too many requests from this address; retry in ${wait} s`);
  };
  return { middleware, take, tracked: () => buckets.size };
}
