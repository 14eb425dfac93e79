// Browser test of the PR curves view on logs written by tensorboardX's add_pr_curve: the PR Curves tab shows
// one card per tag with each run's curve drawn on the canvas, as many points as the server's (TensorBoard's)
// JSON holds for the latest step, and the step slider redraws the curve of another step.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { TbPrCurvesResponse } from '../../contract/index.ts';
import { repoRoot } from '../support/shared-fixtures.ts';
import {
  ensureClientBuilt,
  launchBrowser,
  requireChromium,
  screenshot,
  startServer,
  tempLogdir,
  type Browser,
  type RunningServer,
} from './support/browser-harness.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
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

let logdir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;

before(() => {
  ensureClientBuilt();
  logdir = tempLogdir('pr-curves');
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(logdir, { recursive: true, force: true });
});

test('the PR Curves tab draws each run’s curve and the step slider switches steps', async (t) => {
  if (!requireChromium(t)) return;
  if (!existsSync(python) && process.env.CI !== 'true') return t.skip(`no Python at ${python}`);
  const r = spawnSync(python, ['-c', SCRIPT, logdir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  server = await startServer(logdir);
  const json = (await (
    await fetch(`${server.url}data/plugin/pr_curves/pr_curves?run=alpha&run=beta&tag=pr`)
  ).json()) as TbPrCurvesResponse;
  const [first, last] = [json.alpha![0]!, json.alpha![1]!];
  assert.ok(first.recall.length < last.recall.length, 'step 0 has a trimmed tail');

  browser = await launchBrowser();
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
