// The dashboard under --path_prefix behind real nginx (Debian's package) that proxies only /prefix/ and
// rewrites Host: Chromium loads http://nginx/prefix/, every request the page makes (assets, /api, /data,
// Socket.IO) stays under /prefix/ and succeeds, a card draws its chart, and a point written live reaches it
// through the Socket.IO connection at /prefix/socket.io. No console errors.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createApp, type App } from '../../server/app.ts';
import { createSecurityLayer } from '../../server/security/security-layer.ts';
import type { SummaryWriter } from '../../tfevents/node/summary-writer.ts';
import { nginxSkip, startNginx, type NginxProxy } from '../integration/server/nginx-proxy.ts';
import {
  ensureClientBuilt,
  launchBrowser,
  requireChromium,
  screenshot,
  tempLogdir,
  type Browser,
} from './support/browser-harness.ts';
import { writeScalarSessions } from './support/session-fixtures.ts';

const STEPS = 12;
let logdir = '';
let app: App | undefined;
let nginx: NginxProxy | undefined;
let browser: Browser | undefined;
let writers = new Map<string, SummaryWriter>();

/** Polls an expression with page.evaluate (the production CSP forbids waitForFunction's string eval). */
async function until(
  page: { evaluate<R>(e: string): Promise<R> },
  expr: string,
  what: string,
): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate<boolean>(expr)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`${what}: not seen within 15 s`);
}

const card = '[data-testid="scalar-card"][data-tag="epoch_loss"]';
const points = (n: number): string =>
  `document.querySelector(${JSON.stringify(card)})?.getAttribute('data-points') === '${n}'`;

before(() => {
  ensureClientBuilt();
  logdir = tempLogdir('path-prefix');
  writers = writeScalarSessions(logdir, ['alpha'], ['epoch_loss'], STEPS);
});

after(async () => {
  for (const w of writers.values()) w.close();
  await browser?.close();
  await nginx?.close();
  await app?.close();
  rmSync(logdir, { recursive: true, force: true });
});

test('the dashboard works under /prefix/ behind nginx', { skip: nginxSkip }, async (t) => {
  if (!requireChromium(t)) return;
  app = createApp({
    logdir,
    reloadIntervalSecs: 1,
    log: () => {},
    pathPrefix: '/prefix',
    security: createSecurityLayer({ loopbackOnly: true, rateLimit: false, trustedProxies: ['127.0.0.1'] }),
  });
  await new Promise<void>((ok) => app!.httpServer.listen(0, '127.0.0.1', ok));
  await app.ready();
  const { port } = app.httpServer.address() as AddressInfo;
  nginx = await startNginx([{ upstream: port, location: '/prefix/' }], '/prefix/data/runs');
  const base = nginx.urls[0]!;

  browser = await launchBrowser();
  const requests: string[] = [];
  const failures: string[] = [];
  browser.context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  browser.context.on('page', (p) => p.on('websocket', (ws) => requests.push(new URL(ws.url()).pathname)));
  browser.context.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  const page = await browser.open(`${base}/prefix/`);

  await until(page, `document.querySelectorAll(${JSON.stringify(card + ' canvas')}).length === 1`, 'a chart');
  await until(page, points(2 * STEPS), 'every point');
  const w = writers.get('alpha/train');
  assert.ok(w);
  w.scalar('epoch_loss', 0.25, STEPS);
  w.flush();
  await until(page, points(2 * STEPS + 1), 'the live point');
  await screenshot(page, 'path-prefix');

  assert.ok(requests.length > 3, 'the page made its requests');
  assert.deepEqual(
    requests.filter((p) => !p.startsWith('/prefix/')),
    [],
    'every request stays under the prefix',
  );
  assert.ok(
    requests.some((p) => p.startsWith('/prefix/socket.io/')),
    'Socket.IO under the prefix',
  );
  assert.deepEqual(failures, []);
  assert.deepEqual(browser.errors, []);
  // outside the prefix the server answers 404, as TensorBoard does
  assert.equal((await fetch(`http://127.0.0.1:${port}/api/runs`)).status, 404);
});
