// Runs and tags named like integers (`1`, `10`, `2`, beside `a` and `0/x`; tags `10`, `2`, `1`) come out of every
// run-keyed and tag-keyed /data/plugin answer in TensorBoard's order, compared as RAW BYTES: a JavaScript object
// puts integer-like keys first in ascending order, which JSON.parse on both sides would hide (the replay of
// run-order-plugins-match-tensorboard cannot see it). tensorboardX logs (graphs by torch) whose walk order, name
// order and JavaScript key order all differ, against real TensorBoard 2.21 (--load_fast=false). TensorBoard's
// text is compacted (its json.dumps writes `, ` and `: `; nothing else is changed); ours is taken as sent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonSkip } from './tensorboard-oracle.ts';
import { answer, logsOnBothServers, type Probe } from './logs-on-both-servers.ts';
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

const both = logsOnBothServers<Orders>({
  skip,
  prefix: 'trainboard-integer-runs-',
  script: 'write_integer_run_names.py',
  runCount: (w) => w.walk.length,
});

/** Every answer keyed by run or tag whose bytes TensorBoard makes deterministically. */
function probes(): Probe[] {
  const tagsRoutes = ['scalars', 'histograms', 'distributions', 'images', 'text', 'pr_curves', 'mesh'].map(
    (p) => ({ path: `/data/plugin/${p}/tags` }),
  );
  const q = (run: string, tag: string): string =>
    `run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`;
  const [first] = both.written.walk;
  return [
    ...tagsRoutes,
    { path: '/data/plugin/graphs/info' },
    { path: '/data/plugin/timeseries/tags' },
    {
      path: '/data/plugin/timeseries/timeSeries',
      form: [['requests', JSON.stringify(both.written.tags.map((tag) => ({ plugin: 'scalars', tag })))]],
    },
    // asked in name order: the answer comes in TensorBoard's order all the same
    {
      path: '/data/plugin/scalars/scalars_multirun',
      form: [['tag', '10'], ...both.written.sorted.map((r): [string, string] => ['runs', r])],
    },
    // pr_curves answers in the order the runs are asked in
    {
      path: `/data/plugin/pr_curves/pr_curves?${both.written.sorted.map((r) => `run=${r}`).join('&')}&tag=5`,
    },
    { path: `/data/plugin/custom_scalars/scalars?${q(first!, '.*')}` },
    { path: `/data/plugin/custom_scalars/scalars?${q(first!, '1|2|10')}` },
  ];
}

test('the runs’ walk order, name order and JavaScript key order all differ', { skip }, async () => {
  assert.notDeepEqual(both.written.walk, both.written.sorted);
  assert.notDeepEqual(both.written.walk, both.written.js);
  assert.notDeepEqual(both.written.sorted, both.written.js);
  const text = (await answer(both.tensorboard.url, { path: '/data/plugin/scalars/tags' })).text;
  const runs = topLevelKeys(compactJson(text));
  assert.deepEqual(
    runs,
    both.written.walk,
    'TensorBoard lists runs in its walk order, integer-like names included',
  );
});

test('every run-keyed and tag-keyed answer is TensorBoard’s, byte for byte', { skip }, async () => {
  const differences: string[] = [];
  for (const p of probes()) {
    const [tb, us] = await Promise.all([answer(both.tensorboard.url, p), answer(both.ours.url, p)]);
    assert.equal(
      tb.status,
      200,
      `TensorBoard ${p.path}: ${tb.status} ${both.tensorboard.log().slice(-3000)}`,
    );
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
