// Event files replaced or truncated under the tailer, as copy tools do: `mv new old` (a new inode renamed over
// the file being tailed), `cp new old` (truncate in place, then rewrite), and a plain truncation to zero.
// In every case the points read before stay served, once each, and the server keeps answering.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, type HardenedServer } from './hardened-server.ts';

const logdir = tempDir('replace');
const scratch = tempDir('replace-scratch');
let s: HardenedServer | undefined;
after(async () => {
  await s?.close();
  logdir.remove();
  scratch.remove();
});

/** Event-file bytes holding steps [0, n) of `loss`, written by the real writer. */
function eventBytes(n: number, name: string): Buffer {
  const w = createSummaryWriter(join(scratch.dir, name), { flushMs: 0 });
  for (let step = 0; step < n; step++) w.scalar('loss', step, step);
  w.close();
  return readFileSync(w.path);
}

async function steps(run: string): Promise<number[]> {
  const res = await fetch(`${s!.url}/data/plugin/scalars/scalars?run=${run}&tag=loss`);
  return res.status === 200 ? ((await res.json()) as number[][]).map((p) => p[1]!) : [];
}
const upTo = (n: number): number[] => Array.from({ length: n }, (_, k) => k);

test(
  'replaced (mv over), copied over (cp) and truncated event files keep every point read before',
  { timeout: 30_000 },
  async () => {
    const file = (run: string): string => join(logdir.dir, run, 'events.out.tfevents.1700000000.host.1.0.v2');
    for (const run of ['mv', 'cp', 'trunc']) {
      const bytes = eventBytes(50, `${run}-50`);
      mkdirSync(join(logdir.dir, run));
      writeFileSync(file(run), bytes);
    }
    s = await startHardenedServer({ logdir: logdir.dir, reloadIntervalSecs: 1 });
    for (const run of ['mv', 'cp', 'trunc']) assert.deepEqual(await steps(run), upTo(50), run);

    // a longer copy of the same run replaces the file: by rename (new inode) and by cp (same inode, truncated)
    const longer = eventBytes(80, 'longer');
    writeFileSync(join(scratch.dir, 'next.tmp'), longer);
    renameSync(join(scratch.dir, 'next.tmp'), file('mv'));
    writeFileSync(file('cp'), longer);
    truncateSync(file('trunc'), 0);
    await s.app.watcher.refresh();
    await new Promise((r) => setTimeout(r, 300));
    await s.app.watcher.refresh();

    for (const run of ['mv', 'cp', 'trunc']) {
      const got = await steps(run);
      assert.deepEqual(got.slice(0, 50), upTo(50), `${run}: the first 50 points stay`);
      assert.equal(new Set(got).size, got.length, `${run}: no point twice`);
      console.log(`# ${run}: ${got.length} points served after the change`);
    }
    assert.equal((await fetch(`${s.url}/api/health`)).status, 200);
  },
);

// A file renamed over the tailed one (a new inode at the same path) is reopened and read on.
test('a file renamed over the tailed one is read on (new inode)', async () => {
  await s!.app.watcher.refresh();
  assert.deepEqual(await steps('mv'), upTo(80));
});
