// Two `trainboard serve` processes of one logdir behind real nginx (Debian's, its config in a temp dir, on
// 127.0.0.1), sharing broadcasts through a real redis-server, with a headless Chromium page on each: nginx
// keeps each browser on one instance (consistent hash of a route cookie, as Socket.IO's polling transport needs;
// ip_hash cannot tell two local browsers apart). Both pages count the same live points; one instance SIGKILLed,
// its page reconnects through nginx to the other, resubscribes with its last step and gets the gap: every
// step once, none missing.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ensureClientBuilt, type Browser } from '../../e2e/support/browser-harness.ts';
import { waitForPoints } from '../../e2e/support/page-probes.ts';
import { startNginx, startServe, type NginxFront, type ServeChild } from '../../support/nginx-front.ts';
import { startRedis, type TestRedis } from '../../support/redis-server.ts';
import { concat, fileVersionRecord, scalarRecord } from '../server/event-bytes.ts';
import { openPagePerInstance, servedBy, skipWithout } from './instance-pages.ts';

const skip = skipWithout();

const dir = mkdtempSync(join(tmpdir(), 'trainboard-two-servers-'));
const logdir = join(dir, 'logs');
const eventFile = join(logdir, 'live', 'events.out.tfevents.1700000000.h.1.0.v2');
let redis: TestRedis | undefined;
let nginx: NginxFront | undefined;
const servers: ServeChild[] = [];
const browsers: Browser[] = [];
let written = 0;

function writeSteps(n: number): void {
  const records = [];
  for (let i = 0; i < n; i++, written++) records.push(scalarRecord('loss', written, 1 / (written + 1)));
  appendFileSync(eventFile, concat(records));
}

before(async () => {
  if (skip) return;
  ensureClientBuilt();
  mkdirSync(join(logdir, 'live'), { recursive: true });
  appendFileSync(eventFile, concat([fileVersionRecord()]));
  writeSteps(10);
  redis = await startRedis();
  const args = ['--logdir', logdir, '--redis', redis.url, '--reload_interval', '1'];
  servers.push(await startServe(args), await startServe(args));
  nginx = await startNginx(
    dir,
    servers.map((s) => s.port),
  );
});

after(async () => {
  for (const b of browsers) await b.close();
  nginx?.stop();
  for (const s of servers) await s.stop();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until every page counts n points; on a timeout, says what each page counts and what its instance
 *  serves (through nginx, with the page's own route cookie), so a failure tells a lost push from a server that
 *  never read the step. */
async function waitAllPages(pages: Map<string, Page>, n: number, timeout: number): Promise<void> {
  try {
    await Promise.all([...pages.values()].map((page) => waitForPoints(page, 'loss', n, timeout)));
  } catch (err) {
    const seen: string[] = [];
    for (const [up, page] of pages) {
      const state = await page
        .evaluate<string>(
          `Promise.all([fetch('/data/plugin/scalars/scalars?run=live&tag=loss').then((r) => r.ok ? r.json() : r.status),
            fetch('/api/health').then((r) => r.headers.get('x-trainboard-upstream'))]).then(([pts, upstream]) =>
            'card ' + document.querySelector('[data-testid="scalar-card"][data-tag="loss"]')?.getAttribute('data-points') +
            ', served by ' + upstream + ': ' + (Array.isArray(pts) ? pts.length + ' points' : 'HTTP ' + pts))`,
        )
        .catch((e: unknown) => `page unreadable: ${String(e)}`);
      seen.push(`${up}: ${state}`);
    }
    throw new Error(`${(err as Error).message}; ${written} steps written; ${seen.join('; ')}`);
  }
}

describe('two servers behind nginx, a browser on each', { skip }, () => {
  test('both pages count the same live points; a page whose server is SIGKILLed reconnects to the other and misses no step', async () => {
    const pages = await openPagePerInstance(nginx!, browsers);
    assert.equal(pages.size, 2, 'nginx spreads route cookies over both instances');
    await waitAllPages(pages, 10, 30_000);

    // live points reach both pages, whichever instance serves them
    for (let i = 0; i < 10; i++) {
      writeSteps(1);
      await new Promise((r) => setTimeout(r, 100));
    }
    await waitAllPages(pages, 20, 30_000);

    // SIGKILL the instance of the second page; points keep coming while its page reconnects
    const [survivorAddr, victimAddr] = [...pages.keys()];
    const victim = servers.find((s) => victimAddr?.endsWith(`:${s.port}`));
    assert.ok(victim?.child.pid, `the instance at ${victimAddr}`);
    process.kill(victim.child.pid, 'SIGKILL');
    for (let i = 0; i < 20; i++) {
      writeSteps(1);
      await new Promise((r) => setTimeout(r, 50));
    }
    const moved = pages.get(victimAddr!)!;
    await waitAllPages(pages, 40, 60_000);
    assert.equal(await servedBy(moved), survivorAddr, 'the moved page is served by the surviving instance');
    // nothing arrives twice either: the count stays at every step written, once
    await new Promise((r) => setTimeout(r, 1000));
    await waitAllPages(pages, written, 1000);
  });
});
