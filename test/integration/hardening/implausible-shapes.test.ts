// Issue 12, "tiny files that claim huge shapes": a text tensor of shape [100000,100000] (and an empty one of
// [0,100000,100000]), two histogram tensors of shape [1e8,3] with one float_val, a scalar tensor of shape [4e8],
// each a record of a few dozen bytes between good records. A real `trainboard serve` child reads them; the lying
// records are damage (file, offset, 'implausible-shape'), the records around them are served, a concurrent
// /api/health answers while the Text, Histograms and Scalars routes are asked for them, and the process's peak
// RSS stays under a bound.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import type { ApiRunsResponse, DamageReport } from '../../../contract/index.ts';
import { tempDir, waitFor } from './hardened-server.ts';
import {
  alive,
  eventFile,
  fileVersionRecord,
  histogramRecord,
  peakRssMiB,
  scalarTensorRecord,
  textRecord,
} from './hostile-records.ts';
import { spawnServe, type ServerChild } from './server-child.ts';

/** Peak RSS bound for the server child: it idles near 100 MiB; building any of the claimed shapes takes GiBs. */
const RSS_BOUND_MIB = 400;
const FILE = 'events.out.tfevents.1700000000.hostile';

const logdir = tempDir('shapes');
const files: Record<string, { offsets: number[]; size: number }> = {};
function writeRun(run: string, records: Uint8Array[]): void {
  mkdirSync(join(logdir.dir, run), { recursive: true });
  const f = eventFile(records);
  writeFileSync(join(logdir.dir, run, FILE), f.bytes);
  files[run] = { offsets: f.offsets, size: f.bytes.length };
}

let server: ServerChild;
let base: string;
before(async () => {
  writeRun('text-lie', [
    fileVersionRecord(),
    textRecord('notes', 0, ['before']),
    textRecord('notes', 1, ['boom'], [100_000, 100_000]),
    textRecord('notes', 2, ['after']),
    textRecord('notes', 3, [], [0, 100_000, 100_000]), // empty, yet a table of 10^10 cells
    textRecord('notes', 4, ['last']),
  ]);
  writeRun('hist-lie', [
    fileVersionRecord(),
    histogramRecord('w', 0, [0, 1, 5, 1, 2, 7], [2, 3]),
    histogramRecord('w', 1, [1], [1e8, 3]),
    histogramRecord('w', 2, [1], [1e8, 3]),
    histogramRecord('w', 3, [0, 2, 4], [1, 3]),
  ]);
  writeRun('scalar-lie', [
    fileVersionRecord(),
    scalarTensorRecord('loss', 0, [0.5]),
    scalarTensorRecord('loss', 1, [1], [4e8]),
    scalarTensorRecord('loss', 2, [0.25]),
  ]);
  server = spawnServe(['--logdir', logdir.dir, '--port', '0', '--reload_interval', '1']);
  base = new URL(await server.url).origin;
});
after(async () => {
  await server.stop('SIGKILL');
  logdir.remove();
});

const get = (path: string): Promise<Response> =>
  fetch(`${base}${path}`, { signal: AbortSignal.timeout(20_000) });

async function damageOf(run: string): Promise<DamageReport[]> {
  const body = (await (await get('/api/runs')).json()) as ApiRunsResponse;
  return body.runs.find((r) => r.run === run)?.damaged ?? [];
}

/** Asks for `path` with /api/health fired alongside; returns the route's JSON after asserting health answered. */
async function underAttack(path: string): Promise<unknown> {
  const [attack, health] = await Promise.all([get(path), get('/api/health')]);
  assert.equal(health.status, 200, 'a concurrent /api/health answers');
  assert.equal(attack.status, 200, `${path} answers`);
  return attack.json();
}

async function assertDamaged(run: string, records: number[]): Promise<void> {
  assert.ok(
    await waitFor(async () => (await damageOf(run)).length >= records.length, 10_000),
    `${run} damage`,
  );
  const damage = await damageOf(run);
  assert.deepEqual(
    damage.map((d) => [d.file, d.offset, d.reason]),
    records.map((i) => [`${run}/${FILE}`, files[run]!.offsets[i], 'implausible-shape']),
  );
}

function assertHealthy(t: TestContext): void {
  assert.ok(alive(server.child.pid!), 'the server process is alive');
  const rss = peakRssMiB(server.child.pid!);
  assert.ok(rss < RSS_BOUND_MIB, `peak RSS ${rss.toFixed(0)} MiB under ${RSS_BOUND_MIB} MiB`);
  t.diagnostic(`server peak RSS ${rss.toFixed(0)} MiB`);
}

test('a text tensor claiming shape [100000,100000] is damage and the texts around it are served', async (t) => {
  await assertDamaged('text-lie', [2, 4]);
  const texts = (await underAttack('/data/plugin/text/text?run=text-lie&tag=notes')) as {
    step: number;
    text: string;
  }[];
  assert.deepEqual(
    texts.map((t) => [t.step, t.text]),
    [
      [0, '<p>before</p>'],
      [2, '<p>after</p>'],
      [4, '<p>last</p>'],
    ],
  );
  assertHealthy(t);
});

test('histogram tensors claiming shape [1e8,3] with one float_val are damage; the good ones are served', async (t) => {
  await assertDamaged('hist-lie', [2, 3]);
  const series = (await underAttack('/data/plugin/histograms/histograms?run=hist-lie&tag=w')) as unknown[][];
  assert.deepEqual(
    series.map((e) => [e[1], e[2]]),
    [
      [
        0,
        [
          [0, 1, 5],
          [1, 2, 7],
        ],
      ],
      [3, [[0, 2, 4]]],
    ],
  );
  assertHealthy(t);
});

test('a scalar tensor claiming shape [4e8] is damage and the scalars around it are served', async (t) => {
  await assertDamaged('scalar-lie', [2]);
  const rows = (await underAttack('/data/plugin/scalars/scalars?run=scalar-lie&tag=loss')) as number[][];
  assert.deepEqual(
    rows.map((r) => [r[1], r[2]]),
    [
      [0, 0.5],
      [2, 0.25],
    ],
  );
  assertHealthy(t);
});
