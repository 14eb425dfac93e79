// Origin and Host checks. Browsers send `Origin` on WebSocket upgrades and cross-site requests, and CORS does
// not protect WebSockets, so Socket.IO handshakes and state-changing HTTP requests are let in only from the
// page's own origin or a listed one; requests without an Origin (curl, scripts, socket.io-client on Node) pass.
// "The page's own origin" is the host the browser used: the Host header, or, behind a reverse proxy that
// rewrites Host, the X-Forwarded-Host that a *trusted* proxy (its peer address listed) sets, or the origin of
// an explicit public URL. When the server is bound to loopback, a host naming another machine is refused (DNS
// rebinding), whether it came in Host or through a trusted proxy's X-Forwarded-Host; the public URL's host is
// the one exception. Invariant: nothing a browser can send on its own widens what is accepted: a forwarded
// header counts only from a listed peer, and only the configured public URL adds a non-loopback name.
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { isLoopbackAddress } from './loopback-address.ts';
import { securityError } from './security-error.ts';

export interface OriginPolicy {
  /** Origins allowed cross-origin (the --cors-origin list). */
  listed?: readonly string[];
  /** Where users reach us through a proxy (`https://tb.example.com/prefix`): its origin is the page's. */
  publicUrl?: string;
  /** Peer addresses of reverse proxies whose X-Forwarded-Host is believed (`127.0.0.1`, `::1`). */
  trustedProxies?: readonly string[];
}

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

/** An IPv4-mapped peer address (`::ffff:127.0.0.1`) as its IPv4 spelling. */
const peerAddress = (req: IncomingMessage): string =>
  (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');

const firstHeader = (v: string | string[] | undefined): string | undefined =>
  (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim() || undefined;

/** The host the browser used: X-Forwarded-Host from a trusted proxy, else the Host header. */
export function browserHost(req: IncomingMessage, policy: OriginPolicy = {}): string | undefined {
  const trusted = (policy.trustedProxies ?? []).map((a) => a.replace(/^::ffff:/, ''));
  if (trusted.length > 0 && trusted.includes(peerAddress(req))) {
    const forwarded = firstHeader(req.headers['x-forwarded-host']);
    if (forwarded) return forwarded;
  }
  return req.headers.host;
}

function publicOrigin(policy: OriginPolicy): URL | undefined {
  if (!policy.publicUrl) return undefined;
  try {
    return new URL(policy.publicUrl);
  } catch {
    return undefined;
  }
}

export function createOriginCheck(
  listedOrPolicy: readonly string[] | OriginPolicy,
): (req: IncomingMessage) => boolean {
  const policy: OriginPolicy = Array.isArray(listedOrPolicy)
    ? { listed: listedOrPolicy as readonly string[] }
    : (listedOrPolicy as OriginPolicy);
  const allowed = new Set((policy.listed ?? []).map((o) => o.replace(/\/+$/, '')));
  const pub = publicOrigin(policy);
  if (pub) allowed.add(pub.origin);
  return (req) => {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    if (allowed.has(origin)) return true;
    try {
      return new URL(origin).host.toLowerCase() === (browserHost(req, policy) ?? '').toLowerCase();
    } catch {
      return false;
    }
  };
}

/** Whether a loopback-bound server answers this request's host (see the module comment). */
export function createLoopbackHostCheck(policy: OriginPolicy = {}): (req: IncomingMessage) => boolean {
  const pub = publicOrigin(policy);
  return (req) => {
    const hosts = [req.headers.host, browserHost(req, policy)];
    return hosts.every(
      (h) =>
        isLoopbackHostHeader(h) || (pub !== undefined && h !== undefined && h.toLowerCase() === pub.host),
    );
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

/** Refuses hosts that do not name this machine's loopback (421) while `active()` (bound to loopback). */
export function loopbackHostGuard(
  active: () => boolean = () => true,
  policy: OriginPolicy = {},
): RequestHandler {
  const ok = createLoopbackHostCheck(policy);
  return (req, res, next) => {
    if (!active() || ok(req)) {
      next();
      return;
    }
    securityError(
      res,
      421,
      'misdirected_host',
      `this server listens on loopback only and does not answer for host '${browserHost(req, policy)}'`,
    );
  };
}
