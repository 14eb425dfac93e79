// No path escapes the logdir, symlinks included: a run directory that is a symlink to a directory outside the
// logdir, or an event file that is a symlink to a file outside it, is never read or served; a symlink to a
// directory inside the logdir is fine; run and tag parameters cannot reach outside either.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, type HardenedServer } from './hardened-server.ts';

const logdir = tempDir('escape-logdir');
const outside = tempDir('escape-outside');
let s: HardenedServer;

function writeRun(dir: string, tag: string, n: number): string {
  const w = createSummaryWriter(dir, { flushMs: 0 });
  for (let i = 0; i < n; i++) w.scalar(tag, i, i);
  w.close();
  return w.path;
}

before(async () => {
  writeRun(join(logdir.dir, 'real'), 'loss', 4);
  symlinkSync(join(logdir.dir, 'real'), join(logdir.dir, 'alias'));
  const secretFile = writeRun(join(outside.dir, 'secret'), 'secret_tag', 7);
  symlinkSync(join(outside.dir, 'secret'), join(logdir.dir, 'escape'));
  symlinkSync(outside.dir, join(logdir.dir, 'escape-parent'));
  mkdirSync(join(logdir.dir, 'filelink'));
  symlinkSync(secretFile, join(logdir.dir, 'filelink', 'events.out.tfevents.1.link'));
  s = await startHardenedServer({ logdir: logdir.dir });
});
after(async () => {
  await s.close();
  logdir.remove();
  outside.remove();
});

test('a symlinked run directory pointing outside the logdir is not listed or served', async () => {
  const runs = ((await (await fetch(`${s.url}/data/runs`)).json()) as string[]).sort();
  assert.ok(!runs.some((r) => r.startsWith('escape')), JSON.stringify(runs));
  for (const run of ['escape', 'escape-parent/secret']) {
    const res = await fetch(`${s.url}/api/series?run=${encodeURIComponent(run)}&tag=secret_tag`);
    assert.equal(res.status, 404, run);
  }
  const tags = (await (await fetch(`${s.url}/data/plugin/scalars/tags`)).json()) as Record<string, unknown>;
  assert.ok(!Object.keys(tags).some((r) => r.startsWith('escape')), JSON.stringify(tags));
});

test('an event file that is a symlink to a file outside the logdir is not read', async () => {
  const tags = await (await fetch(`${s.url}/data/plugin/scalars/tags`)).text();
  assert.doesNotMatch(tags, /secret_tag/);
  const health = (await (await fetch(`${s.url}/api/health`)).json()) as { counters: { points: number } };
  assert.equal(health.counters.points, 4);
});

test('a symlink to a directory inside the logdir is fine: its points are served once', async () => {
  const runs = (await (await fetch(`${s.url}/data/runs`)).json()) as string[];
  const served = runs.filter((r) => r === 'real' || r === 'alias');
  assert.equal(served.length, 1, JSON.stringify(runs));
  const res = await fetch(`${s.url}/data/plugin/scalars/scalars?run=${served[0]}&tag=loss`);
  assert.equal(((await res.json()) as unknown[]).length, 4);
});

test('run parameters with .. or absolute paths cannot reach the outside directory', async () => {
  for (const run of ['../escape-outside', outside.dir, `real/../../${outside.dir}`, 'escape/../escape']) {
    const res = await fetch(
      `${s.url}/data/plugin/scalars/scalars?run=${encodeURIComponent(run)}&tag=secret_tag`,
    );
    assert.ok(res.status === 400 || res.status === 404, `${run}: ${res.status}`);
  }
});
