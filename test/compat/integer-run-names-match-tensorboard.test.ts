// Runs and tags named like integers (`1`, `10`, `2`, beside `a` and `0/x`; tags `10`, `2`, `1`) come out of every
// run-keyed and tag-keyed /data/plugin answer in TensorBoard's order, compared as RAW BYTES: a JavaScript object
// puts integer-like keys first in ascending order, which JSON.parse on both sides would hide (the replay of
// run-order-plugins-match-tensorboard cannot see it). tensorboardX logs (graphs by torch) whose walk order, name
// order and JavaScript key order all differ, against real TensorBoard 2.21 (--load_fast=false). TensorBoard's
// text is compacted (its json.dumps writes `, ` and `: `; nothing else is changed); ours is taken as sent.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { startTensorBoard, type RealTensorBoard } from './tensorboard-frontend/frontend-servers.ts';
import { python, pythonSkip } from './tensorboard-oracle.ts';
import { repoRoot } from '../support/shared-fixtures.ts';
import { compactJson } from './compact-json.ts';

const skip = pythonSkip(['tensorboard', 'tensorboardX', 'torch']);

interface Orders {
  walk: string[];
  sorted: string[];
  js: string[];
  tags: string[];
}

/** The keys of a compact JSON object's top level, in the order of its text (no key holds a quote or escape). */
function topLevelKeys(compact: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i]!;
    if (c === '"') {
      const end = compact.indexOf('"', i + 1);
      if (depth === 1 && compact[end + 1] === ':') keys.push(compact.slice(i + 1, end));
      i = end;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return keys;
}

let tmp: ReturnType<typeof tempLogdir>;
let orders: Orders;
let server: TestServer;
let tensorboard: RealTensorBoard;
before(async () => {
  if (skip) return;
  tmp = tempLogdir('trainboard-integer-runs-');
  const logdir = join(tmp.dir, 'logs');
  const script = join(repoRoot, 'test', 'compat', 'python', 'write_integer_run_names.py');
  const r = spawnSync(python, [script, logdir], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  orders = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Orders;
  server = await startTestServer({ logdir });
  tensorboard = await startTensorBoard(logdir, Promise.resolve(orders.walk.length));
});
after(async () => {
  await tensorboard?.close();
  await server?.close();
  tmp?.remove();
});

interface Probe {
  path: string;
  form?: [string, string][];
}

async function answer(origin: string, p: Probe): Promise<{ status: number; text: string }> {
  const res = await fetch(origin + p.path, {
    ...(p.form
      ? {
          method: 'POST',
          body: new URLSearchParams(p.form).toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }
      : {}),
  });
  return { status: res.status, text: await res.text() };
}

/** Every answer keyed by run or tag whose bytes TensorBoard makes deterministically. */
function probes(): Probe[] {
  const tagsRoutes = ['scalars', 'histograms', 'distributions', 'images', 'text', 'pr_curves', 'mesh'].map(
    (p) => ({ path: `/data/plugin/${p}/tags` }),
  );
  const q = (run: string, tag: string): string =>
    `run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`;
  const [first] = orders.walk;
  return [
    ...tagsRoutes,
    { path: '/data/plugin/graphs/info' },
    { path: '/data/plugin/timeseries/tags' },
    {
      path: '/data/plugin/timeseries/timeSeries',
      form: [['requests', JSON.stringify(orders.tags.map((tag) => ({ plugin: 'scalars', tag })))]],
    },
    // asked in name order: the answer comes in TensorBoard's order all the same
    {
      path: '/data/plugin/scalars/scalars_multirun',
      form: [['tag', '10'], ...orders.sorted.map((r): [string, string] => ['runs', r])],
    },
    // pr_curves answers in the order the runs are asked in
    { path: `/data/plugin/pr_curves/pr_curves?${orders.sorted.map((r) => `run=${r}`).join('&')}&tag=5` },
    { path: `/data/plugin/custom_scalars/scalars?${q(first!, '.*')}` },
    { path: `/data/plugin/custom_scalars/scalars?${q(first!, '1|2|10')}` },
  ];
}

test('the runs’ walk order, name order and JavaScript key order all differ', { skip }, async () => {
  assert.notDeepEqual(orders.walk, orders.sorted);
  assert.notDeepEqual(orders.walk, orders.js);
  assert.notDeepEqual(orders.sorted, orders.js);
  const text = (await answer(tensorboard.url, { path: '/data/plugin/scalars/tags' })).text;
  const runs = topLevelKeys(compactJson(text));
  assert.deepEqual(
    runs,
    orders.walk,
    'TensorBoard lists runs in its walk order, integer-like names included',
  );
});

test('every run-keyed and tag-keyed answer is TensorBoard’s, byte for byte', { skip }, async () => {
  const differences: string[] = [];
  for (const p of probes()) {
    const [tb, us] = await Promise.all([answer(tensorboard.url, p), answer(server.url, p)]);
    assert.equal(tb.status, 200, `TensorBoard ${p.path}: ${tb.status} ${tensorboard.log().slice(-3000)}`);
    const want = compactJson(tb.text);
    if (us.status !== 200 || us.text !== want) {
      let at = 0;
      while (at < want.length && want[at] === us.text[at]) at++;
      differences.push(
        `${p.path} (${us.status}) at byte ${at}: ${JSON.stringify(want.slice(Math.max(0, at - 40), at + 80))} ` +
          `(TensorBoard) vs ${JSON.stringify(us.text.slice(Math.max(0, at - 40), at + 80))} (ours)`,
      );
    }
  }
  assert.deepEqual(differences, []);
});
