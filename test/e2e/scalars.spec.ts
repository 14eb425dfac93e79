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

/** Page-side: keeps the card's canvas pixels as window.__pixels[name]. */
const snapshot = (tag: string, name: string): string => `(() => {
  const c = document.querySelector('[data-testid="scalar-card"][data-tag=${JSON.stringify(tag)}] canvas');
  (window.__pixels ??= {})[${JSON.stringify(name)}] = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
})()`;

/** Page-side: how many pixels of the card's canvas differ (by more than 24 in a channel) from snapshot `name`. */
const differs = (tag: string, name: string): string => `(() => {
  const c = document.querySelector('[data-testid="scalar-card"][data-tag=${JSON.stringify(tag)}] canvas');
  const now = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const then = window.__pixels[${JSON.stringify(name)}];
  if (then.length !== now.length) return -1;
  let n = 0;
  for (let i = 0; i < now.length; i += 4)
    if (Math.max(Math.abs(now[i] - then[i]), Math.abs(now[i + 1] - then[i + 1]), Math.abs(now[i + 2] - then[i + 2]), Math.abs(now[i + 3] - then[i + 3])) > 24) n++;
  return n;
})()`;

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

  await t.test('a live point inside the axes is drawn as a full redraw draws it', async () => {
    // steps 0-39 and values up to about 3.1: the axes run to step 40 and past 3, so the point at step 40 is
    // drawn as appended segments (run-lines-plugin.ts drawAppended), without a Chart.js update
    const tag = 'optimizer/learning_rate';
    const card = `[data-testid="scalar-card"][data-tag="${tag}"]`;
    const appendedBefore = Number((await page.getAttribute(card, 'data-appended')) ?? 0);
    await page.evaluate(snapshot(tag, 'before'));
    const w = writers.get('alpha/train');
    assert.ok(w);
    w.scalar(tag, 2.8, STEPS);
    w.flush();
    await waitForPoints(page, tag, 4 * STEPS + 1, 1000);
    for (let i = 0; (await page.evaluate<number>(differs(tag, 'before'))) === 0; i++) {
      assert.ok(i < 40, 'the card did not draw the new point');
      await page.waitForTimeout(50);
    }
    await page.evaluate(snapshot(tag, 'appended'));
    const appended = Number((await page.getAttribute(card, 'data-appended')) ?? 0);
    assert.ok(appended > appendedBefore, 'drawn as appended segments, without a Chart.js update');
    // a full redraw of the same data: ignoring outliers and back rebuilds the chart from its datasets
    await page.check('[data-testid="ignore-outliers"]');
    await page.uncheck('[data-testid="ignore-outliers"]');
    await page.waitForTimeout(400);
    const drawnAnew = await page.evaluate<number>(differs(tag, 'before'));
    const sinceAppended = await page.evaluate<number>(differs(tag, 'appended'));
    // the new segments cover well over a hundred pixels; where they join the old lines a few pixels blend
    // differently, and the appended segments lie over the lines drawn after them
    assert.ok(drawnAnew > 100, `the new point changed ${drawnAnew} pixels`);
    assert.ok(sinceAppended < drawnAnew / 10, `${sinceAppended} of ${drawnAnew} pixels differ`);
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
