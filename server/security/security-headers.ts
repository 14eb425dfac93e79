// Security headers on every response, HTTP and Engine.IO alike (helmet: a strict Content Security Policy the
// real client runs under, no sniffing, no framing, no referrer, same-origin opener and resources; plus a
// Permissions-Policy helmet does not set) and CORS (the `cors` package) that is off unless origins are listed.
// Invariants: without `corsOrigins` no Access-Control-* header is ever sent; with them, only a listed Origin
// is echoed back, and a preflight from any other origin gets no CORS header at all. The CSP allows scripts,
// styles, fonts and connections from the same origin only; inline scripts are never allowed. Inline style
// *attributes* are (the run swatches set `style="background:…"`), style elements are not.
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The policy as helmet sends it (directives joined by ';'), for tests and docs. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${v.join(' ')}`)
  .join(';');

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** A Connect-style middleware over raw Node requests (Express routers and Engine.IO's `engine.use`). */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;

export function securityHeaders(): NodeMiddleware {
  const h = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    // plain HTTP on loopback by default: HSTS would be ignored, or pin a host that later serves without TLS
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    h(req, res, next);
  };
}

/** CORS for the listed origins only; preflights from them are answered here (204). */
export function corsForOrigins(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins.map((o) => o.replace(/\/+$/, '')));
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || !allowed.has(origin)) {
      next();
      return;
    }
    handler(req, res, next);
  };
}
