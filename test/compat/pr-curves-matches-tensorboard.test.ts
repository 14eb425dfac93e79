// The PR curves plugin answers as TensorBoard's own PrCurvesPlugin for the same logdir: curves written by
// tf.summary (tensorboard.plugins.pr_curve.summary.pb, with display name, description and a trimmed tail), by
// summary.op in a TF1 graph and by tensorboardX's add_pr_curve; /tags and /pr_curves compared as parsed JSON,
// plus its 400s.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { repoRoot } from '../support/shared-fixtures.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const havePython = existsSync(python);
if (!havePython && process.env.CI === 'true') throw new Error(`CI needs TensorBoard's Python at ${python}`);
const skip = havePython ? false : `no Python with TensorBoard at ${python} (bash scripts/setup-python.sh)`;
const SCRIPT = join(repoRoot, 'test', 'compat', 'python', 'pr_curves_with_tensorboard.py');

interface Expected {
  tags: Record<string, Record<string, unknown>>;
  curves: Record<string, { runs: string[]; body: Record<string, { thresholds: number[] }[]> }>;
}

let server: TestServer;
let tmp: ReturnType<typeof tempLogdir>;
let expected: Expected;
before(async () => {
  if (skip) return;
  tmp = tempLogdir('trainboard-pr-curves-');
  const r = spawnSync(python, [SCRIPT, tmp.dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  expected = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Expected;
  server = await startTestServer({ logdir: tmp.dir });
});
after(async () => {
  await server?.close();
  tmp?.remove();
});

const prUrl = (runs: readonly string[], tag: string): string =>
  `/data/plugin/pr_curves/pr_curves?${[...runs.map((r) => ['run', r]), ['tag', tag]]
    .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)
    .join('&')}`;

test(
  '/data/plugin/pr_curves/tags equals TensorBoard’s for tf.summary, TF1 summary.op and tensorboardX runs',
  { skip },
  async () => {
    assert.deepEqual(Object.keys(expected.tags).sort(), ['tbx', 'tf', 'tf1'], 'TensorBoard lists every run');
    assert.deepEqual(await server.json('/data/plugin/pr_curves/tags'), expected.tags);
  },
);

test(
  '/data/plugin/pr_curves/pr_curves equals TensorBoard’s for every tag, trimmed tails included',
  { skip },
  async () => {
    const tags = Object.keys(expected.curves);
    assert.deepEqual(tags, ['op_pr/pr_curves', 'tbx_pr', 'tf_low/pr_curves', 'tf_pr/pr_curves']);
    const low = expected.curves['tf_low/pr_curves']!.body.tf![0]!;
    assert.ok(low.thresholds.length < 21, 'TensorBoard trims the tail where TP + FP = 0');
    for (const tag of tags) {
      const { runs, body } = expected.curves[tag]!;
      assert.deepEqual(await server.json(prUrl(runs, tag)), body, `tag ${tag}`);
    }
  },
);

test('/data/plugin/pr_curves/pr_curves answers several runs keyed by run', { skip }, async () => {
  const body = await server.json<Record<string, unknown[]>>(prUrl(['tf', 'tf'], 'tf_pr/pr_curves'));
  assert.deepEqual(Object.keys(body), ['tf']);
  assert.equal(body.tf!.length, 4);
});

test(
  '/data/plugin/pr_curves/pr_curves answers 400 without runs, without a tag, or for a run lacking the tag',
  { skip },
  async () => {
    for (const path of [
      '/data/plugin/pr_curves/pr_curves?tag=tbx_pr',
      '/data/plugin/pr_curves/pr_curves?run=tbx',
      prUrl(['tbx', 'tf'], 'tbx_pr'),
      prUrl(['nope'], 'tbx_pr'),
    ]) {
      const res = await fetch(server.url + path);
      assert.equal(res.status, 400, path);
    }
  },
);

test('/data/plugins_listing lists pr_curves as TensorBoard’s PR Curves tab, enabled', { skip }, async () => {
  const listing =
    await server.json<Record<string, { enabled: boolean; tab_name: string }>>('/data/plugins_listing');
  assert.equal(listing.pr_curves?.enabled, true);
  assert.equal(listing.pr_curves?.tab_name, 'PR Curves');
});
