// /data/plugin_entry.html?name=<plugin>, as TensorBoard's application.py serves it: the page TensorBoard's
// frontend frames for an IFRAME plugin (the projector), which imports the plugin's ES module and calls its
// render(). Invariants: the page is ours, byte for byte TensorBoard's, and the only one that may be framed
// (by the same origin: frame-ancestors 'self'); its one inline script is allowed by its sha256, nothing else
// inline. 404 for an unknown plugin, 400 for one that is not module loadable, as TensorBoard.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { notFound } from '../http/http-error.ts';
import { noCache } from '../http/tb-json.ts';
import type { TbPlugin } from './tb-plugin.ts';

/** The page for a plugin whose ES module is `modulePath` (relative to /data/plugin/<name>/). */
export function pluginEntryHtml(name: string, modulePath: string): { html: string; scriptSha256: string } {
  const script = `import(${JSON.stringify(`.${modulePath}`)}).then((m) => void m.render());`;
  const scriptSha256 = createHash('sha256').update(script, 'utf8').digest('base64');
  const html =
    `\n<!DOCTYPE html>\n<head><base href="plugin/${name}/" /></head>\n` +
    `<body><script type="module">${script}</script></body>\n`;
  return { html, scriptSha256 };
}

const first = (req: Request, key: string): string | undefined => {
  const v: unknown = req.query[key];
  const f: unknown = Array.isArray(v) ? v[0] : v;
  return typeof f === 'string' ? f : undefined;
};

export function pluginEntryRoute(plugins: readonly TbPlugin[]): RequestHandler {
  return (req, res) => {
    const name = first(req, 'name');
    const plugin = plugins.find((p) => p.name === name);
    if (!plugin || name === undefined) throw notFound(`Not found: ${String(name).slice(0, 100)}`);
    const mechanism = plugin.listing.loading_mechanism;
    const prefix = `/data/plugin/${name}`;
    if (mechanism.type !== 'IFRAME' || !mechanism.module_path.startsWith(`${prefix}/`)) {
      noCache(res);
      res.status(400).setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Plugin is not module loadable');
      return;
    }
    const { html, scriptSha256 } = pluginEntryHtml(name, mechanism.module_path.slice(prefix.length));
    noCache(res);
    res.setHeader(
      'Content-Security-Policy',
      // TensorBoard's policy for this page, without its third-party hosts, and framing by the same origin only
      `default-src 'self';font-src 'self' data:;frame-src 'self';img-src 'self' data: blob:;object-src 'none';` +
        `style-src 'self' data: 'unsafe-inline';connect-src 'self';script-src 'self' 'sha256-${scriptSha256}';` +
        `base-uri 'self';frame-ancestors 'self'`,
    );
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.status(200).setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  };
}
