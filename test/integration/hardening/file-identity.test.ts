// Issue 12's file-identity cases, reproduced as described on a live server with file watching on and no rescan
// in between (so only the tailer's reopen stands between the swap and the served data):
// - "Symlink swap": `ln -s OUTSIDE/events... tmp && mv tmp RUN/<tailed file>` must be refused like a static link;
// - "A different file copied or moved over a tailed one": `cp` of a 500-point file over a 50-point one, and `mv`
//   of a 20-point file over a 200-point one, are read from their start as new files.
// Each asserts the process answers /api/health, the points served before stay served, and the outcome is
// reported (a refusal with the file) or served in full (every point of the new file).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ApiRunsResponse } from '../../../contract/index.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, waitFor, type HardenedServer } from './hardened-server.ts';

const logdir = tempDir('identity');
const outside = tempDir('identity-outside');
const FILE = 'events.out.tfevents.1700000000.host.1.0.v2';
let s: HardenedServer;

/** Event-file bytes from the real writer: `loss` = base + step for steps [0, n), plus `tags` at every step. */
function eventBytes(name: string, n: number, base: number, tags: string[] = []): Buffer {
  const w = createSummaryWriter(join(outside.dir, 'scratch', name), { flushMs: 0 });
  for (let step = 0; step < n; step++) {
    w.scalar('loss', base + step, step);
    for (const t of tags) w.scalar(t, step, step);
  }
  w.close();
  return readFileSync(w.path);
}

async function points(run: string, tag: string): Promise<number[][]> {
  const res = await fetch(`${s.url}/data/plugin/scalars/scalars?run=${run}&tag=${tag}`);
  return res.status === 200 ? ((await res.json()) as number[][]) : [];
}
const stepsAndValues = (p: number[][]): number[][] => p.map((x) => [x[1]!, x[2]!]);
const expected = (n: number, base: number): number[][] => Array.from({ length: n }, (_, k) => [k, base + k]);

async function healthOk(): Promise<void> {
  const res = await fetch(`${s.url}/api/health`);
  assert.equal(res.status, 200);
  const rss = ((await res.json()) as { memory: { rssBytes: number } }).memory.rssBytes;
  assert.ok(rss < 1024 * 1024 * 1024, `RSS ${rss} bytes stays under 1 GiB`);
}

before(async () => {
  for (const [run, n] of [
    ['swap', 50],
    ['cp', 50],
    ['mv', 200],
  ] as const) {
    mkdirSync(join(logdir.dir, run));
    writeFileSync(join(logdir.dir, run, FILE), eventBytes(`${run}-old`, n, 0, ['old_only']));
  }
  writeFileSync(join(outside.dir, FILE), eventBytes('secret', 30, 0, ['secret_tag']));
  // watching on, rescans a minute apart: what happens after a swap is the tailer's doing alone
  s = await startHardenedServer({ logdir: logdir.dir, reloadIntervalSecs: 60, watch: true });
  assert.deepEqual(stepsAndValues(await points('swap', 'loss')), expected(50, 0));
});
after(async () => {
  await s.close();
  logdir.remove();
  outside.remove();
});

test('a symlink to a file outside the logdir swapped in over a tailed file is refused and reported', async () => {
  const tmp = join(outside.dir, 'tmp-link');
  symlinkSync(join(outside.dir, FILE), tmp);
  renameSync(tmp, join(logdir.dir, 'swap', FILE));
  const refusal = async (): Promise<string | undefined> => {
    const runs = ((await (await fetch(`${s.url}/api/runs`)).json()) as ApiRunsResponse).runs;
    return runs
      .find((r) => r.run === 'swap')
      ?.damaged.find((d) => d.file === `swap/${FILE}` && /outside the logdir/.test(d.message))?.message;
  };
  const leaked = async (): Promise<boolean> => (await points('swap', 'secret_tag')).length > 0;
  assert.ok(await waitFor(async () => (await refusal()) !== undefined || (await leaked()), 8000));
  assert.equal(await leaked(), false, 'the outside file is never served');
  assert.match((await refusal()) ?? '', /refused/);
  assert.deepEqual(stepsAndValues(await points('swap', 'loss')), expected(50, 0), 'the 50 points stay');
  await s.app.watcher.refresh(); // a rescan after the swap agrees: the link is not a file of the run
  assert.equal(await leaked(), false);
  assert.deepEqual(stepsAndValues(await points('swap', 'loss')), expected(50, 0));
  await healthOk();
});

test('a 500-point file copied (cp) over a tailed 50-point one is read from its start in full', async () => {
  const src = join(outside.dir, 'cp-new');
  writeFileSync(src, eventBytes('cp-new', 500, 1000));
  copyFileSync(src, join(logdir.dir, 'cp', FILE)); // truncates and rewrites the same inode, as cp does
  assert.ok(await waitFor(async () => (await points('cp', 'loss')).length === 500, 8000));
  assert.deepEqual(stepsAndValues(await points('cp', 'loss')), expected(500, 1000), 'every new point');
  assert.deepEqual(stepsAndValues(await points('cp', 'old_only')), expected(50, 0), 'the old tag stays');
  await healthOk();
});

test('a 20-point file moved (mv) over a tailed 200-point one is read from its start in full', async () => {
  const src = join(outside.dir, 'mv-new');
  writeFileSync(src, eventBytes('mv-new', 20, 1000));
  renameSync(src, join(logdir.dir, 'mv', FILE));
  const news = async (): Promise<number> => (await points('mv', 'loss')).filter((p) => p[2]! >= 1000).length;
  assert.ok(await waitFor(async () => (await news()) === 20, 8000));
  // the new file goes back to step 0: as for a writer's new file, the stored `loss` points from step 0 on
  // give way to it (TensorBoard's restart rule); the tag the new file does not write keeps all 200 points
  assert.deepEqual(stepsAndValues(await points('mv', 'loss')), expected(20, 1000), 'every new point');
  assert.deepEqual(stepsAndValues(await points('mv', 'old_only')), expected(200, 0), 'the old tag stays');
  await healthOk();
});
