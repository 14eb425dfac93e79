// The run store's SQLite file locked by another process (`BEGIN EXCLUSIVE` held for 3 s) while a writer keeps
// writing event files: the server answers every request during the lock (sessions read before it stay
// listed), keeps ingesting points, and shows the session recorded right after the lock is released.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openRunStore } from '../../../runstore/run-store.ts';
import type { ApiSessionsResponse } from '../../../contract/index.ts';
import { spawnFaultChild, stepsReached } from './fault-process.ts';
import { startHardenedServer, tempDir, waitFor } from './hardened-server.ts';

const logdir = tempDir('sqlite-lock');
after(() => logdir.remove());

test(
  'a run store locked for 3 s leaves the server responsive; it catches up after',
  { timeout: 30_000 },
  async () => {
    const file = join(logdir.dir, 'trainboard.sqlite');
    const store = openRunStore(file);
    store.createSession({ id: 'before-lock', task: 'xor', backend: 'cpu', startedAt: Date.now() / 1000 });
    store.close();
    const s = await startHardenedServer({ logdir: logdir.dir, reloadIntervalSecs: 1 });
    const ids = async (): Promise<string[]> =>
      ((await (await fetch(`${s.url}/api/sessions`)).json()) as ApiSessionsResponse).sessions.map(
        (x) => x.id,
      );
    const writer = spawnFaultChild(['write', join(logdir.dir, 'live'), '0', '5']);
    const locker = spawnFaultChild(['lock', file, '3000']);
    try {
      assert.ok(await waitFor(async () => (await ids()).includes('before-lock'), 5000));
      await locker.waitLine((l) => l === 'locked');
      let answered = 0;
      let stepsDuringLock = 0;
      let released = false;
      void locker.waitLine((l) => l === 'released').then(() => (released = true));
      while (!released) {
        const [health, sessions] = await Promise.all([
          fetch(`${s.url}/api/health`),
          fetch(`${s.url}/api/sessions`),
        ]);
        assert.equal(health.status, 200);
        assert.equal(sessions.status, 200);
        const body = (await sessions.json()) as ApiSessionsResponse;
        assert.ok(body.sessions.some((x) => x.id === 'before-lock'));
        const h = (await health.json()) as { counters: { points: number } };
        stepsDuringLock = Math.max(stepsDuringLock, h.counters.points);
        answered++;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(answered >= 5, `only ${answered} rounds answered during the lock`);
      assert.ok(stepsDuringLock > 0, 'points were ingested during the lock');
      await locker.waitLine((l) => l === 'done');
      assert.ok(
        await waitFor(async () => (await ids()).includes('after-lock'), 8000),
        'the new session shows',
      );
      await stepsReached(writer, 10);
      await writer.kill('SIGKILL');
      const last = writer.lastStep();
      const served = async (): Promise<number> =>
        ((await (await fetch(`${s.url}/data/plugin/scalars/scalars?run=live&tag=loss`)).json()) as unknown[])
          .length;
      assert.ok(await waitFor(async () => (await served()) >= last + 1, 8000));
    } finally {
      await writer.kill('SIGKILL');
      await locker.kill('SIGKILL');
      await s.close();
    }
  },
);
