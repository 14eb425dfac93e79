// Run management across two `trainboard serve` instances behind real nginx, sharing one real PostgreSQL run
// store (`--runstore postgres://...`, where run annotations live) and one real redis-server (Socket.IO's Redis
// streams adapter): headless Chromium page A, pinned by its route cookie to instance 1, pins a run and renames
// another; page B, on instance 2, shows both live (pushed through Redis, no reload), with the same points;
// after a reload both pages show them again, read back from PostgreSQL (checked with SQL, and no SQLite file
// appears in the logdir).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { ensureClientBuilt, type Browser } from '../../e2e/support/browser-harness.ts';
import { until, waitForPoints } from '../../e2e/support/page-probes.ts';
import { writeScalarSessions } from '../../e2e/support/session-fixtures.ts';
import { startNginx, startServe, type NginxFront, type ServeChild } from '../../support/nginx-front.ts';
import {
  havePostgres,
  POSTGRES_BIN,
  startPostgres,
  type TestPostgres,
} from '../../support/postgres-server.ts';
import { startRedis, type TestRedis } from '../../support/redis-server.ts';
import type { SummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { openPagePerInstance, servedBy, skipWithout } from './instance-pages.ts';

const skip = skipWithout({ [`${POSTGRES_BIN}/postgres`]: havePostgres });

const STEPS = 10;
const dir = mkdtempSync(join(tmpdir(), 'trainboard-two-servers-pins-'));
const logdir = join(dir, 'logs');
let redis: TestRedis | undefined;
let db: TestPostgres | undefined;
let nginx: NginxFront | undefined;
let writers = new Map<string, SummaryWriter>();
const servers: ServeChild[] = [];
const browsers: Browser[] = [];

before(async () => {
  if (skip) return;
  ensureClientBuilt();
  writers = writeScalarSessions(logdir, ['sess-a', 'sess-b'], ['epoch_loss'], STEPS);
  [redis, db] = await Promise.all([startRedis(), startPostgres()]);
  const args = ['--logdir', logdir, '--redis', redis.url, '--runstore', db.url, '--reload_interval', '1'];
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
  for (const w of writers.values()) w.close();
  await redis?.stop();
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const row = (run: string): string => `[data-testid="run-item"][data-run=${JSON.stringify(run)}]`;
const listed = (): string =>
  `JSON.stringify([...document.querySelectorAll('[data-testid="run-item"]')].map((e) => e.dataset.run))`;

async function waitListed(page: Page, runs: string[]): Promise<void> {
  await until(page, `${listed()} === ${JSON.stringify(JSON.stringify(runs))}`, 15_000);
}

async function waitDisplayName(page: Page, run: string, name: string): Promise<void> {
  await until(
    page,
    `document.querySelector(${JSON.stringify(`${row(run)} .run-name`)})?.textContent === ${JSON.stringify(name)}`,
    15_000,
  );
}

async function storedRows(): Promise<{ run: string; display_name: string | null; pinned: number }[]> {
  const client = new pg.Client({ connectionString: db!.url });
  await client.connect();
  try {
    const r = await client.query<{ run: string; display_name: string | null; pinned: number }>(
      'SELECT run, display_name, pinned FROM run_annotations ORDER BY run',
    );
    return r.rows;
  } finally {
    await client.end();
  }
}

describe('two servers behind nginx with a PostgreSQL run store: pins and names', { skip }, () => {
  test('a pin and a rename on instance 1 reach a page on instance 2 live, and both after a reload', async () => {
    const byInstance = await openPagePerInstance(nginx!, browsers, {
      theme: 'light',
      width: 1280,
      height: 800,
    });
    assert.equal(byInstance.size, 2, 'nginx spreads route cookies over both instances');
    const [addrA, addrB] = [...byInstance.keys()] as [string, string];
    const pages = [...byInstance.values()];
    const [a, b] = pages as [Page, Page];
    assert.equal(await servedBy(a), addrA, 'page A is served by instance 1');
    assert.equal(await servedBy(b), addrB, 'page B is served by instance 2');

    const all = ['sess-b/train', 'sess-b/validation', 'sess-a/train', 'sess-a/validation'];
    for (const page of pages) {
      await waitListed(page, all);
      await waitForPoints(page, 'epoch_loss', 4 * STEPS, 30_000);
    }

    // the same points: a live point written to the shared logdir reaches both pages
    const live = writers.get('sess-a/train')!;
    live.scalar('epoch_loss', 0.01, STEPS);
    live.flush();
    for (const page of pages) await waitForPoints(page, 'epoch_loss', 4 * STEPS + 1, 30_000);

    // page A pins a run: page B lists its session first without a reload
    await a.click(`${row('sess-a/validation')} [data-testid="run-pin"]`);
    const pinnedFirst = ['sess-a/validation', 'sess-a/train', 'sess-b/train', 'sess-b/validation'];
    await waitListed(a, pinnedFirst);
    await waitListed(b, pinnedFirst);
    assert.equal(
      await b.getAttribute(`${row('sess-a/validation')} [data-testid="run-pin"]`, 'aria-pressed'),
      'true',
    );

    // page A renames a run from its editor: page B shows the new name without a reload
    await a.click(`${row('sess-b/train')} [data-testid="run-menu"]`);
    await a.waitForSelector('dialog.run-editor-dialog[open]');
    await a.fill('[data-testid="run-display-name"]', 'Baseline (lr 0.1)');
    await a.click('[data-testid="run-save"]');
    await a.waitForSelector('dialog.run-editor-dialog[open]', { state: 'detached' });
    for (const page of pages) await waitDisplayName(page, 'sess-b/train', 'Baseline (lr 0.1)');

    // stored once, in PostgreSQL, not in a SQLite file of the logdir
    assert.deepEqual(await storedRows(), [
      { run: 'sess-a/validation', display_name: null, pinned: 1 },
      { run: 'sess-b/train', display_name: 'Baseline (lr 0.1)', pinned: 0 },
    ]);
    assert.equal(existsSync(join(logdir, 'trainboard.sqlite')), false, 'no SQLite run store in the logdir');

    // after a reload, each page (still on its own instance) reads them back from PostgreSQL
    for (const page of pages) {
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
      await waitListed(page, pinnedFirst);
      await waitDisplayName(page, 'sess-b/train', 'Baseline (lr 0.1)');
      await waitForPoints(page, 'epoch_loss', 4 * STEPS + 1, 30_000);
    }
    assert.equal(await servedBy(a), addrA);
    assert.equal(await servedBy(b), addrB);
    for (const br of browsers) assert.deepEqual(br.errors, [], 'no console or page errors');
  });
});
