// TensorBoard's --path_prefix: the whole server (TensorBoard's /data routes, our /api, the client and
// Socket.IO) lives under a prefix such as `/tb`, as tensorboard/backend/path_prefix.py and
// empty_path_redirect.py do it: the flag loses its trailing slashes and must start with `/`; a request outside
// the prefix is a 404 (case-sensitive, on a segment boundary); the prefix itself redirects (301) to prefix + `/`.
// Invariant: downstream handlers see the path without the prefix in `req.url`; `req.originalUrl` keeps it, so
// redirects built from it stay under the prefix.
import type { RequestHandler } from 'express';
import { notFound } from './http-error.ts';

/** The flag as TensorBoard normalises it: '' for none, else `/a/b` (no trailing slash); throws on a bad one. */
export function normalizePathPrefix(flag: string): string {
  const prefix = flag.replace(/\/+$/, '');
  if (prefix !== '' && !prefix.startsWith('/'))
    throw new Error(`--path_prefix must start with a slash, got '${flag}'`);
  if (/[?#\s\\]/.test(prefix)) throw new Error(`--path_prefix must be a plain path, got '${flag}'`);
  return prefix;
}

/** Strips a normalised prefix (non-empty) from every request, or answers 404 / the redirect. */
export function pathPrefixMiddleware(prefix: string): RequestHandler {
  const strict = `${prefix}/`;
  return (req, res, next) => {
    const url = req.url;
    const q = url.search(/[?#]/);
    const path = q < 0 ? url : url.slice(0, q);
    if (path === prefix) {
      res.redirect(301, strict);
      return;
    }
    if (!path.startsWith(strict)) {
      next(notFound(`not under the path prefix ${prefix}/`));
      return;
    }
    req.url = url.slice(prefix.length);
    next();
  };
}
