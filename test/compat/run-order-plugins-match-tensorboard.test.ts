// Every /data/plugin route that lists runs lists them in TensorBoard's order, byte for byte: its multiplexer's,
// the logdir's top-down walk in raw readdir order (not by name, not by first event; /data/runs alone sorts by
// first event). tensorboardX logs (scalars, histograms, an image, text, a PR curve, a torch graph in every other
// run) whose walk order, name order and first-event order all differ, some runs nested; each answer compared
// with real TensorBoard's (--load_fast=false) after parsing and re-serialising both, so key order counts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { startTensorBoard, type RealTensorBoard } from './tensorboard-frontend/frontend-servers.ts';
import type { CapturedRequest } from './tensorboard-frontend/dashboard-driver.ts';
import { replay } from './tensorboard-frontend/replay.ts';
import { python, pythonSkip } from './tensorboard-oracle.ts';
import { repoRoot } from '../support/shared-fixtures.ts';

const skip = pythonSkip(['tensorboard', 'tensorboardX', 'torch']);

interface Orders {
  walk: string[];
  sorted: string[];
  first_event: string[];
}

let tmp: ReturnType<typeof tempLogdir>;
let orders: Orders;
let server: TestServer;
let tensorboard: RealTensorBoard;
before(async () => {
  if (skip) return;
  tmp = tempLogdir('trainboard-run-order-plugins-');
  const logdir = join(tmp.dir, 'logs');
  const script = join(repoRoot, 'test', 'compat', 'python', 'write_run_order.py');
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

const form = (fields: [string, string][]): Pick<CapturedRequest, 'contentType' | 'body'> => ({
  contentType: 'application/x-www-form-urlencoded',
  body: Buffer.from(new URLSearchParams(fields).toString()),
});

const ROUTES = ['scalars', 'images', 'histograms', 'distributions', 'text', 'pr_curves'].map(
  (p) => `/data/plugin/${p}/tags`,
);

test('the logs’ walk order, name order and first-event order all differ', { skip }, async () => {
  assert.notDeepEqual(orders.walk, orders.sorted);
  assert.notDeepEqual(orders.walk, orders.first_event);
  assert.notDeepEqual(orders.sorted, orders.first_event);
  const tags = (await (await fetch(`${tensorboard.url}/data/plugin/scalars/tags`)).json()) as object;
  assert.deepEqual(Object.keys(tags), orders.walk, 'TensorBoard lists runs in its walk order');
  const runs = (await (await fetch(`${tensorboard.url}/data/runs`)).json()) as string[];
  assert.deepEqual(runs, orders.first_event, 'TensorBoard sorts /data/runs by first event');
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
        ...form([['tag', 'loss'], ...orders.sorted.map((r): [string, string] => ['runs', r])]),
      },
    ];
    const { differences, replayed } = await replay(requests, tensorboard.url, server.url);
    assert.equal(replayed, requests.length, 'TensorBoard answers every request 2xx');
    assert.deepEqual(differences, []);
    const ours = await server.json<object>('/data/plugin/histograms/tags');
    assert.deepEqual(Object.keys(ours), orders.walk);
  },
);
