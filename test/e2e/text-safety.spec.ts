// Browser test of the text view: a text summary holding <script> and <img onerror> (and a hostile run name)
// renders as visible text, runs nothing and adds no element; Markdown still renders; no console errors.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createSummaryWriter } from '../../tfevents/node/summary-writer.ts';
import { readGlobal } from './support/page-probes.ts';
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

// a script block, then inline HTML inside a Markdown paragraph
const HOSTILE =
  '<script>window.__pwned = 1</script>\n\nInline <img src=x onerror="window.__pwned = 2"> and **bold**';
const RUN = 'notes/<b>run</b>';
let logdir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;

before(() => {
  ensureClientBuilt();
  logdir = tempLogdir('text');
  const w = createSummaryWriter(join(logdir, RUN), { flushMs: 0 });
  w.text('notes', HOSTILE, 1);
  w.text('notes', '# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |', 2);
  w.scalar('loss', 1, 1);
  w.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(logdir, { recursive: true, force: true });
});

test('a text summary containing <script> and <img onerror> renders as text', async (t) => {
  if (!requireChromium(t)) return;
  server = await startServer(logdir);
  browser = await launchBrowser();
  const page = await browser.open(`${server.url}?view=text`, { theme: 'light', width: 1200, height: 700 });
  await page.waitForSelector('[data-testid="text-card"] .markdown');
  const card = page.locator('[data-testid="text-card"]');
  const text = (await card.textContent()) ?? '';
  assert.ok(text.includes('<script>window.__pwned = 1</script>'), 'the script tag is shown as text');
  assert.ok(text.includes('<img src=x onerror="window.__pwned = 2">'), 'the img tag is shown as text');
  assert.equal(await card.locator('script').count(), 0);
  assert.equal(await card.locator('.markdown img').count(), 0);
  assert.equal(await card.locator('strong').first().textContent({ timeout: 2000 }), 'bold');
  assert.equal(await card.locator('table td').first().textContent(), '1');
  assert.equal(await readGlobal(page, '__pwned'), undefined);
  // the hostile run name is text in the run list too
  assert.equal(await page.locator(`[data-testid="run-item"][data-run="${RUN}"] b`).count(), 0);
  await page.waitForTimeout(100);
  await screenshot(page, 'text-safety');
  assert.deepEqual(browser.errors, []);
});
