// Every /data/plugin route that lists runs lists them in TensorBoard's order, byte for byte: its multiplexer's,
// the logdir's top-down walk in raw readdir order (not by name, not by first event; /data/runs alone sorts by
// first event). tensorboardX logs (scalars, histograms, an image, text, a PR curve, a torch graph in every other
// run) whose walk order, name order and first-event order all differ, some runs nested; each answer compared
// with real TensorBoard's (--load_fast=false) after parsing and re-serialising both, so key order counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CapturedRequest } from './tensorboard-frontend/dashboard-driver.ts';
import { replay } from './tensorboard-frontend/replay.ts';
import { pythonSkip } from './tensorboard-oracle.ts';
import { logsOnBothServers } from './logs-on-both-servers.ts';

const skip = pythonSkip(['tensorboard', 'tensorboardX', 'torch']);

interface Orders {
  walk: string[];
  sorted: string[];
  first_event: string[];
}

const both = logsOnBothServers<Orders>({
  skip,
  prefix: 'trainboard-run-order-plugins-',
  script: 'write_run_order.py',
  runCount: (w) => w.walk.length,
});

const form = (fields: [string, string][]): Pick<CapturedRequest, 'contentType' | 'body'> => ({
  contentType: 'application/x-www-form-urlencoded',
  body: Buffer.from(new URLSearchParams(fields).toString()),
});

const ROUTES = ['scalars', 'images', 'histograms', 'distributions', 'text', 'pr_curves'].map(
  (p) => `/data/plugin/${p}/tags`,
);

test('the logs’ walk order, name order and first-event order all differ', { skip }, async () => {
  assert.notDeepEqual(both.written.walk, both.written.sorted);
  assert.notDeepEqual(both.written.walk, both.written.first_event);
  assert.notDeepEqual(both.written.sorted, both.written.first_event);
  const tags = (await (await fetch(`${both.tensorboard.url}/data/plugin/scalars/tags`)).json()) as object;
  assert.deepEqual(Object.keys(tags), both.written.walk, 'TensorBoard lists runs in its walk order');
  const runs = (await (await fetch(`${both.tensorboard.url}/data/runs`)).json()) as string[];
  assert.deepEqual(runs, both.written.first_event, 'TensorBoard sorts /data/runs by first event');
});

test(
  'every route listing runs answers TensorBoard’s JSON, runs in TensorBoard’s order',
  { skip },
  async () => {
    const requests: CapturedRequest[] = [
      { method: 'GET', path: '/data/runs' },
      ...ROUTES.map((path) => ({ method: 'GET', path })),
      { method: 'GET', path: '/data/plugin/graphs/info' },
      { method: 'GET', path: '/data/plugin/timeseries/tags' },
      {
        method: 'POST',
        path: '/data/plugin/timeseries/timeSeries',
        ...form([['requests', JSON.stringify([{ plugin: 'scalars', tag: 'loss' }])]]),
      },
      {
        method: 'POST',
        path: '/data/plugin/scalars/scalars_multirun',
        // asked in name order: the answer comes in TensorBoard's order all the same
        ...form([['tag', 'loss'], ...both.written.sorted.map((r): [string, string] => ['runs', r])]),
      },
    ];
    const { differences, replayed } = await replay(requests, both.tensorboard.url, both.ours.url);
    assert.equal(replayed, requests.length, 'TensorBoard answers every request 2xx');
    assert.deepEqual(differences, []);
    const ours = await both.ours.json<object>('/data/plugin/histograms/tags');
    assert.deepEqual(Object.keys(ours), both.written.walk);
  },
);
