// The disk full under a writer (a 256 KiB tmpfs): the writer reports ENOSPC through onError and keeps the
// unwritten points; the server keeps serving every point written before, reports no damage for the torn
// tail, and once space is freed the writer's retry lands the rest, which the server then serves too.
// Needs `mount -t tmpfs` (root); skips with a message where mounting is not permitted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createSummaryWriter, type SummaryWriteError } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, waitFor } from './hardened-server.ts';

test(
  'a full disk loses no written point; the writer reports it and catches up when space returns',
  { timeout: 30_000 },
  async (t) => {
    const dir = tempDir('disk-full');
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir.dir], {
      encoding: 'utf8',
    });
    if (mount.status !== 0) {
      dir.remove();
      t.skip(
        `cannot mount a tmpfs here (${(mount.stderr || mount.error?.message || '').trim()}); disk-full untested`,
      );
      return;
    }
    const filler = join(dir.dir, 'filler.bin');
    writeFileSync(filler, Buffer.alloc(96 * 1024));
    const s = await startHardenedServer({ logdir: dir.dir, reloadIntervalSecs: 1 });
    const errors: SummaryWriteError[] = [];
    const w = createSummaryWriter(join(dir.dir, 'run'), { flushMs: 0, onError: (e) => errors.push(e) });
    try {
      let lastOk = -1;
      let step = 0;
      for (; step < 100_000 && errors.length === 0; step++) {
        w.scalar('loss', step, step);
        if (errors.length === 0) lastOk = step;
      }
      assert.ok(errors.length > 0, 'the writer reported the full disk');
      assert.match(errors[0]!.message, /ENOSPC|no space/i);
      assert.ok(lastOk > 100, `wrote ${lastOk + 1} points before the disk filled`);
      const served = async (): Promise<number[]> =>
        (
          (await (await fetch(`${s.url}/data/plugin/scalars/scalars?run=run&tag=loss`)).json()) as number[][]
        ).map((p) => p[1]!);
      assert.ok(await waitFor(async () => (await served()).length >= lastOk + 1, 8000));
      assert.deepEqual(
        (await served()).slice(0, lastOk + 1),
        Array.from({ length: lastOk + 1 }, (_, k) => k),
      );
      for (let k = 0; k < 20; k++, step++) w.scalar('loss', step, step);
      const final = step - 1;

      rmSync(filler);
      assert.ok(await waitFor(async () => (await served()).length === final + 1, 10_000), 'the rest arrives');
      assert.deepEqual(
        await served(),
        Array.from({ length: final + 1 }, (_, k) => k),
      );
      const health = (await (await fetch(`${s.url}/api/health`)).json()) as {
        counters: { damagedRecords: number };
      };
      assert.equal(health.counters.damagedRecords, 0);
    } finally {
      w.close();
      await s.close();
      spawnSync('umount', [dir.dir]);
      dir.remove();
    }
  },
);
