// The server killed with SIGKILL and restarted while writers keep writing: the new server reads every file
// from the start and serves every point the writers flushed, each exactly once, in order.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { spawnFaultChild, stepsReached } from './fault-process.ts';
import { tempDir, waitFor } from './hardened-server.ts';
import { spawnServe } from './server-child.ts';

const logdir = tempDir('server-kill');
after(() => logdir.remove());
const RUNS = ['r0', 'r1', 'r2'];

async function servedSteps(base: string, run: string): Promise<number[]> {
  try {
    const res = await fetch(`${base}data/plugin/scalars/scalars?run=${run}&tag=loss`);
    if (res.status !== 200) return [];
    return ((await res.json()) as [number, number, number][]).map((p) => p[1]);
  } catch {
    return [];
  }
}

test(
  'a server SIGKILLed and restarted during writes serves every flushed point exactly once',
  { timeout: 40_000 },
  async () => {
    const writers = RUNS.map((run) => spawnFaultChild(['write', join(logdir.dir, run), '0', '2']));
    let server = spawnServe(['--logdir', logdir.dir, '--port', '0', '--reload_interval', '1']);
    try {
      const first = await server.url;
      await Promise.all(writers.map((w) => stepsReached(w, 100)));
      assert.ok(await waitFor(async () => (await servedSteps(first, 'r0')).length > 50, 8000));
      assert.equal(await server.stop('SIGKILL'), null);

      await Promise.all(writers.map((w) => stepsReached(w, 300)));
      server = spawnServe(['--logdir', logdir.dir, '--port', '0', '--reload_interval', '1']);
      const second = await server.url;
      await Promise.all(writers.map((w) => stepsReached(w, 400)));
      await Promise.all(writers.map((w) => w.kill('SIGKILL')));
      for (const [i, run] of RUNS.entries()) {
        const last = writers[i]!.lastStep();
        const expected = Array.from({ length: last + 1 }, (_, k) => k);
        const ok = await waitFor(async () => (await servedSteps(second, run)).length >= last + 1, 10_000);
        const steps = await servedSteps(second, run);
        assert.ok(ok, `${run}: ${steps.length} served, ${last + 1} flushed`);
        assert.deepEqual(steps.slice(0, last + 1), expected, run);
        assert.equal(new Set(steps).size, steps.length, `${run}: no point twice`);
      }
    } finally {
      await Promise.all(writers.map((w) => w.kill('SIGKILL')));
      await server.stop('SIGKILL');
    }
  },
);
