// Browser test of the rest of the dashboard: the empty state of an empty logdir, images with a step slider,
// drag-to-zoom with reset, grouping runs by regex, and a damaged-record warning in the runs sidebar.
import assert from 'node:assert/strict';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { encodePng } from '../../tfevents/node/png-encoder.ts';
import { createSummaryWriter } from '../../tfevents/node/summary-writer.ts';
import { frameRecord } from '../../tfevents/record-writer.ts';
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
import { cardImage, waitForCount } from './support/page-probes.ts';
import { writeScalarSessions } from './support/session-fixtures.ts';

let emptyDir = '';
let dataDir = '';
const servers: RunningServer[] = [];
let browser: Browser | undefined;

function gradient(width: number, height: number, shift: number): Uint8Array {
  const px = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      px[i] = (x * 8 + shift) & 255;
      px[i + 1] = (y * 8) & 255;
      px[i + 2] = shift & 255;
    }
  return encodePng(width, height, 3, px);
}

before(() => {
  ensureClientBuilt();
  emptyDir = tempLogdir('empty');
  dataDir = tempLogdir('extras');
  for (const w of writeScalarSessions(
    dataDir,
    ['lr-0.1-a', 'lr-0.1-b', 'lr-0.3-a'],
    ['epoch_loss'],
    30,
  ).values())
    w.close();
  const img = createSummaryWriter(join(dataDir, 'images-run'), { flushMs: 0 });
  for (let step = 0; step < 3; step++)
    img.image('samples', [{ width: 32, height: 32, png: gradient(32, 32, step * 80) }], step);
  img.close();
  // a record whose payload fails its CRC, appended to a run's event file
  const bad = frameRecord(new Uint8Array([8, 1, 16, 2]));
  bad[12] = (bad[12] ?? 0) ^ 0xff;
  const damaged = createSummaryWriter(join(dataDir, 'damaged-run'), { flushMs: 0 });
  damaged.scalar('epoch_loss', 1, 0);
  damaged.flush();
  appendFileSync(damaged.path, bad);
  damaged.close();
});

after(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  rmSync(emptyDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

test('empty state, images, zoom, grouping and damage warnings', async (t) => {
  if (!requireChromium(t)) return;
  browser = await launchBrowser();

  await t.test('an empty logdir explains how to start a training', async () => {
    const server = await startServer(emptyDir);
    servers.push(server);
    const page = await browser!.open(server.url, { theme: 'light', width: 1200, height: 640 });
    await page.waitForSelector('.empty-state');
    const text = (await page.textContent('.empty-state')) ?? '';
    assert.match(text, /No runs yet/);
    assert.match(text, /trainboard train fashion-mnist --logdir/);
    await screenshot(page, 'empty-state');
    await page.close();
  });

  const server = await startServer(dataDir);
  servers.push(server);

  await t.test('the images view shows an image and its slider reaches every step', async () => {
    const page = await browser!.open(`${server.url}?view=images`, {
      theme: 'dark',
      width: 1200,
      height: 640,
    });
    await page.waitForSelector('.image-card img.sample-image');
    const slider = page.locator('.image-card input[type="range"]');
    assert.equal(await slider.getAttribute('max'), '2');
    await slider.fill('0');
    assert.match((await page.textContent('.image-card .slider-row')) ?? '', /step 0 \(1\/3\)/);
    await page.waitForFunction(
      `[...document.querySelectorAll('img.sample-image')].every((i) => i.complete && i.naturalWidth === 32)`,
    );
    await screenshot(page, 'images');
    await page.close();
  });

  await t.test('dragging across a chart zooms into that range and double-click resets it', async () => {
    const page = await browser!.open(`${server.url}?view=scalars&runs=lr-`, {
      theme: 'light',
      width: 1200,
      height: 700,
    });
    await waitForCount(page, '[data-testid="scalar-card"] canvas', 1);
    const card = page.locator('[data-testid="scalar-card"][data-tag="epoch_loss"]');
    await page.waitForFunction(
      `document.querySelector('[data-testid="scalar-card"]')?.dataset.firstDraw !== undefined`,
    );
    const before = await cardImage(page, 'epoch_loss');
    const box = await card.locator('canvas').boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await card.locator('button', { hasText: 'Reset zoom' }).waitFor({ state: 'visible' });
    // the chart redraws on a later animation frame (client/scalars/redraw-scheduler.ts): wait for it, up to 5 s
    let after = await cardImage(page, 'epoch_loss');
    for (const deadline = Date.now() + 5000; after === before && Date.now() < deadline;) {
      await new Promise((ok) => setTimeout(ok, 50));
      after = await cardImage(page, 'epoch_loss');
    }
    assert.notEqual(after, before);
    await screenshot(page, 'scalars-zoomed');
    await card.locator('canvas').dblclick();
    await card.locator('button', { hasText: 'Reset zoom' }).waitFor({ state: 'hidden' });
    await page.close();
  });

  await t.test('grouping runs by regex draws one mean line per group with a band', async () => {
    const page = await browser!.open(
      `${server.url}?view=scalars&runs=lr-&group=regex&groupkey=${encodeURIComponent('^(lr-[\\d.]+)')}`,
      {
        theme: 'light',
        width: 1200,
        height: 700,
      },
    );
    await page.waitForFunction(
      `document.querySelector('[data-testid="scalar-card"]')?.dataset.firstDraw !== undefined`,
    );
    await page.waitForTimeout(150);
    await screenshot(page, 'scalars-grouped');
    const ungrouped = await cardImage(page, 'epoch_loss');
    await page.selectOption('select[aria-label="Group runs"]', 'none');
    await page.waitForFunction(`true`);
    for (let i = 0; i < 40 && (await cardImage(page, 'epoch_loss')) === ungrouped; i++)
      await page.waitForTimeout(50);
    assert.notEqual(await cardImage(page, 'epoch_loss'), ungrouped, 'switching grouping off redraws');
    await page.close();
  });

  await t.test('a damaged record shows a warning on its session', async () => {
    const page = await browser!.open(`${server.url}?view=scalars&runs=damaged`, {
      theme: 'light',
      width: 1200,
      height: 640,
    });
    const warning = page.locator('[data-session="damaged-run"] .damage-warning');
    await warning.waitFor();
    assert.match((await warning.textContent()) ?? '', /1 damaged record/);
    assert.match(
      (await warning.getAttribute('title')) ?? '',
      /damaged-run\/events\.out\.tfevents\.[^@]+@ byte \d+: data-crc/,
    );
    // the server's counters in the top bar report it too
    const health = page.locator('[data-testid="server-health"]');
    await page.locator('[data-testid="server-health"]', { hasText: '1 damaged' }).waitFor();
    assert.match((await health.getAttribute('class')) ?? '', /health-damaged/);
    assert.match((await health.getAttribute('title')) ?? '', /1 damaged record\n.*client/);
    await screenshot(page, 'server-health');
    await page.close();
  });

  assert.deepEqual(browser.errors, []);
});
