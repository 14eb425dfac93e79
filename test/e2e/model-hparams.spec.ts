// Browser test of the model and hparams views on sessions trained by the real trainer CLI (tiny limits): the
// wide-and-deep model shows its summary table with the run store's parameter total and a graph with both inputs
// and both outputs; the hparams table lists every session of a small sweep; no console errors.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openRunStore } from '../../runstore/run-store.ts';
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
import { attributeList } from './support/page-probes.ts';
import { runTrainboard } from './support/session-fixtures.ts';

let logdir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;
const SWEEP = [0.05, 0.1, 0.3];

before(async () => {
  ensureClientBuilt();
  logdir = tempLogdir('model');
  const common = ['--logdir', logdir, '--backend', 'cpu', '--limit', '64', '--histogram-freq', '1'];
  await runTrainboard(['train', 'wide-deep', '--epochs', '2', '--run', 'wide-deep-e2e', ...common]);
  await Promise.all(
    SWEEP.map((lr, i) =>
      runTrainboard([
        'train',
        'xor',
        '--epochs',
        '3',
        '--learning-rate',
        String(lr),
        '--run',
        `xor-lr-${i}`,
        ...common,
      ]),
    ),
  );
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(logdir, { recursive: true, force: true });
});

test('model and hparams views on trained sessions', async (t) => {
  if (!requireChromium(t)) return;
  server = await startServer(logdir);
  browser = await launchBrowser();
  const store = openRunStore(join(logdir, 'trainboard.sqlite'), { readonly: true });
  const wideDeep = store.getSession('wide-deep-e2e');
  store.close();
  const summary = wideDeep?.layerSummary;
  assert.ok(summary, 'the trainer recorded a layer summary');

  await t.test(
    'the wide-and-deep model shows both inputs, both outputs and the right parameter total',
    async () => {
      const page = await browser!.open(`${server!.url}?view=model&session=wide-deep-e2e`, {
        theme: 'light',
        height: 1100,
      });
      await page.waitForSelector('[data-testid="model-summary"]');
      await page.waitForSelector('[data-testid="model-graph"] .graph-node');
      const total = await page.getAttribute('[data-testid="model-summary"]', 'data-total-params');
      assert.equal(total, String(summary.totalParams));
      const shown = await page.textContent('[data-testid="total-params"]');
      assert.match(shown ?? '', new RegExp(`^${summary.totalParams.toLocaleString('en-US')} `));
      const inputs = await page.locator('[data-testid="model-graph"] .graph-node.role-input').count();
      const outputs = await page.locator('[data-testid="model-graph"] .graph-node.role-output').count();
      assert.equal(inputs, 2);
      assert.equal(outputs, 2);
      const rows = await page.locator('[data-testid="model-summary"] tbody tr').count();
      assert.equal(rows, summary.rows.length);
      await page.waitForTimeout(100);
      await screenshot(page, 'model-wide-deep', true);
      await page.close();
    },
  );

  await t.test('the hparams table lists the sessions of the sweep with their learning rates', async () => {
    const page = await browser!.open(`${server!.url}?view=hparams`, { theme: 'dark' });
    await page.waitForSelector('[data-testid="hparams-table"] tbody tr');
    const ids = await attributeList(page, '[data-testid="hparams-table"] tbody tr', 'data-session');
    for (let i = 0; i < SWEEP.length; i++)
      assert.ok(ids.includes(`xor-lr-${i}`), `xor-lr-${i} listed in ${ids.join(', ')}`);
    const text = await page.textContent('[data-testid="hparams-table"]');
    for (const lr of SWEEP) assert.ok(text?.includes(String(lr)), `learning rate ${lr} shown`);
    await screenshot(page, 'hparams');
    await page.close();
  });

  await t.test('histograms of the trained sessions render', async () => {
    const page = await browser!.open(`${server!.url}?view=histograms&runs=xor-lr-0`, { theme: 'light' });
    await page.waitForSelector('.histogram-card polygon');
    await screenshot(page, 'histograms');
    await page.close();
  });

  assert.deepEqual(browser.errors, []);
});
