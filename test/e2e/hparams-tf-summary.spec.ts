// The HParams tab on logs written with tf.summary's own hparams API (no run store): the table shows
// TensorBoard's sessions (as its hparams routes serve them), labelled as such, with their hparams; a session
// with empty hparams is listed too. No console errors.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { pythonSkip, runPythonWriter } from '../compat/tensorboard-oracle.ts';
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

const skip = pythonSkip(['tensorboard', 'tensorflow']);
let logdir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;

before(() => {
  if (skip) return;
  ensureClientBuilt();
  logdir = tempLogdir('hparams-tf-summary');
  runPythonWriter('write_hparams_experiments.py', [logdir]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (logdir) rmSync(logdir, { recursive: true, force: true });
});

test('the HParams tab shows tf.summary hparams sessions, labelled', { skip }, async (t) => {
  if (!requireChromium(t)) return;
  server = await startServer(logdir);
  browser = await launchBrowser();
  const page = await browser.open(`${server.url}?view=hparams`);
  await page.waitForSelector('[data-testid="hparams-table"] tbody tr[data-origin="tensorboard"]');
  const rows = '[data-testid="hparams-table"] tbody tr';
  const ids = await attributeList(page, rows, 'data-session');
  assert.deepEqual([...ids].sort(), ['empty/s0', 'exp_a/s0', 'exp_a/s1', 'exp_b/s0']);
  assert.deepEqual(new Set(await attributeList(page, rows, 'data-origin')), new Set(['tensorboard']));
  const text = (await page.textContent('[data-testid="hparams-table"]')) ?? '';
  for (const want of ['tf.summary hparams', 'adam', 'sgd', '0.05', 'lr', 'opt', 'units'])
    assert.ok(text.includes(want), `${want} shown`);
  await screenshot(page, 'hparams-tf-summary');
  assert.deepEqual(browser.errors, []);
});
