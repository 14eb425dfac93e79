// The per-request cost budget (issue 12, "Amplification"): on a run of 1M points, 100 copies of one timeseries
// request and 1,000 copies of one /api/series entry are refused with a 400 `over_budget` instead of building
// gigabytes, /api/health answers while they are refused, and the data is still served to requests within the
// budget. The run is written by our writer as the attacker's logdir would be; the server is the real app.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ApiErrorBody, ApiSeriesBatchResponse } from '../../../contract/index.ts';
import { REQUEST_BUDGET } from '../../../server/http/request-budget.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, waitFor, type HardenedServer } from './hardened-server.ts';

const BIG = 1_000_000;
const HIST_STEPS = 2000;
const HIST_BUCKETS = 30;

let logdir: { dir: string; remove(): void };
let server: HardenedServer;

before(async () => {
  logdir = tempDir('budget');
  const w = createSummaryWriter(join(logdir.dir, 'big'), { flushMs: 0 });
  for (let i = 0; i < BIG; i++) w.scalar('loss', 1 / (i + 1), i, { wallTime: 1000 + i / 1000 });
  w.close();
  const h = createSummaryWriter(join(logdir.dir, 'hist'), { flushMs: 0 });
  const sample = Array.from({ length: 200 }, (_, k) => Math.sin(k));
  for (let i = 0; i < HIST_STEPS; i++) h.histogram('weights', sample, i, { buckets: HIST_BUCKETS });
  h.close();
  const s = createSummaryWriter(join(logdir.dir, 'small'), { flushMs: 0 });
  for (let i = 0; i < 10; i++) s.scalar('loss', i, i);
  s.close();
  server = await startHardenedServer({ logdir: logdir.dir });
  const loaded = await waitFor(async () => {
    const r = await fetch(`${server.url}/api/series?run=big&tag=loss&points=2`);
    if (!r.ok) return false;
    return ((await r.json()) as { total: number }).total === BIG;
  }, 60_000);
  assert.ok(loaded, 'the 1M-point run is loaded');
});
after(async () => {
  await server.close();
  logdir.remove();
});

const form = (fields: Record<string, string | string[]>): URLSearchParams => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) p.append(k, x);
  return p;
};

async function withHealth<T>(attack: Promise<T>): Promise<[T, number]> {
  const [result, health] = await Promise.all([attack, fetch(`${server.url}/api/health`)]);
  return [result, health.status];
}

async function overBudget(res: Response): Promise<void> {
  const body = (await res.json()) as ApiErrorBody;
  assert.equal(res.status, 400, JSON.stringify(body).slice(0, 300));
  assert.equal(body.error.code, 'over_budget');
  assert.match(body.error.message, /points|series/);
}

describe('a cost budget per request', () => {
  test('100 copies of one timeSeries request for a 1M-point run get 400 over_budget and /api/health answers', async () => {
    const one = { plugin: 'scalars', tag: 'loss', run: 'big' };
    const requests = JSON.stringify(Array.from({ length: 100 }, () => one));
    assert.ok(requests.length > 4000, 'the body is a few KB');
    const before = process.memoryUsage().rss;
    const [res, health] = await withHealth(
      fetch(`${server.url}/data/plugin/timeseries/timeSeries`, {
        method: 'POST',
        body: form({ requests }),
      }),
    );
    await overBudget(res);
    assert.equal(health, 200);
    const grown = (process.memoryUsage().rss - before) / 2 ** 20;
    assert.ok(grown < 256, `RSS grew ${grown.toFixed(0)} MiB`);
  });

  test('one timeSeries request for the 1M-point run is still served in full', async () => {
    const requests = JSON.stringify([{ plugin: 'scalars', tag: 'loss', run: 'big' }]);
    const res = await fetch(`${server.url}/data/plugin/timeseries/timeSeries`, {
      method: 'POST',
      body: form({ requests }),
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as [{ runToSeries: Record<string, { step: number }[]> }];
    const rows = body[0].runToSeries.big!;
    assert.equal(rows.length, BIG);
    assert.equal(rows[BIG - 1]!.step, BIG - 1);
  });

  test('1,000 copies of one /api/series entry without downsampling get 400 over_budget and /api/health answers', async () => {
    const body = JSON.stringify({
      series: Array.from({ length: 1000 }, () => ({ run: 'big', tag: 'loss' })),
    });
    assert.ok(body.length > 25_000, 'the body is about 27 KB');
    const before = process.memoryUsage().rss;
    const [res, health] = await withHealth(
      fetch(`${server.url}/api/series`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      }),
    );
    await overBudget(res);
    assert.equal(health, 200);
    const grown = (process.memoryUsage().rss - before) / 2 ** 20;
    assert.ok(grown < 256, `RSS grew ${grown.toFixed(0)} MiB`);
  });

  test('1,000 copies of one downsampled /api/series entry are answered, each the same downsampled series', async () => {
    const series = Array.from({ length: 1000 }, () => ({ run: 'big', tag: 'loss' }));
    const res = await fetch(`${server.url}/api/series`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ series, points: 1000 }),
    });
    assert.equal(res.status, 200);
    const out = (await res.json()) as ApiSeriesBatchResponse;
    assert.equal(out.series.length, 1000);
    for (const s of out.series) {
      assert.ok(!('error' in s));
      assert.equal(s.total, BIG);
      assert.ok(s.points.length <= 1000 && s.points.length > 2);
    }
  });

  test('a GET of the whole 1M-point series is still served, with every point', async () => {
    const res = await fetch(`${server.url}/api/series?run=big&tag=loss`);
    assert.equal(res.status, 200);
    const out = (await res.json()) as { points: unknown[]; downsampled: boolean };
    assert.equal(out.points.length, BIG);
    assert.equal(out.downsampled, false);
  });

  test('scalars_multirun answers a repeated run once and refuses more runs than the point budget', async () => {
    const runs = Array.from({ length: 3 }, () => 'big');
    const once = await fetch(`${server.url}/data/plugin/scalars/scalars_multirun`, {
      method: 'POST',
      body: form({ tag: 'loss', runs: [...runs, 'small'] }),
    });
    assert.equal(once.status, 200);
    const body = (await once.json()) as Record<string, unknown[]>;
    assert.deepEqual(Object.keys(body).sort(), ['big', 'small']);
    assert.equal(body.big!.length, BIG);
    assert.ok(REQUEST_BUDGET.maxPoints < 3 * BIG, 'the budget is below three copies of the run');
  });

  test('the budget counts every timeSeries request naming the run, so three copies are refused', async () => {
    const requests = JSON.stringify(
      Array.from({ length: 3 }, () => ({ plugin: 'scalars', tag: 'loss', run: 'big' })),
    );
    const res = await fetch(`${server.url}/data/plugin/timeseries/timeSeries`, {
      method: 'POST',
      body: form({ requests }),
    });
    await overBudget(res);
  });

  test('1,000 copies of one timeSeries histogram request are charged per bucket and refused with over_budget', async () => {
    const one = { plugin: 'histograms', tag: 'weights', run: 'hist' };
    const requests = JSON.stringify(Array.from({ length: 1000 }, () => one));
    const before = process.memoryUsage().rss;
    const [res, health] = await withHealth(
      fetch(`${server.url}/data/plugin/timeseries/timeSeries`, { method: 'POST', body: form({ requests }) }),
    );
    await overBudget(res);
    assert.equal(health, 200);
    const grown = (process.memoryUsage().rss - before) / 2 ** 20;
    assert.ok(grown < 256, `RSS grew ${grown.toFixed(0)} MiB`);
  });

  test('one timeSeries histogram request is served with every step and bucket', async () => {
    const requests = JSON.stringify([{ plugin: 'histograms', tag: 'weights', run: 'hist' }]);
    const res = await fetch(`${server.url}/data/plugin/timeseries/timeSeries`, {
      method: 'POST',
      body: form({ requests }),
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as [{ runToSeries: Record<string, { step: number; bins: unknown[] }[]> }];
    const rows = body[0].runToSeries.hist!;
    assert.equal(rows.length, HIST_STEPS);
    assert.equal(rows[HIST_STEPS - 1]!.step, HIST_STEPS - 1);
    assert.equal(rows[0]!.bins.length, HIST_BUCKETS);
  });

  test('a timeSeries list of more than 1,000 requests (the contract cap) is refused with a clear 400', async () => {
    const requests = JSON.stringify(
      Array.from({ length: 1001 }, () => ({ plugin: 'scalars', tag: 'loss', run: 'small' })),
    );
    const res = await fetch(`${server.url}/data/plugin/timeseries/timeSeries`, {
      method: 'POST',
      body: form({ requests }),
    });
    const body = (await res.json()) as ApiErrorBody;
    assert.equal(res.status, 400);
    assert.equal(body.error.code, 'bad_param');
    assert.match(body.error.message, /at most 1000 requests/);
  });
});
