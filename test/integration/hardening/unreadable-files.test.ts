// A flaky file system, simulated without FUSE: a run directory and an event file that are unreadable for a
// while (mode 000) as a writer keeps writing. The server (run as an unprivileged user, since root reads
// through mode bits) reports the unreadable file, keeps serving the rest, and once they are readable again it
// serves every point written meanwhile. Skips when the tests do not run as root (no other uid to switch to).
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { tempDir, waitFor } from './hardened-server.ts';
import { spawnServe } from './server-child.ts';

const logdir = tempDir('unreadable');
after(() => logdir.remove());
const NOBODY = 65534;

async function served(base: string, run: string): Promise<number> {
  const res = await fetch(`${base}data/plugin/scalars/scalars?run=${run}&tag=loss`);
  return res.status === 200 ? ((await res.json()) as unknown[]).length : 0;
}

test(
  'unreadable run directories and event files are reported, then read in full when readable again',
  { timeout: 30_000 },
  async (t) => {
    if (process.getuid?.() !== 0) {
      t.skip('needs root to run the server as another user (mode bits do not stop root)');
      return;
    }
    chmodSync(logdir.dir, 0o755);
    const okW = createSummaryWriter(join(logdir.dir, 'ok'), { flushMs: 0 });
    mkdirSync(join(logdir.dir, 'hidden'));
    const hiddenW = createSummaryWriter(join(logdir.dir, 'hidden'), { flushMs: 0 });
    const lockedW = createSummaryWriter(join(logdir.dir, 'locked'), { flushMs: 0 });
    chmodSync(join(logdir.dir, 'hidden'), 0o000);
    chmodSync(lockedW.path, 0o000);
    for (let step = 0; step < 50; step++)
      for (const w of [okW, hiddenW, lockedW]) w.scalar('loss', step, step);

    const s = spawnServe(
      ['--logdir', logdir.dir, '--port', '0', '--reload_interval', '1'],
      {},
      { uid: NOBODY, gid: NOBODY },
    );
    try {
      const base = await s.url;
      assert.ok(await waitFor(async () => (await served(base, 'ok')) === 50, 8000));
      assert.equal(await served(base, 'hidden'), 0);
      assert.equal(await served(base, 'locked'), 0);
      const runs = (await (await fetch(`${base}api/runs`)).json()) as {
        runs: { run: string; damage?: { reason: string }[] }[];
      };
      assert.ok(JSON.stringify(runs).includes('unreadable'), 'the unreadable file is reported');
      for (let step = 50; step < 80; step++)
        for (const w of [okW, hiddenW, lockedW]) w.scalar('loss', step, step);

      chmodSync(join(logdir.dir, 'hidden'), 0o755);
      chmodSync(lockedW.path, 0o644);
      for (let step = 80; step < 100; step++)
        for (const w of [okW, hiddenW, lockedW]) w.scalar('loss', step, step);
      for (const run of ['ok', 'hidden', 'locked'])
        assert.ok(
          await waitFor(async () => (await served(base, run)) === 100, 8000),
          `${run}: ${await served(base, run)}`,
        );
      await waitFor(() => /reason=unreadable/.test(s.output().stderr), 5000); // the damage log looks once a second
      assert.match(
        s.output().stderr,
        /level=warn module=ingest run=locked file=locked\/\S+ offset=0 reason=unreadable/,
      );
    } finally {
      for (const w of [okW, hiddenW, lockedW]) w.close();
      await s.stop();
    }
  },
);
