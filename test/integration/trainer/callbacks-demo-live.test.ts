// `trainboard start` (what `npm start` runs) on an empty logdir: its live Fashion-MNIST training logs
// batch-level scalars, and the dashboard's server serves batch_loss points while the first epoch is still
// running (more points at a later poll, before the session's first epoch_loss exists).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../support/shared-fixtures.ts';

async function json(url: string): Promise<unknown> {
  const r = await fetch(url);
  return r.ok ? r.json() : undefined;
}

test(
  'the demo training of trainboard start serves batch_loss points while its first epoch runs',
  { timeout: 170_000 },
  async () => {
    const logdir = mkdtempSync(join(tmpdir(), 'demo-live-'));
    const child = spawn(process.execPath, [
      join(repoRoot, 'bin', 'trainboard.js'),
      'start',
      '--port',
      '0',
      '--logdir',
      logdir,
      '--epochs',
      '1',
      '--limit',
      '10000',
    ]);
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
    try {
      const url = await new Promise<string>((ok, fail) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (m) ok(m[1]!);
        });
        child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
      });
      const counts: number[] = [];
      let epochSeen = false;
      for (let i = 0; i < 600 && !epochSeen && counts.filter((c) => c > 0).length < 2; i++) {
        await new Promise((r) => setTimeout(r, 250));
        const tags = (await json(`${url}/data/plugin/scalars/tags`)) as
          Record<string, Record<string, unknown>> | undefined;
        const run = Object.keys(tags ?? {}).find((r) => r.endsWith('/train'));
        if (!run || !tags) continue;
        if (tags[run]!.epoch_loss) epochSeen = true;
        if (!tags[run]!.batch_loss) continue;
        const points = (await json(
          `${url}/data/plugin/scalars/scalars?run=${encodeURIComponent(run)}&tag=batch_loss`,
        )) as unknown[] | undefined;
        const n = points?.length ?? 0;
        if (counts.length === 0 || n > counts[counts.length - 1]!) counts.push(n);
      }
      const live = counts.filter((c) => c > 0);
      assert.ok(
        live.length >= 2 && !epochSeen,
        `batch_loss counts seen before the first epoch ended: ${JSON.stringify(counts)}; ${out}`,
      );
    } finally {
      if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
      await exited;
      rmSync(logdir, { recursive: true, force: true });
    }
  },
);
