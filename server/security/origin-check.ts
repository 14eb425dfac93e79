// Origin and Host checks. Browsers send `Origin` on WebSocket upgrades and cross-site requests, and CORS does
// not protect WebSockets, so Socket.IO handshakes and state-changing HTTP requests are let in only from the
// page's own origin or a listed one; requests without an Origin (curl, scripts, socket.io-client on Node) pass.
// When the server is bound to loopback, a Host header naming another machine is refused (DNS rebinding).
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { isLoopbackAddress } from './loopback-address.ts';
import { securityError } from './security-error.ts';

/** The host name of a Host header (port and brackets handled), lower-cased. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}

export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (host === undefined) return true;
  return isLoopbackAddress(hostName(host));
}

export function createOriginCheck(listed: readonly string[]): (req: IncomingMessage) => boolean {
  const allowed = new Set(listed.map((o) => o.replace(/\/+$/, '')));
  return (req) => {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    if (allowed.has(origin)) return true;
    try {
      return new URL(origin).host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
    } catch {
      return false;
    }
  };
}

/** Refuses POST/PUT/PATCH/DELETE from a foreign Origin (403). */
export function httpOriginGuard(check: (req: IncomingMessage) => boolean): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || check(req)) {
      next();
      return;
    }
    securityError(res, 403, 'forbidden_origin', `requests from origin ${req.headers.origin} are not allowed`);
  };
}

/** Refuses Host headers that do not name this machine's loopback (421) while `active()` (bound to loopback). */
export function loopbackHostGuard(active: () => boolean = () => true): RequestHandler {
  return (req, res, next) => {
    if (!active() || isLoopbackHostHeader(req.headers.host)) {
      next();
      return;
    }
    securityError(
      res,
      421,
      'misdirected_host',
      `this server listens on loopback only and does not answer for host '${req.headers.host}'`,
    );
  };
}
