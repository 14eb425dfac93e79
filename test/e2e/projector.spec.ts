// Browser test of the Projector view on an embedding written by PyTorch's add_embedding (12 points of width 5,
// labels item0…item11): the view draws as many points as the tensor TensorBoard's /tensor route serves has
// rows, in 3-D and in 2-D, and the search box highlights exactly the points whose label matches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot } from './support/browser-harness.ts';
import { pythonLogsSuite } from './support/python-logs-suite.ts';

const SCRIPT = `
import sys, numpy as np, torch
from torch.utils.tensorboard import SummaryWriter
rng = np.random.default_rng(5)
w = SummaryWriter(sys.argv[1] + '/emb')
w.add_embedding(torch.tensor(rng.normal(size=(12, 5)), dtype=torch.float32),
                metadata=[f"item{i}" for i in range(12)], global_step=0, tag="words")
w.close()
`;

const suite = pythonLogsSuite('projector');

test('the Projector view draws every point of a PyTorch embedding and search highlights the matching labels', async (t) => {
  const logs = await suite.start(t, SCRIPT);
  if (!logs) return;
  const { server, browser } = logs;
  const tensor = await fetch(`${server.url}data/plugin/projector/tensor?run=emb&name=words:00000`);
  const rows = (await tensor.arrayBuffer()).byteLength / 4 / 5;
  assert.equal(rows, 12, 'the server serves the 12×5 tensor');

  const page = await browser.open(`${server.url}?view=projector`, {
    theme: 'light',
    width: 1200,
    height: 800,
  });
  const canvas = page.locator('[data-testid="projector-canvas"]');
  await page.locator('[data-testid="projector-points"]', { hasText: 'points' }).waitFor();
  assert.equal(await page.locator('[data-testid="projector-points"]').textContent(), `${rows} points`);
  assert.equal(await canvas.getAttribute('data-points'), String(rows));
  assert.equal(await canvas.getAttribute('data-dims'), '3');
  assert.equal(await page.locator('[data-testid="projector-tensor"]').inputValue(), 'words:00000');

  await page.locator('[data-testid="projector-search"]').fill('item1');
  await page.locator('[data-testid="projector-matches"]', { hasText: 'matching' }).waitFor();
  // item1, item10, item11
  assert.equal(await page.locator('[data-testid="projector-matches"]').textContent(), '3 matching');
  assert.equal(await canvas.getAttribute('data-highlighted'), '3');
  await screenshot(page, 'projector-3d-search');

  const before3d = await page.evaluate<string>(
    `document.querySelector('[data-testid="projector-canvas"]').toDataURL()`,
  );
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  const rotated = await page.evaluate<string>(
    `document.querySelector('[data-testid="projector-canvas"]').toDataURL()`,
  );
  assert.notEqual(rotated, before3d, 'dragging rotates the 3-D view');

  await page.locator('[data-testid="projector-dims"]').selectOption('2');
  assert.equal(await canvas.getAttribute('data-dims'), '2');
  assert.equal(await canvas.getAttribute('data-points'), String(rows));
  await screenshot(page, 'projector-2d');
  assert.deepEqual(browser.errors, []);
});
