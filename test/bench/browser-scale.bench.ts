// Browser benchmark at scale (issue 13 item 3): a real server child on a generated logdir of 2,000 runs x 10 tags,
// headless Chromium through playwright-core, and a child writer adding 50 live runs x 10 tags (one step every
// 100 ms each: 5,000 points/s). Measures, in the page: time to the first drawn chart, the runs-filter latency
// (each keystroke's input event to the frame painted after the list updated), and the frame time (rAF deltas)
// while the 50 runs stream. Anchors measured in the same run and browser: the dashboard's own DOMContentLoaded,
// and a bare page's keystroke latency and frame time. Also reports how many run rows the DOM holds and how many
// series the page fetched (TensorBoard fetches every run's series).
// Size: TRAINBOARD_BROWSER_SCALE_STEPS steps per tag (default 200: 4M points on disk). Profiling:
// TRAINBOARD_BROWSER_SCALE_PROFILE=<dir> records a Chromium trace and a CPU profile of each phase (load, filter,
// stream) into <dir> and logs where the time went (browser-phase-profile.ts); the figures of such a run are
// slowed by the recording and are not results.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ApiHealthResponse, ApiTagsResponse } from '../../contract/index.ts';
import { MAX_DRAWN_RUNS } from '../../client/runs/drawn-runs.ts';
import { ensureClientBuilt, launchBrowser, CHROMIUM } from '../e2e/support/browser-harness.ts';
import { attributeList } from '../e2e/support/page-probes.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';
import { startPhaseProfile, type PhaseProfiler } from './browser-phase-profile.ts';
import { generateScalarLogdir } from './generate-logdir.ts';

const RUNS = 2000;
const TAGS = 10;
const LIVE_RUNS = 50;
const LIVE_INTERVAL_MS = 100;
const STREAM_SECS = envNum('TRAINBOARD_BROWSER_SCALE_STREAM_SECS', 8);
const FILTER_TEXT = 'run-1999';

/** Page-side: rAF frame intervals over `ms` milliseconds. */
const FRAME_PROBE = (ms: number): string => `new Promise((resolve) => {
  const deltas = []; let last = performance.now(); const end = last + ${ms};
  const tick = (t) => { deltas.push(t - last); last = t; if (t < end) requestAnimationFrame(tick); else resolve(deltas); };
  requestAnimationFrame(tick);
})`;

/** Page-side: for every 'input' event on `selector`, the time from the event to the end of the next frame
 *  (rAF, then a message task: after the frame's style, layout and paint), collected in window.__keyLatency. */
const KEY_PROBE = (selector: string): string => `(() => {
  window.__keyLatency = [];
  const el = document.querySelector(${JSON.stringify(selector)});
  el.addEventListener('input', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__keyLatency.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, { capture: true });
})()`;

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function envNum(name: string, dflt: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : dflt;
}

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/** Types `text`, erases it and types it again, twice (40 keystrokes for 8 characters, each an input event, so
 *  the p95 is a quantile and not the slowest of 8); the field ends holding `text`. */
async function typeMeasured(page: Page, selector: string, text: string): Promise<number[]> {
  await page.evaluate(KEY_PROBE(selector));
  await page.click(selector);
  const chars = [...text];
  const erase = chars.map(() => 'Backspace');
  for (const key of [...chars, ...erase, ...chars, ...erase, ...chars]) {
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.type(key);
    await page.waitForTimeout(120); // a fast typist: about 8 keys a second
  }
  await page.waitForTimeout(300);
  return page.evaluate<number[]>('window.__keyLatency');
}

async function startServer(root: string, logdir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    // past 2,000 directories the server polls instead of watching (server/ingest/logdir-watcher.ts): poll every
    // second, so live points reach the page while the frame time is measured
    [
      join(root, 'bin', 'trainboard.js'),
      'serve',
      '--logdir',
      logdir,
      '--port',
      '0',
      '--rate-limit',
      '0',
      '--reload_interval',
      '1',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = / at (http:\/\/\S+?)\/? \(/.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`server exited ${code}: ${out}`)));
  });
  return { child, url };
}

/** Waits until the server lists `n` runs and has read `points` scalar points (every point on disk). */
async function waitForLogdirRead(url: string, n: number, points: number, timeoutMs = 240_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const h = (await (await fetch(`${url}/api/health`)).json()) as ApiHealthResponse;
    if (h.counters.runs >= n && h.counters.points >= points) return;
    if (performance.now() > deadline)
      throw new Error(
        `the server at ${url} did not read ${n} runs and ${points} points in ${timeoutMs} ms (${h.counters.runs} runs, ${h.counters.points} points)`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stopChild(child: ChildProcess | undefined): Promise<string> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve('');
  return new Promise((ok) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', () => ok(out));
    child.kill('SIGCONT'); // a paused writer must run to handle SIGTERM
    child.kill('SIGTERM');
  });
}

export default async function browserScaleBench(ctx: BenchContext): Promise<BenchResult[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const steps = envNum('TRAINBOARD_BROWSER_SCALE_STEPS', 200);
  const profileDir = process.env.TRAINBOARD_BROWSER_SCALE_PROFILE;
  const profile = async (page: Page, phase: string): Promise<PhaseProfiler | null> =>
    profileDir ? startPhaseProfile(page, profileDir, phase) : null;
  const report = async (p: PhaseProfiler | null, phase: string): Promise<void> => {
    if (!p) return;
    ctx.log(`profile of ${phase} (written to ${profileDir}):`);
    for (const line of await p.stop()) ctx.log(line);
  };
  ensureClientBuilt();
  const dir = join(ctx.root, '.cache', 'bench', `browser-scale-${RUNS}x${TAGS}x${steps}`);
  mkdirSync(dir, { recursive: true });
  const removeLive = (): void => {
    for (const name of readdirSync(dir))
      if (name.startsWith('live-')) rmSync(join(dir, name), { recursive: true, force: true });
  };
  removeLive(); // an interrupted run's live runs
  const gen = generateScalarLogdir(dir, { runs: RUNS, tagsPerRun: TAGS, stepsPerTag: steps });
  ctx.log(
    `logdir ${dir}: ${gen.events.toLocaleString()} points (${gen.generated ? `written in ${gen.writeSecs.toFixed(1)} s` : 'reused'})`,
  );
  const t0 = performance.now();
  let server: ChildProcess | undefined;
  let writer: ChildProcess | undefined;
  const browser = await launchBrowser();
  try {
    // the live runs' first step is written before the server starts, and the writer is paused (SIGSTOP) until
    // the streaming phase: at 2,000 runs the server's rescan can take minutes to find new runs on a loaded
    // machine, and the first chart, filter and idle figures are measured without the writer's load
    writer = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ctx.root, 'test', 'bench', 'browser-scale-writer-child.ts'),
        dir,
        String(LIVE_RUNS),
        String(TAGS),
        String(LIVE_INTERVAL_MS),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], cwd: ctx.root },
    );
    await new Promise<void>((ok) => writer!.stdout!.once('data', () => ok()));
    writer.kill('SIGSTOP');
    const started = await startServer(ctx.root, dir);
    server = started.child;
    // the page opens on a server that has read every point on disk (the live runs' first step included): the
    // first chart measures the dashboard, not the server's first read of 4M points (ingest-scale measures that)
    await waitForLogdirRead(started.url, RUNS + LIVE_RUNS, gen.events + LIVE_RUNS * TAGS);
    ctx.log(
      `server child pid ${server.pid} read the logdir in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    // anchor: a bare page with one input, in the same browser
    const bare = await browser.context.newPage();
    await bare.setViewportSize({ width: 1440, height: 900 });
    await bare.setContent('<!doctype html><input id="f" type="search">');
    const bareKeys = await typeMeasured(bare, '#f', FILTER_TEXT);
    const bareFrames = await bare.evaluate<number[]>(FRAME_PROBE(3000));
    await bare.close();

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    // series asked for in full (a chart's points; a gap fetch after dropped pushes, with xmin, is counted apart)
    let seriesRequested = 0;
    let gapSeries = 0;
    const distinct = new Set<string>();
    page.on('request', (req) => {
      if (!req.url().endsWith('/api/series') || req.method() !== 'POST') return;
      const body = JSON.parse(req.postData() ?? '{}') as {
        series?: { run: string; tag: string }[];
        xmin?: number;
      };
      if (body.xmin !== undefined) gapSeries += body.series?.length ?? 0;
      else {
        seriesRequested += body.series?.length ?? 0;
        for (const p of body.series ?? []) distinct.add(`${p.run}\0${p.tag}`);
      }
    });
    // a cross-origin navigation starts a new renderer: open the origin first so the profile records the page
    if (profileDir) await page.goto(`${started.url}/favicon.svg`);
    const loadProfile = await profile(page, 'load');
    await page.goto(`${started.url}/`);
    await page.waitForSelector('[data-testid="scalar-card"][data-first-draw]', { timeout: 120_000 });
    await report(loadProfile, 'load');
    const firstChart = await page.evaluate<number>(
      `Math.min(...[...document.querySelectorAll('[data-first-draw]')].map((c) => Number(c.getAttribute('data-first-draw'))))`,
    );
    const domLoaded = await page.evaluate<number>(
      "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd",
    );
    ctx.log(`first drawn chart ${Math.round(firstChart)} ms (DOMContentLoaded ${Math.round(domLoaded)} ms)`);
    // where the first chart's time went: each request on its path, from navigation start (resource timing)
    const path = await page.evaluate<string[]>(`(() => {
      const out = []; const seen = new Set();
      const wanted = ['/app.js', '/api/runs', '/api/sessions', '/api/tags', '/api/series'];
      for (const e of performance.getEntriesByType('resource')) {
        const u = new URL(e.name);
        if (!wanted.includes(u.pathname) || seen.has(u.pathname)) continue;
        seen.add(u.pathname);
        out.push(u.pathname + ' ' + [e.startTime, e.responseStart, e.responseEnd].map(Math.round).join('-') + ' ms');
      }
      return out;
    })()`);
    ctx.log(`first requests (sent-first byte-last byte): ${path.join(', ')}`);
    await page.waitForTimeout(1500);
    const rowsInDom = await page.locator('[data-testid="run-item"]').count();
    const seriesAtLoad = seriesRequested;
    ctx.log(
      `series at first load: ${seriesRequested} asked for (${distinct.size} distinct), ${gapSeries} in gap fetches`,
    );

    const filterProfile = await profile(page, 'filter');
    const keys = await typeMeasured(
      page,
      'input[aria-label="Filter runs by regular expression"]',
      FILTER_TEXT,
    );
    await report(filterProfile, 'filter');
    ctx.log(
      `filter keystrokes: median ${quantile(keys, 0.5).toFixed(1)} ms, p95 ${quantile(keys, 0.95).toFixed(1)} ms`,
    );
    const shown = await attributeList(page, '[data-testid="run-item"]', 'data-run');
    if (shown.join() !== `${FILTER_TEXT}/train`)
      throw new Error(
        `after typing ${FILTER_TEXT} the list shows ${shown.length} rows: ${shown.slice(0, 5).join()}`,
      );
    await page.fill('input[aria-label="Filter runs by regular expression"]', '');
    await page.waitForFunction(`document.querySelectorAll('[data-testid="run-item"]').length > 1`);
    await page.waitForTimeout(1500);

    const idle = await page.evaluate<number[]>(FRAME_PROBE(3000));
    // the live runs resume: their files are already tailed, so every new point flows to the page
    const loss00 = '[data-testid="scalar-card"][data-tag="loss_00"]';
    const countBefore = Number(await page.getAttribute(loss00, 'data-points'));
    writer.kill('SIGCONT');
    const writeStart = performance.now();
    // the first pushes arrive after the server's next poll: measure from then on
    for (let i = 0; Number(await page.getAttribute(loss00, 'data-points')) <= countBefore; i++) {
      if (i > 600) throw new Error('no live point reached loss_00 within 60 s');
      await page.waitForTimeout(100);
    }
    const probeStart = Number(await page.getAttribute(loss00, 'data-points'));
    const appendedDraws = `[...document.querySelectorAll('[data-testid="scalar-card"]')].reduce((a, c) => a + Number(c.getAttribute('data-appended') ?? 0), 0)`;
    const appendedBefore = await page.evaluate<number>(appendedDraws);
    const streamProfile = await profile(page, 'stream');
    const streaming = await page.evaluate<number[]>(FRAME_PROBE(STREAM_SECS * 1000));
    await report(streamProfile, 'stream');
    // live redraws that drew only the new segments (scalar-card-view.ts data-appended), over the probe
    const appendedDuring = (await page.evaluate<number>(appendedDraws)) - appendedBefore;
    ctx.log(`cards' live redraws drawn as appended segments during the probe: ${appendedDuring}`);
    const reachedDuringProbe = Number(await page.getAttribute(loss00, 'data-points')) - probeStart;
    if (!(reachedDuringProbe > 0))
      throw new Error('no live point reached loss_00 while the frame time was measured');
    const out = await stopChild(writer);
    const writeSecs = (performance.now() - writeStart) / 1000;
    const written = Number(/steps (\d+)/.exec(out)?.[1] ?? NaN);
    // the drawn runs are the newest MAX_DRAWN_RUNS: the live runs, then generated runs in name order; the
    // server's own counts of their loss_00 are what the card must show
    const drawn = [
      ...Array.from({ length: LIVE_RUNS }, (_, i) => `live-${String(i).padStart(2, '0')}/train`),
      ...gen.runs.slice(0, MAX_DRAWN_RUNS - LIVE_RUNS),
    ];
    const serverCount = async (): Promise<number> => {
      const q = new URLSearchParams(drawn.map((r): [string, string] => ['run', r]));
      const body = (await (await fetch(`${started.url}/api/tags?${q.toString()}`)).json()) as ApiTagsResponse;
      return drawn.reduce((a, r) => a + (body.runs[r]?.find((t) => t.tag === 'loss_00')?.count ?? 0), 0);
    };
    let want = await serverCount();
    for (let i = 0; i < 120 && want !== LIVE_RUNS * written + (MAX_DRAWN_RUNS - LIVE_RUNS) * steps; i++) {
      await new Promise((r) => setTimeout(r, 500)); // the server tails the last flush
      want = await serverCount();
    }
    ctx.log(
      `written ${written} steps per live run; the server holds ${want} points of loss_00 for the drawn runs`,
    );
    // the card must end with the server's count; a shortfall is reported (not thrown), with the figures above
    const stopAt = performance.now();
    let got = 0;
    while ((got = Number(await page.getAttribute(loss00, 'data-points'))) !== want) {
      if (performance.now() - stopAt > 60_000) break;
      await page.waitForTimeout(200);
    }
    const converged = (performance.now() - stopAt) / 1000;
    const exactness =
      got === want
        ? `loss_00 exact ${converged.toFixed(1)} s after the last write`
        : `loss_00 holds ${got} of the server's ${want} points 60 s after the last write`;
    ctx.log(exactness);

    const p95 = quantile(streaming, 0.95);
    const keyMed = quantile(keys, 0.5);
    const keyP95 = quantile(keys, 0.95);
    return [
      {
        name: 'logdir',
        value: `${RUNS} runs x ${TAGS} tags x ${steps} steps`,
        unit: '',
        note: `${gen.events.toLocaleString()} points; + ${LIVE_RUNS} live runs x ${TAGS} tags`,
      },
      {
        name: 'first drawn chart',
        value: Math.round(firstChart),
        unit: 'ms',
        note: `from navigation start, on a server that has read the logdir; ${ratio(firstChart, domLoaded)} DOMContentLoaded (${Math.round(domLoaded)} ms); target < 1000 ms`,
      },
      {
        name: 'run rows in the DOM',
        value: rowsInDom,
        unit: 'rows',
        note: `of ${RUNS} runs (virtualised list)`,
      },
      {
        name: 'series fetched at first load',
        value: seriesAtLoad,
        unit: 'series',
        note: `of ${RUNS * TAGS} (TensorBoard fetches every run's series of every visible card)`,
      },
      {
        name: 'runs filter latency per keystroke (median)',
        value: Number(keyMed.toFixed(1)),
        unit: 'ms',
        note: `${ratio(keyMed, quantile(bareKeys, 0.5))} a bare input (${quantile(bareKeys, 0.5).toFixed(1)} ms)`,
      },
      {
        name: 'runs filter latency per keystroke (p95)',
        value: Number(keyP95.toFixed(1)),
        unit: 'ms',
        note: `${ratio(keyP95, quantile(bareKeys, 0.95))} a bare input (${quantile(bareKeys, 0.95).toFixed(1)} ms); ${keys.length} keys; target < 50 ms`,
      },
      {
        name: 'frame time idle (p95)',
        value: Number(quantile(idle, 0.95).toFixed(1)),
        unit: 'ms',
        note: `${ratio(quantile(idle, 0.95), quantile(bareFrames, 0.95))} a bare page (${quantile(bareFrames, 0.95).toFixed(1)} ms)`,
      },
      {
        name: `frame time while ${LIVE_RUNS} runs stream (median)`,
        value: Number(quantile(streaming, 0.5).toFixed(1)),
        unit: 'ms',
        note: `${ratio(quantile(streaming, 0.5), quantile(bareFrames, 0.5))} a bare page (${quantile(bareFrames, 0.5).toFixed(1)} ms)`,
      },
      {
        name: `frame time while ${LIVE_RUNS} runs stream (p95)`,
        value: Number(p95.toFixed(1)),
        unit: 'ms',
        note: `${ratio(p95, quantile(bareFrames, 0.95))} a bare page; ${streaming.length} frames; target < 50 ms`,
      },
      {
        name: 'points streamed',
        value: LIVE_RUNS * TAGS * written,
        unit: 'points',
        note: `${Math.round((LIVE_RUNS * TAGS * written) / writeSecs)} points/s over ${writeSecs.toFixed(0)} s; ${reachedDuringProbe} reached loss_00 during the ${STREAM_SECS} s probe; ${exactness}`,
      },
    ];
  } finally {
    await stopChild(writer);
    await browser.close();
    await stopChild(server);
    removeLive(); // keep the cached logdir as generated
  }
}
