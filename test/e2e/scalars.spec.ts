// Browser test of the scalars dashboard against the real server: a card per tag with the right raw point count,
// a live point reaching its card within a second, redraws on smoothing / x-axis / log-scale changes, solo by
// double-click, settings in the URL, both themes, and no console errors.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ensureClientBuilt,
  launchBrowser,
  requireChromium,
  screenshot,
  startServer,
  tempLogdir,
  type Browser,
  type RunningServer,
} from './support/browser-harness.ts';
import { attributeList, cardImage, waitForCount, waitForPoints } from './support/page-probes.ts';
import { writeScalarSessions } from './support/session-fixtures.ts';
import type { SummaryWriter } from '../../tfevents/node/summary-writer.ts';

const TAGS = ['epoch_loss', 'epoch_accuracy', 'optimizer/learning_rate'];
const STEPS = 40;
let logdir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;
let writers = new Map<string, SummaryWriter>();

before(() => {
  ensureClientBuilt();
  logdir = tempLogdir('scalars');
  writers = writeScalarSessions(logdir, ['alpha', 'beta'], TAGS, STEPS);
});

after(async () => {
  for (const w of writers.values()) w.close();
  await browser?.close();
  await server?.close();
  rmSync(logdir, { recursive: true, force: true });
});

/** Waits until the card's canvas differs from `before` (the chart redrew). */
async function redrawn(page: Page, tag: string, before: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await cardImage(page, tag)) !== before) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`card ${tag} did not redraw`);
}

test('scalars dashboard: cards, live points, redraws, solo, URL state and themes', async (t) => {
  if (!requireChromium(t)) return;
  server = await startServer(logdir);
  browser = await launchBrowser();
  const page = await browser.open(server.url, { theme: 'light' });

  await t.test('a card per tag holds every raw point of its runs', async () => {
    await waitForCount(page, '[data-testid="scalar-card"]', TAGS.length);
    const tags = await attributeList(page, '[data-testid="scalar-card"]', 'data-tag');
    const points = await attributeList(page, '[data-testid="scalar-card"]', 'data-points');
    assert.deepEqual(tags.sort(), [...TAGS].sort());
    assert.deepEqual(
      points,
      TAGS.map(() => String(4 * STEPS)),
    );
    const runs = await attributeList(page, '[data-testid="run-item"]', 'data-run');
    assert.deepEqual(runs.sort(), ['alpha/train', 'alpha/validation', 'beta/train', 'beta/validation']);
    assert.equal(await page.locator('[data-testid="status-badge"]').count(), 2);
    await waitForCount(page, '[data-testid="scalar-card"] canvas', TAGS.length);
    await page.waitForTimeout(150);
    await screenshot(page, 'scalars-light');
  });

  await t.test('a point appended by a writer reaches its card within a second', async () => {
    const beforeImage = await cardImage(page, 'epoch_loss');
    const w = writers.get('alpha/train');
    assert.ok(w);
    w.scalar('epoch_loss', 2.5, STEPS);
    w.flush();
    await waitForPoints(page, 'epoch_loss', 4 * STEPS + 1, 1000);
    await redrawn(page, 'epoch_loss', beforeImage);
  });

  await t.test('smoothing, x-axis and log-scale changes redraw the charts and land in the URL', async () => {
    let img = await cardImage(page, 'epoch_loss');
    await page.fill('input[aria-label="Smoothing value"]', '0.95');
    await page.press('input[aria-label="Smoothing value"]', 'Enter');
    await redrawn(page, 'epoch_loss', img);
    img = await cardImage(page, 'epoch_loss');
    await page.selectOption('[data-testid="x-axis"]', 'relative');
    await redrawn(page, 'epoch_loss', img);
    img = await cardImage(page, 'epoch_loss');
    await page.check('[data-testid="log-y"]');
    await redrawn(page, 'epoch_loss', img);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('smoothing'), '0.95');
    assert.equal(url.searchParams.get('x'), 'relative');
    assert.equal(url.searchParams.get('logy'), '1');
  });

  await t.test('double-clicking a run shows only that run', async () => {
    await page.dblclick('[data-testid="run-item"][data-run="beta/validation"]');
    await waitForPoints(page, 'epoch_accuracy', STEPS);
    await page.click('text=Show all');
    await waitForPoints(page, 'epoch_accuracy', 4 * STEPS);
  });

  await t.test('the dark theme applies and the page reloads with the URL settings', async () => {
    await page.uncheck('[data-testid="log-y"]');
    await page.keyboard.press('t'); // auto -> light
    await page.keyboard.press('t'); // light -> dark
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.equal(await page.inputValue('input[aria-label="Smoothing value"]'), '0.95');
    await waitForCount(page, '[data-testid="scalar-card"] canvas', TAGS.length);
    await page.waitForTimeout(150);
    await screenshot(page, 'scalars-dark');
  });

  assert.deepEqual(browser.errors, []);
});
