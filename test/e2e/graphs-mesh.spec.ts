// Browser test of the Model view on an op graph of tf.summary.trace_export (a graph inside RunMetadata, listed by
// /data/plugin/graphs/info as an op_graph tag) and of the Mesh view on PyTorch's add_mesh: the Model view's
// picker offers the trace and draws as many op nodes as the server's graph text holds; the Mesh tab lists the
// mesh with the vertex and face counts of its tensors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot } from './support/browser-harness.ts';
import { pythonLogsSuite } from './support/python-logs-suite.ts';

const SCRIPT = `
import sys, numpy as np, tensorflow as tf, torch
from torch.utils.tensorboard import SummaryWriter

@tf.function
def step(x, w):
    return tf.nn.relu(tf.matmul(x, w)) + 1.0

writer = tf.summary.create_file_writer(sys.argv[1] + '/trace')
tf.summary.trace_on(graph=True)
step(tf.ones([2, 3]), tf.ones([3, 4]))
with writer.as_default():
    tf.summary.trace_export(name='step_trace', step=0)
writer.close()

w = SummaryWriter(sys.argv[1] + '/mesh')
v = torch.tensor([[[1.0, 1, 1], [-1, -1, 1], [1, -1, -1], [-1, 1, -1], [0, 0, 2]]])
f = torch.tensor([[[0, 2, 3], [0, 3, 1], [0, 1, 2]]], dtype=torch.int32)
w.add_mesh('pyramid', vertices=v, faces=f, global_step=3)
w.add_scalar('loss', 1.0, 0)
w.close()
`;

const suite = pythonLogsSuite('graphs-mesh');

test('the Model view draws a trace_export op graph and the Mesh tab lists a PyTorch mesh', async (t) => {
  const logs = await suite.start(t, SCRIPT);
  if (!logs) return;
  const { server, browser } = logs;
  const text = await (await fetch(`${server.url}data/plugin/graphs/graph?run=trace&tag=step_trace`)).text();
  const ops = text.split('\n').filter((l) => l === 'node {').length;
  assert.ok(ops > 3, 'the server serves the trace’s op graph');

  const page = await browser.open(`${server.url}?view=model`, { theme: 'light', width: 1200, height: 800 });
  const option = `op:${JSON.stringify(['trace', 'step_trace'])}`;
  await page
    .locator(`select.session-picker option[value=${JSON.stringify(option)}]`)
    .waitFor({ state: 'attached' });
  await page.selectOption('select.session-picker', option);
  const card = page.locator('[data-testid="op-graph"]');
  await card.waitFor();
  assert.equal(await card.getAttribute('data-ops'), String(ops));
  assert.equal(await card.locator('svg g.graph-node').count(), ops);
  await screenshot(page, 'trace-export-op-graph');

  await page.goto(`${server.url}?view=mesh`);
  const row = page.locator('[data-testid="mesh-row"][data-run="mesh"][data-tag="pyramid"]');
  await row.waitFor();
  assert.equal(await row.getAttribute('data-vertices'), '5');
  assert.equal(await row.getAttribute('data-faces'), '3');
  await screenshot(page, 'mesh-list');
  assert.deepEqual(browser.errors, []);
});
