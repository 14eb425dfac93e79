// A writer process killed with SIGKILL mid-write while the server tails its file: every point the writer had
// flushed before the kill is served, once, in order; a torn last record (if any) is waited for, never
// reported as damage; the server keeps serving.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { spawnFaultChild, stepsReached } from './fault-process.ts';
import { startHardenedServer, tempDir, waitFor } from './hardened-server.ts';

const logdir = tempDir('writer-kill');
after(() => logdir.remove());

async function servedSteps(url: string, run: string): Promise<number[]> {
  const res = await fetch(`${url}/data/plugin/scalars/scalars?run=${run}&tag=loss`);
  if (res.status !== 200) return [];
  return ((await res.json()) as [number, number, number][]).map((p) => p[1]);
}

test('SIGKILL of a writer mid-write loses none of the points it flushed', { timeout: 30_000 }, async () => {
  const s = await startHardenedServer({ logdir: logdir.dir, reloadIntervalSecs: 1 });
  const writers = ['a', 'b'].map((run) => spawnFaultChild(['write', join(logdir.dir, run), '0', '1']));
  try {
    await Promise.all(writers.map((w) => stepsReached(w, 300)));
    await Promise.all(writers.map((w) => w.kill('SIGKILL')));
    for (const [i, run] of ['a', 'b'].entries()) {
      const last = writers[i]!.lastStep();
      assert.ok(last >= 299);
      const ok = await waitFor(async () => (await servedSteps(s.url, run)).length >= last + 1, 8000);
      const steps = await servedSteps(s.url, run);
      assert.ok(ok, `${run}: ${steps.length} served, ${last + 1} flushed`);
      assert.deepEqual(
        steps.slice(0, last + 1),
        Array.from({ length: last + 1 }, (_, k) => k),
      );
      assert.equal(new Set(steps).size, steps.length, 'no point twice');
    }
    const health = (await (await fetch(`${s.url}/api/health`)).json()) as {
      counters: { damagedRecords: number };
    };
    assert.equal(health.counters.damagedRecords, 0);
  } finally {
    await Promise.all(writers.map((w) => w.kill('SIGKILL')));
    await s.close();
  }
});
