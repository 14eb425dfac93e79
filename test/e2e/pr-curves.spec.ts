// Browser test of the PR curves view on logs written by tensorboardX's add_pr_curve: the PR Curves tab shows
// one card per tag with each run's curve drawn on the canvas, as many points as the server's (TensorBoard's)
// JSON holds for the latest step, and the step slider redraws the curve of another step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TbPrCurvesResponse } from '../../contract/index.ts';
import { screenshot } from './support/browser-harness.ts';
import { pythonLogsSuite } from './support/python-logs-suite.ts';

// Step 0's predictions are all below 0.5 (its tail is trimmed), step 1's spread over [0, 1].
const SCRIPT = `
import sys, numpy as np
from tensorboardX import SummaryWriter
rng = np.random.default_rng(3)
for run in ('alpha', 'beta'):
    w = SummaryWriter(sys.argv[1] + '/' + run)
    for step in range(2):
        labels = rng.integers(0, 2, 80)
        preds = np.clip(labels * 0.4 + rng.random(80) * 0.6, 0, 1) * (0.45 if step == 0 else 1.0)
        w.add_pr_curve('pr', labels, preds, step)
    w.add_scalar('loss', 1.0, 0)
    w.close()
`;

const suite = pythonLogsSuite('pr-curves');

test('the PR Curves tab draws each run’s curve and the step slider switches steps', async (t) => {
  const logs = await suite.start(t, SCRIPT);
  if (!logs) return;
  const { server, browser } = logs;
  const json = (await (
    await fetch(`${server.url}data/plugin/pr_curves/pr_curves?run=alpha&run=beta&tag=pr`)
  ).json()) as TbPrCurvesResponse;
  const [first, last] = [json.alpha![0]!, json.alpha![1]!];
  assert.ok(first.recall.length < last.recall.length, 'step 0 has a trimmed tail');

  const page = await browser.open(`${server.url}?view=pr_curves`, {
    theme: 'light',
    width: 1200,
    height: 800,
  });
  const row = page.locator('[data-testid="pr-run"][data-run="alpha"]');
  await row.waitFor();
  assert.equal(await page.locator('[data-testid="pr-curve-card"]').count(), 1);
  assert.equal(await page.locator('[data-testid="pr-run"]').count(), 2);
  assert.equal(await row.getAttribute('data-points'), String(last.recall.length));
  assert.equal(await row.locator('[data-testid="pr-step"]').textContent(), 'step 1');
  const canvas = '[data-testid="pr-curve-card"] canvas';
  const before = await page.evaluate<string>(`document.querySelector(${JSON.stringify(canvas)}).toDataURL()`);
  await screenshot(page, 'pr-curves');

  await row.locator('input[type="range"]').fill('0');
  assert.equal(await row.locator('[data-testid="pr-step"]').textContent(), 'step 0');
  assert.equal(await row.getAttribute('data-points'), String(first.recall.length));
  const afterSlide = await page.evaluate<string>(
    `document.querySelector(${JSON.stringify(canvas)}).toDataURL()`,
  );
  assert.notEqual(afterSlide, before, 'the canvas redraws with step 0’s curve');
  assert.deepEqual(browser.errors, []);
});
