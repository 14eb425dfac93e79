// Issue 12, ReDoS: `/data/plugin/custom_scalars/scalars?run=big&tag=(a|a)*b` against a tag of 40 a's, and hparams
// `session_groups` with `filterRegexp: "([\s\S]|[\s\S])*Q"` against long hparam values. Patterns from requests
// run in a linear-time engine (server/regex/safe-regex.ts), so a real `trainboard serve` child answers both with
// the right results while a concurrent /api/health answers, and stays alive.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { tempDir, waitFor } from './hardened-server.ts';
import { alive } from './hostile-records.ts';
import { spawnServe, type ServerChild } from './server-child.ts';

const A40 = 'a'.repeat(40);
const LONG_VALUE = 'momentum-sgd-with-a-rather-long-optimizer-name'; // 46 characters, no Q
const Q_VALUE = 'adam-with-a-rather-long-optimizer-name-and-Q';

const logdir = tempDir('regex');
let server: ServerChild;
let base: string;

before(async () => {
  const big = createSummaryWriter(join(logdir.dir, 'big'), { flushMs: 0 });
  for (let step = 0; step < 3; step++) {
    big.scalar(A40, step, step);
    big.scalar('aab', step * 2, step);
    big.scalar('loss', 1 / (step + 1), step);
  }
  big.close();
  const root = createSummaryWriter(join(logdir.dir, 'sweep'), { flushMs: 0 });
  root.hparamsExperiment({
    hparams: [{ name: 'optimizer', domain: { values: [LONG_VALUE, Q_VALUE] } }],
    metrics: [{ tag: 'loss' }],
  });
  root.close();
  for (const [trial, optimizer] of [
    ['t0', LONG_VALUE],
    ['t1', Q_VALUE],
  ] as const) {
    const w = createSummaryWriter(join(logdir.dir, 'sweep', trial), { flushMs: 0 });
    w.sessionStart({ optimizer });
    w.scalar('loss', 0.5, 1);
    w.sessionEnd('success');
    w.close();
  }
  server = spawnServe(['--logdir', logdir.dir, '--port', '0', '--reload_interval', '1']);
  base = new URL(await server.url).origin;
});
after(async () => {
  await server.stop('SIGKILL');
  logdir.remove();
});

const request = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(20_000) });

/** Sends the attack with /api/health alongside; returns the attack's JSON after asserting both answered. */
async function underAttack(path: string, init?: RequestInit): Promise<unknown> {
  const [attack, health] = await Promise.all([request(path, init), request('/api/health')]);
  assert.equal(health.status, 200, 'a concurrent /api/health answers');
  assert.equal(attack.status, 200, `${path} answers`);
  const body: unknown = await attack.json();
  assert.ok(alive(server.child.pid!), 'the server process is alive');
  return body;
}

test("custom_scalars tag=(a|a)*b against a tag of 40 a's answers with the tags it matches", async () => {
  const tagsOf = async (): Promise<string[]> => {
    const r = await request('/data/plugin/scalars/tags');
    return Object.keys(((await r.json()) as Record<string, Record<string, unknown>>).big ?? {});
  };
  assert.ok(await waitFor(async () => (await tagsOf()).length === 3, 10_000), 'run big is loaded');
  const body = (await underAttack(
    `/data/plugin/custom_scalars/scalars?run=big&tag=${encodeURIComponent('(a|a)*b')}`,
  )) as { regex_valid: boolean; tag_to_events: Record<string, [number, number, number][]> };
  assert.equal(body.regex_valid, true);
  // anchored at the start as TensorBoard's re.match: 'aab' matches, forty a's and 'loss' do not
  assert.deepEqual(Object.keys(body.tag_to_events), ['aab']);
  assert.deepEqual(
    body.tag_to_events.aab!.map((r) => [r[1], r[2]]),
    [
      [0, 0],
      [1, 2],
      [2, 4],
    ],
  );
});

test('hparams session_groups with filterRegexp ([\\s\\S]|[\\s\\S])*Q answers with the groups it matches', async () => {
  const groups = async (filterRegexp: string): Promise<{ totalSize: number; names: unknown[] }> => {
    const body = (await underAttack('/data/plugin/hparams/session_groups', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        experimentName: '',
        allowedStatuses: ['STATUS_UNKNOWN', 'STATUS_SUCCESS', 'STATUS_FAILURE', 'STATUS_RUNNING'],
        colParams: [{ hparam: 'optimizer', filterRegexp, includeInResult: true }],
        startIndex: 0,
        sliceSize: 100,
      }),
    })) as { totalSize: number; sessionGroups: { hparams: Record<string, unknown> }[] };
    return { totalSize: body.totalSize, names: body.sessionGroups.map((g) => g.hparams.optimizer) };
  };
  assert.ok(await waitFor(async () => (await groups('')).totalSize === 2, 10_000), 'both trials are loaded');
  assert.deepEqual(await groups('([\\s\\S]|[\\s\\S])*Q'), { totalSize: 1, names: [Q_VALUE] });
  assert.deepEqual(await groups('([\\s\\S]|[\\s\\S])*Z'), { totalSize: 0, names: [] });
});
