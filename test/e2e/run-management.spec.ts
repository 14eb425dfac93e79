// Browser test of run management against `trainboard serve` as a user runs it (a real child process on
// 127.0.0.1, a real SQLite file in the logdir): pin from a run's row, rename, colour, notes and tags from its
// editor, hide and archive; every change reaches a second open page live; the filters travel in the URL; a
// refused edit (a tag over 64 characters) shows the server's error and stores nothing; and everything is still
// there after the server restarts.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ApiRunAnnotationsResponse } from '../../contract/index.ts';
import { repoRoot } from '../support/shared-fixtures.ts';
import {
  ensureClientBuilt,
  launchBrowser,
  requireChromium,
  screenshot,
  tempLogdir,
  type Browser,
} from './support/browser-harness.ts';
import { writeScalarSessions } from './support/session-fixtures.ts';

let logdir = '';
let browser: Browser | undefined;
let server: { child: ChildProcessWithoutNullStreams; url: string } | undefined;

/** `trainboard serve --port 0` in a child process; resolves with the URL it prints. */
function serve(): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'bin', 'trainboard.js'),
      'serve',
      '--logdir',
      logdir,
      '--port',
      '0',
      '--reload_interval',
      '1',
    ],
    { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) ok({ child, url: m[1]! });
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => fail(new Error(`trainboard serve exited ${code}: ${out}`)));
  });
}

async function stop(): Promise<void> {
  const s = server;
  server = undefined;
  if (!s || s.child.exitCode !== null) return;
  const exited = new Promise((ok) => s.child.on('exit', ok));
  if (s.child.pid !== undefined) process.kill(s.child.pid, 'SIGTERM');
  await exited;
}

before(() => {
  ensureClientBuilt();
  logdir = tempLogdir('runmgmt');
  for (const w of writeScalarSessions(logdir, ['sess-a', 'sess-b', 'sess-c'], ['epoch_loss'], 20).values())
    w.close();
});

after(async () => {
  await browser?.close();
  await stop();
  rmSync(logdir, { recursive: true, force: true });
});

/** Polls a page expression until it is truthy. The server's CSP (script-src 'self') forbids the string
 *  evaluation that page.waitForFunction(string) polls with; page.evaluate goes through the debugger instead. */
async function until(page: Page, expr: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<unknown>(expr))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expr.slice(0, 300)}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

const row = (run: string): string => `[data-testid="run-item"][data-run=${JSON.stringify(run)}]`;

async function waitListed(page: Page, runs: string[]): Promise<void> {
  await until(
    page,
    `JSON.stringify([...document.querySelectorAll('[data-testid="run-item"]')].map((e) => e.dataset.run)) === ${JSON.stringify(JSON.stringify(runs))}`,
  );
}

async function stored(): Promise<ApiRunAnnotationsResponse['annotations']> {
  const res = await fetch(`${server!.url}api/runs/annotations`);
  return ((await res.json()) as ApiRunAnnotationsResponse).annotations;
}

/** A page expression: the pixels of the loss card's canvas within a small distance of an RGB colour. */
function pixelsOf(rgb: [number, number, number]): string {
  return `(() => {
    const c = document.querySelector('[data-testid="scalar-card"][data-tag="epoch_loss"] canvas');
    if (!c) return 0;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs(d[i] - ${rgb[0]}) < 8 && Math.abs(d[i + 1] - ${rgb[1]}) < 8 && Math.abs(d[i + 2] - ${rgb[2]}) < 8) n++;
    return n;
  })()`;
}

async function openEditor(page: Page, run: string): Promise<void> {
  await page.click(`${row(run)} [data-testid="run-menu"]`);
  await page.waitForSelector('dialog.run-editor-dialog[open]');
}

test('run management: each action from the UI, live on a second page, in the URL, after a restart', async (t) => {
  if (!requireChromium(t)) return;
  browser = await launchBrowser();
  server = await serve();
  const all = [
    'sess-c/train',
    'sess-c/validation',
    'sess-b/train',
    'sess-b/validation',
    'sess-a/train',
    'sess-a/validation',
  ];
  const main = await browser.open(server.url, { theme: 'light', width: 1280, height: 800 });
  const other = await browser.open(server.url, { theme: 'light', width: 1280, height: 800 });
  await waitListed(main, all);
  await waitListed(other, all);

  await t.test('pinning a run from its row lists its session first, here and on the other page', async () => {
    await main.click(`${row('sess-a/validation')} [data-testid="run-pin"]`);
    const pinnedFirst = ['sess-a/validation', 'sess-a/train', ...all.slice(0, 4)];
    await waitListed(main, pinnedFirst);
    await waitListed(other, pinnedFirst);
    assert.equal(
      await other.getAttribute(`${row('sess-a/validation')} [data-testid="run-pin"]`, 'aria-pressed'),
      'true',
    );
  });

  await t.test('rename, colour, notes and tags from the editor show in the list and the chart', async () => {
    await until(main, `document.querySelector('[data-testid="scalar-card"][data-tag="epoch_loss"] canvas')`);
    assert.ok((await main.evaluate<number>(pixelsOf([255, 0, 255]))) < 20, 'hardly any magenta before');
    await openEditor(main, 'sess-b/train');
    await main.fill('[data-testid="run-display-name"]', 'Baseline (lr 0.1)');
    await main.fill('[data-testid="run-color"]', '#ff00ff');
    await main.fill('[data-testid="run-notes"]', 'warmup 5 epochs\nthen cosine');
    await main.fill('[data-testid="run-tags"]', 'baseline, lr-sweep');
    await main.click('[data-testid="run-save"]');
    await main.waitForSelector('dialog.run-editor-dialog[open]', { state: 'detached' });
    for (const page of [main, other]) {
      await until(
        page,
        `document.querySelector(${JSON.stringify(`${row('sess-b/train')} .run-name`)})?.textContent === 'Baseline (lr 0.1)'`,
      );
      const tags = await page.locator(`${row('sess-b/train')} [data-testid="run-tag"]`).allTextContents();
      assert.deepEqual(tags, ['baseline', 'lr-sweep']);
      assert.equal(await page.getAttribute(`${row('sess-b/train')} .swatch`, 'style'), 'background:#ff00ff');
      await until(
        page,
        `document.querySelector(${JSON.stringify(`${row('sess-b/train')} [data-testid="run-note-mark"]`)})?.title === 'warmup 5 epochs\\nthen cosine'`,
      );
    }
    // the chart draws the run in its new colour
    await until(main, `${pixelsOf([255, 0, 255])} > 100`);
    const [b] = (await stored()).filter((a) => a.run === 'sess-b/train');
    assert.equal(b?.displayName, 'Baseline (lr 0.1)');
    assert.equal(b?.color, '#ff00ff');
    assert.equal(b?.notes, 'warmup 5 epochs\nthen cosine');
  });

  await t.test('screenshot of the runs list with the actions', async () => {
    await main.hover(row('sess-b/train'));
    await screenshot(main, 'run-management-list');
    await openEditor(main, 'sess-b/train');
    await screenshot(main, 'run-management-editor');
    await main.click('.run-editor-buttons .link-button'); // Cancel
    await main.waitForSelector('dialog.run-editor-dialog[open]', { state: 'detached' });
  });

  await t.test(
    'a tag over 64 characters is refused with the server’s error and nothing is stored',
    async () => {
      const before = await stored();
      await openEditor(main, 'sess-c/train');
      await main.fill('[data-testid="run-tags"]', `ok, ${'x'.repeat(65)}`);
      await main.click('[data-testid="run-save"]');
      await until(
        main,
        `document.querySelector('[data-testid="run-editor-error"]')?.textContent.includes('at most 64 characters')`,
      );
      assert.ok(await main.isVisible('dialog.run-editor-dialog[open]'), 'the dialog stays open');
      assert.deepEqual(await stored(), before);
      await main.click('.run-editor-buttons .link-button');
    },
  );

  await t.test(
    'hiding and archiving take runs out of the list until their filter asks for them',
    async () => {
      await openEditor(main, 'sess-c/validation');
      await main.check('[data-testid="run-hidden"]');
      await main.click('[data-testid="run-save"]');
      await openEditor(main, 'sess-a/train');
      await main.check('[data-testid="run-archived"]');
      await main.click('[data-testid="run-save"]');
      const shown = ['sess-a/validation', 'sess-c/train', 'sess-b/train', 'sess-b/validation'];
      await waitListed(main, shown);
      await waitListed(other, shown);
      await other.check('[data-testid="filter-show-hidden"]');
      await waitListed(other, [
        'sess-a/validation',
        'sess-c/train',
        'sess-c/validation',
        'sess-b/train',
        'sess-b/validation',
      ]);
      assert.equal(
        await other.isVisible(`${row('sess-c/validation')} [data-testid="run-mark-hidden"]`),
        true,
      );
      await other.check('[data-testid="filter-show-archived"]');
      await waitListed(other, [
        'sess-a/validation',
        'sess-a/train',
        'sess-c/train',
        'sess-c/validation',
        'sess-b/train',
        'sess-b/validation',
      ]);
      await screenshot(other, 'run-management-filters');
      await waitListed(main, shown); // the filters are per page (in its URL), not shared state
    },
  );

  await t.test('the filters and the view travel in the URL to a new page', async () => {
    await main.selectOption('[data-testid="filter-run-tag"]', 'lr-sweep');
    await waitListed(main, ['sess-b/train']);
    await main.click('[data-testid="filter-show-hidden"]');
    await until(main, `location.search.includes('showhidden=1')`);
    const shared = main.url();
    assert.match(shared, /runtag=lr-sweep/);
    const fresh = await browser!.open(`${shared}&view=hparams`, { theme: 'light' });
    await waitListed(fresh, ['sess-b/train']);
    assert.equal(await fresh.isChecked('[data-testid="filter-show-hidden"]'), true);
    assert.equal(await fresh.inputValue('[data-testid="filter-run-tag"]'), 'lr-sweep');
    assert.match(fresh.url(), /view=hparams/);
    await fresh.close();
  });

  await t.test('everything is still there after the server restarts', async () => {
    await main.close();
    await other.close();
    await stop();
    server = await serve();
    const page = await browser!.open(`${server.url}?showhidden=1&showarchived=1`, { theme: 'light' });
    await waitListed(page, [
      'sess-a/validation',
      'sess-a/train',
      'sess-c/train',
      'sess-c/validation',
      'sess-b/train',
      'sess-b/validation',
    ]);
    assert.equal(await page.textContent(`${row('sess-b/train')} .run-name`), 'Baseline (lr 0.1)');
    assert.equal(
      await page.getAttribute(`${row('sess-a/validation')} [data-testid="run-pin"]`, 'aria-pressed'),
      'true',
    );
    assert.equal(await page.isVisible(`${row('sess-c/validation')} [data-testid="run-mark-hidden"]`), true);
    assert.equal(await page.isVisible(`${row('sess-a/train')} [data-testid="run-mark-archived"]`), true);
    await page.close();
  });

  // the one console error is the refused edit's 400, which the dialog showed
  assert.deepEqual(browser.errors, [
    'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
  ]);
});
