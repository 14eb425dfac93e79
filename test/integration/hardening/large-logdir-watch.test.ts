// Issue 12: a logdir of more than 2,000 directories used to be polled only (every reload interval), since
// Node 20's recursive fs.watch walks the tree synchronously. It is now watched one directory at a time: with a
// reload interval of 10 minutes (so polling cannot explain it), points appended to a tailed file and a run
// created in a new directory are served within seconds, and the event loop is not blocked by the watches.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { ApiHealthResponse } from '../../../contract/index.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { generateScalarLogdir } from '../../bench/generate-logdir.ts';
import { tempDir, waitFor } from './hardened-server.ts';
import { startLoopDelayServer } from './loop-delay-server.ts';

const RUNS = 1100; // run-NNN/train: 2,201 directories with the logdir itself
const dir = tempDir('large-watch');
after(() => dir.remove());

test(
  'a logdir of 2,201 directories is watched: appended points and a new run are served without a rescan',
  { timeout: 300_000 },
  async () => {
    const logdir = generateScalarLogdir(join(dir.dir, 'logdir'), {
      runs: RUNS,
      tagsPerRun: 1,
      stepsPerTag: 2,
    }).dir;
    const live = createSummaryWriter(join(logdir, 'live', 'train'), { flushMs: 0 });
    live.scalar('loss', 1, 0);
    live.flush();
    const s = await startLoopDelayServer(logdir, 600);
    try {
      const health = async (): Promise<ApiHealthResponse> =>
        (await (await fetch(`${s.url}/api/health`)).json()) as ApiHealthResponse;
      assert.ok(
        await waitFor(async () => (await health()).counters.runs === RUNS + 1, 120_000),
        'all runs loaded',
      );
      const watched = await waitFor(() => /directories watched one by one/.test(s.stderr()), 60_000);
      assert.ok(
        watched,
        `the server logs that it watches directories one by one:\n${s.stderr().slice(-2000)}`,
      );
      await s.reset();

      const total = async (): Promise<number> => {
        const r = await fetch(`${s.url}/api/series?run=live/train&tag=loss&points=2`);
        return r.ok ? ((await r.json()) as { total: number }).total : -1;
      };
      for (let i = 1; i <= 20; i++) live.scalar('loss', 1 / i, i);
      live.flush();
      assert.ok(
        await waitFor(async () => (await total()) === 21, 60_000),
        `appended points served: ${await total()}`,
      );

      const fresh = createSummaryWriter(join(logdir, 'fresh', 'eval'), { flushMs: 0 });
      fresh.scalar('accuracy', 0.5, 0);
      fresh.close();
      const found = await waitFor(async () => {
        const runs = (await (await fetch(`${s.url}/data/runs`)).json()) as string[];
        return runs.includes('fresh/eval');
      }, 60_000);
      assert.ok(found, 'a run in a new directory is found without waiting for the 10-minute rescan');
      const loop = await s.stats();
      console.log(`2,201 watched directories: event-loop delay p50 ${loop.p50Ms} ms, p99 ${loop.p99Ms} ms`);
    } finally {
      live.close();
      await s.stop();
    }
  },
);
