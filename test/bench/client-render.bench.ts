// Browser benchmark of the dashboard in headless Chromium: time to the first rendered chart on a logdir of
// 50 runs x 10 tags x N steps, then the frame time while all 50 runs stream live (one step of every tag per run
// every 100 ms, 5,000 points/s). Anchors measured in the same run: the page's own DOMContentLoaded for the
// first chart, and the idle frame time of the same page for the streaming frame time. The writers, the server
// and Chromium share this machine's cores, as they would on a laptop running a training and its dashboard.
// Size: default 50 x 10 x 2,000 steps (1M points); TRAINBOARD_CLIENT_BENCH=full for the issue's 20,000 steps (10M).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { createSummaryWriter, type SummaryWriter } from '../../tfevents/node/summary-writer.ts';
import { ensureClientBuilt, launchBrowser, CHROMIUM } from '../e2e/support/browser-harness.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';
import { generateScalarLogdir } from './generate-logdir.ts';

const RUNS = 50;
const TAGS = 10;
const STREAM_SECS = 5;

/** Page-side: rAF frame intervals over `ms` milliseconds. */
const FRAME_PROBE = (ms: number): string => `new Promise((resolve) => {
  const deltas = []; let last = performance.now(); const end = last + ${ms};
  const tick = (t) => { deltas.push(t - last); last = t; if (t < end) requestAnimationFrame(tick); else resolve(deltas); };
  requestAnimationFrame(tick);
})`;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

export default async function clientRenderBench(ctx: BenchContext): Promise<BenchResult[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const steps = process.env.TRAINBOARD_CLIENT_BENCH === 'full' ? 20_000 : 2_000;
  ensureClientBuilt();
  const dir = join(ctx.root, '.cache', 'bench', `client-${RUNS}x${TAGS}x${steps}`);
  mkdirSync(dir, { recursive: true });
  const gen = generateScalarLogdir(dir, { runs: RUNS, tagsPerRun: TAGS, stepsPerTag: steps });
  ctx.log(
    `logdir ${dir}: ${gen.events.toLocaleString()} points (${gen.generated ? `written in ${gen.writeSecs.toFixed(1)} s` : 'reused'})`,
  );

  const t0 = performance.now();
  const app = createApp({ logdir: dir, reloadIntervalSecs: 1, log: () => {} });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  await app.ready();
  ctx.log(`server read the logdir in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/`;
  const browser = await launchBrowser();
  const writers: SummaryWriter[] = [];
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(url);
    await page.waitForFunction(
      `document.querySelector('[data-testid="scalar-card"] canvas') !== null`,
      undefined,
      {
        timeout: 120_000,
        polling: 'raf',
      },
    );
    const firstChart = await page.evaluate<number>('performance.now()');
    const domLoaded = await page.evaluate<number>(
      "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd",
    );
    const expected = String(RUNS * steps);
    await page.waitForFunction(
      `[...document.querySelectorAll('[data-testid="scalar-card"]')].every((c) => c.getAttribute('data-points') === '${expected}')`,
      undefined,
      { timeout: 120_000 },
    );
    const allCounted = await page.evaluate<number>('performance.now()');
    const idle = await page.evaluate<number[]>(FRAME_PROBE(3000));

    // stream: every 100 ms each run writes one new step of every tag
    for (const run of gen.runs) writers.push(createSummaryWriter(join(dir, run), { flushMs: 50 }));
    let step = steps;
    const timer = setInterval(() => {
      for (const w of writers)
        for (let t = 0; t < TAGS; t++) w.scalar(`loss_${String(t).padStart(2, '0')}`, Math.random(), step);
      step++;
    }, 100);
    const streaming = await page.evaluate<number[]>(FRAME_PROBE(STREAM_SECS * 1000));
    clearInterval(timer);
    for (const w of writers) w.flush();
    const written = step - steps;
    const want = String(RUNS * (steps + written));
    const streamEnd = performance.now();
    try {
      await page.waitForFunction(
        `document.querySelector('[data-testid="scalar-card"][data-tag="loss_00"]')?.getAttribute('data-points') === '${want}'`,
        undefined,
        { timeout: 180_000 },
      );
    } catch (err) {
      const got = await page.getAttribute('[data-testid="scalar-card"][data-tag="loss_00"]', 'data-points');
      throw new Error(`after streaming, loss_00 holds ${got} points, expected ${want}`, { cause: err });
    }
    const converged = (performance.now() - streamEnd) / 1000;
    const med = quantile(streaming, 0.5);
    const idleMed = quantile(idle, 0.5);
    return [
      {
        name: 'logdir',
        value: `${RUNS} runs x ${TAGS} tags x ${steps} steps`,
        unit: '',
        note: `${gen.events.toLocaleString()} points`,
      },
      {
        name: 'first rendered chart',
        value: Math.round(firstChart),
        unit: 'ms',
        note: `${(firstChart / domLoaded).toFixed(1)}x DOMContentLoaded (${Math.round(domLoaded)} ms)`,
      },
      {
        name: 'every card holds every point',
        value: Math.round(allCounted),
        unit: 'ms',
        note: `${(allCounted / firstChart).toFixed(2)}x first chart`,
      },
      {
        name: 'frame time while 50 runs stream (median)',
        value: Number(med.toFixed(1)),
        unit: 'ms',
        note: `${(med / idleMed).toFixed(2)}x idle median (${idleMed.toFixed(1)} ms)`,
      },
      {
        name: 'frame time while 50 runs stream (p95)',
        value: Number(quantile(streaming, 0.95).toFixed(1)),
        unit: 'ms',
        note: `${(quantile(streaming, 0.95) / quantile(idle, 0.95)).toFixed(2)}x idle p95 (${quantile(idle, 0.95).toFixed(1)} ms)`,
      },
      {
        name: 'points streamed to the page',
        value: RUNS * TAGS * written,
        unit: 'points',
        note: `${Math.round((RUNS * TAGS * written) / STREAM_SECS)} points/s; every card exact ${converged.toFixed(1)} s after the last write`,
      },
    ];
  } finally {
    for (const w of writers) {
      w.close();
      rmSync(w.path, { force: true }); // keep the cached logdir as generated
    }
    await browser.close();
    await app.close();
  }
}
