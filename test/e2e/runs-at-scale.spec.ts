// Browser test of the dashboard at 2,000 runs against the real server: the virtualised runs list (only rows in
// view are in the DOM, scrolling reaches the last run, a selection survives scrolling, the filter narrows it),
// charts fetching only the cards on screen and only the drawn runs (the requests counted), and a catastrophic
// run regex from a shared URL leaving the page responsive (RE2 in the client), with an invalid one reported.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { MAX_DRAWN_RUNS } from '../../client/runs/drawn-runs.ts';
import { createSummaryWriter } from '../../tfevents/node/summary-writer.ts';
import { generateScalarLogdir } from '../bench/generate-logdir.ts';
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
import { attributeList } from './support/page-probes.ts';

const RUNS = 2000;
const TAGS = 24;
/** A run whose name makes `(a|a)*b` backtrack 2^40 times in a backtracking engine. */
const A_RUN = `${'a'.repeat(40)}/train`;
const ROW = '[data-testid="run-item"]';
const FILTER = 'input[aria-label="Filter runs by regular expression"]';
let logdir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;

before(() => {
  ensureClientBuilt();
  logdir = tempLogdir('scale');
  generateScalarLogdir(logdir, { runs: RUNS, tagsPerRun: TAGS, stepsPerTag: 3 });
  const w = createSummaryWriter(join(logdir, A_RUN), { flushMs: 0 });
  w.scalar('loss_00', 1, 0, { wallTime: 1795000000 });
  w.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(logdir, { recursive: true, force: true });
});

async function scrollList(page: Page, to: 'top' | 'bottom'): Promise<void> {
  await page.evaluate(
    `(() => { const l = document.querySelector('.run-list'); l.scrollTop = ${to === 'top' ? 0 : 'l.scrollHeight'}; })()`,
  );
}

test('runs list, filter and charts at 2,000 runs', async (t) => {
  if (!requireChromium(t)) return;
  server = await startServer(logdir);
  browser = await launchBrowser();
  const requested: { run: string; tag: string }[] = [];
  const page = await browser.context.newPage();
  page.on('request', (req) => {
    if (!req.url().endsWith('/api/series') || req.method() !== 'POST') return;
    const body = JSON.parse(req.postData() ?? '{}') as { series?: { run: string; tag: string }[] };
    requested.push(...(body.series ?? []));
  });
  // every card that held a chart at some moment: while the page lays out (listings arriving, the toolbar
  // settling) a card at the edge of the viewport's margin may attach, fetch and detach again
  await page.addInitScript({
    content: `
      window.attachedEver = new Set();
      const note = (el) => {
        const tag = el.getAttribute('data-tag');
        if (tag !== null && el.hasAttribute('data-attached')) window.attachedEver.add(tag);
      };
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') note(r.target);
          for (const n of r.addedNodes)
            if (n instanceof Element) for (const el of n.querySelectorAll('[data-attached]')) note(el);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-attached'] });
    `,
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector(`${ROW}[data-run="run-000/train"]`);

  await t.test('charts fetch only the cards on screen, and only the drawn runs', async () => {
    await page.waitForFunction(
      `[...document.querySelectorAll('[data-testid="scalar-card"][data-attached]')].every((c) => c.hasAttribute('data-first-draw'))`,
    );
    await page.waitForTimeout(300);
    // a card holds a chart (data-attached) while near the viewport
    const onScreen = await attributeList(page, '[data-testid="scalar-card"][data-attached]', 'data-tag');
    assert.ok(onScreen.length > 0 && onScreen.length < TAGS, `${onScreen.length} cards hold a chart`);
    const drawn = new Set(await attributeList(page, `${ROW}[data-drawn="true"]`, 'data-run'));
    assert.ok(drawn.size > 0);
    const tags = new Set(requested.map((s) => s.tag));
    const attachedEver = await page.evaluate<string[]>('[...window.attachedEver]');
    for (const tag of tags) assert.ok(attachedEver.includes(tag), `fetched ${tag}, which never held a chart`);
    const runs = new Set(requested.map((s) => s.run));
    assert.ok(runs.size <= MAX_DRAWN_RUNS, `${runs.size} runs fetched`);
    assert.ok(requested.length <= onScreen.length * MAX_DRAWN_RUNS, `${requested.length} series fetched`);
    // the last card is off screen until scrolled to; then its series are fetched
    const last = `loss_${String(TAGS - 1).padStart(2, '0')}`;
    assert.ok(!tags.has(last));
    await page.locator(`[data-testid="scalar-card"][data-tag="${last}"]`).scrollIntoViewIfNeeded();
    await page.waitForFunction(
      `document.querySelector('[data-testid="scalar-card"][data-tag="${last}"]')?.hasAttribute('data-first-draw')`,
      undefined,
      { timeout: 10_000 },
    );
    assert.ok(requested.some((s) => s.tag === last));
    await screenshot(page, 'runs-at-scale');
  });

  await t.test('the runs list holds only the rows in view, and scrolling reaches the last run', async () => {
    assert.equal(await page.textContent('[data-testid="run-counter"]'), `${RUNS + 1}/${RUNS + 1}`);
    const before = await page.locator(ROW).count();
    assert.ok(before > 5 && before < 100, `${before} run rows in the DOM`);
    await scrollList(page, 'bottom');
    // sessions of equal start time are listed by name: run-999 sorts after run-1999
    await page.waitForSelector(`${ROW}[data-run="run-999/train"]`, { timeout: 5000 });
    assert.equal(await page.locator(`${ROW}[data-run="run-000/train"]`).count(), 0);
    assert.ok((await page.locator(ROW).count()) < 100);
    await screenshot(page, 'runs-at-scale-bottom');
  });

  await t.test('a run switched off stays off after scrolling away and back', async () => {
    await scrollList(page, 'top');
    const row = `${ROW}[data-run="run-001/train"]`;
    await page.waitForSelector(row);
    await page.uncheck(`${row} input[type="checkbox"]`);
    await scrollList(page, 'bottom');
    await page.waitForSelector(`${ROW}[data-run="run-999/train"]`);
    assert.equal(await page.locator(row).count(), 0, 'the row left the DOM');
    await scrollList(page, 'top');
    await page.waitForSelector(row);
    assert.equal(await page.isChecked(`${row} input[type="checkbox"]`), false);
    assert.equal(await page.getAttribute(row, 'data-drawn'), 'false');
    assert.deepEqual(new URL(page.url()).searchParams.getAll('hide'), ['run-001/train']);
    await page.check(`${row} input[type="checkbox"]`);
  });

  await t.test('typing into the filter narrows the list to the matching run', async () => {
    // from the bottom of the list: the list shrinks to two rows under a scroll offset far past its end
    await scrollList(page, 'bottom');
    await page.waitForSelector(`${ROW}[data-run="run-999/train"]`);
    await page.fill(FILTER, 'run-1999');
    await page.waitForFunction(`document.querySelectorAll('${ROW}').length === 1`);
    assert.deepEqual(await attributeList(page, ROW, 'data-run'), ['run-1999/train']);
    assert.equal(await page.textContent('[data-testid="run-counter"]'), `1/${RUNS + 1}`);
    assert.ok(await page.isVisible(`${ROW}[data-run="run-1999/train"]`), 'the matching row is in view');
    await screenshot(page, 'runs-filter');
    await page.fill(FILTER, '');
    await page.waitForFunction(`document.querySelectorAll('${ROW}').length > 1`);
  });

  await t.test('a catastrophic run regex from the URL leaves the page responsive', async () => {
    await page.goto(`${server!.url}?runs=${encodeURIComponent('(a|a)*b')}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    await page.waitForSelector('text=No run matches the filters.', { timeout: 15_000 });
    assert.equal(await page.textContent('[data-testid="run-counter"]'), `0/${RUNS + 1}`);
    assert.equal(await page.evaluate<number>('1 + 1'), 2);
    await page.fill(FILTER, '^(a|a)+/train$');
    await page.waitForFunction(`document.querySelectorAll('${ROW}').length === 1`);
    assert.deepEqual(await attributeList(page, ROW, 'data-run'), [A_RUN]);
  });

  await t.test('an invalid run regex from the URL is reported and ignored', async () => {
    await page.goto(`${server!.url}?runs=${encodeURIComponent('(?=a)')}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    await page.waitForSelector('text=Run regex ignored: invalid regular expression');
    assert.equal(await page.textContent('[data-testid="run-counter"]'), `${RUNS + 1}/${RUNS + 1}`);
  });

  assert.deepEqual(browser.errors, []);
});
