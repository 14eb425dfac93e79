// The browser side of the multi-instance tests: what they need on the machine (nginx, Chromium, Redis and
// whatever else), one headless Chromium page per instance behind nginx (each pinned to its instance by its
// route cookie, as nginx hashes it), and which instance served a page's last request.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchBrowser, type Browser } from '../../e2e/support/browser-harness.ts';
import { haveNginx, NGINX, ROUTE_COOKIE, type NginxFront } from '../../support/nginx-front.ts';
import { haveRedis } from '../../support/redis-server.ts';

/** The suite's skip reason outside CI when nginx, Chromium, redis-server or one of `more` (name: present) is
 *  missing; in CI nothing is skipped (.ci/run installs them, and a missing one must fail). */
export function skipWithout(more: Record<string, boolean> = {}): string | false {
  const have: Record<string, boolean> = {
    [NGINX]: haveNginx,
    [CHROMIUM]: existsSync(CHROMIUM),
    'redis-server': haveRedis,
    ...more,
  };
  const missing = Object.entries(have)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  return missing.length > 0 && process.env.CI !== 'true' ? `needs ${missing.join(', ')}` : false;
}

/** Opens one page per instance, in its own browser (pushed to `browsers`, which the caller closes): upstream
 *  address -> page, in the order nginx's routesPerInstance() lists them. */
export async function openPagePerInstance(
  nginx: NginxFront,
  browsers: Browser[],
  opts?: Parameters<Browser['open']>[1],
): Promise<Map<string, Page>> {
  const pages = new Map<string, Page>();
  for (const [upstream, route] of await nginx.routesPerInstance()) {
    const b = await launchBrowser();
    browsers.push(b);
    await b.context.addCookies([{ name: ROUTE_COOKIE, value: route, url: nginx.url }]);
    pages.set(upstream, await b.open(`${nginx.url}/`, opts));
  }
  return pages;
}

/** The instance (127.0.0.1:PORT) nginx served this page's last request from. */
export function servedBy(page: Page): Promise<string> {
  return page.evaluate<string>(
    `fetch('/api/health').then((r) => r.headers.get('x-trainboard-upstream') ?? '')`,
  );
}
