// The dashboard's server-health display for an s3:// logdir, in headless Chromium against `trainboard serve
// --logdir s3://...` as a user runs it (a child process configured by the standard AWS variables) on a real
// S3-compatible server (s3rver): the top bar shows the polling interval, the S3 requests of the last minute and
// the bytes read (every byte of the bucket's one event object, the size S3 itself reports); when the store
// goes away, the last listing error appears in the warning colour, the same error /api/health reports.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Page } from 'playwright-core';
import type { ApiHealthResponse } from '../../../contract/index.ts';
import { s3ConfigFromEnv } from '../../../server/ingest/remote/s3-client.ts';
import {
  ensureClientBuilt,
  launchBrowser,
  screenshot,
  CHROMIUM,
  type Browser,
} from '../../e2e/support/browser-harness.ts';
import { startS3Server, type TestS3Server } from '../../support/s3-server.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { concat, fileVersionRecord, scalarRecord } from '../server/event-bytes.ts';

const skip = !existsSync(CHROMIUM) && process.env.CI !== 'true' ? `needs ${CHROMIUM}` : false;
const BUCKET = 'health-logs';
const KEY = 'team/run-a/events.out.tfevents.1700000000.h.1.0.v2';
let s3: TestS3Server | undefined;
let serve: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';
let objectSize = 0;

before(async () => {
  if (skip) return;
  ensureClientBuilt();
  s3 = await startS3Server({ buckets: [BUCKET] });
  s3.applyEnv();
  const raw = new S3Client(s3ConfigFromEnv(s3.env));
  const records = [fileVersionRecord()];
  for (let step = 0; step < 50; step++) records.push(scalarRecord('loss', step, 1 / (step + 1)));
  await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: KEY, Body: concat(records) }));
  objectSize = (await raw.send(new HeadObjectCommand({ Bucket: BUCKET, Key: KEY }))).ContentLength ?? -1;
  raw.destroy();
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'bin', 'trainboard.js'),
      'serve',
      '--logdir',
      `s3://${BUCKET}/team`,
      '--port',
      '0',
      '--reload_interval',
      '1',
    ],
    { cwd: repoRoot, env: { ...process.env, ...s3.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  serve = child;
  let out = '';
  child.stderr?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-8000)));
  url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`trainboard serve exited with ${code}: ${out}`)));
  });
});

after(async () => {
  await browser?.close();
  if (serve?.pid !== undefined && serve.exitCode === null && serve.signalCode === null) {
    const exited = new Promise((ok) => serve!.once('exit', ok));
    process.kill(serve.pid, 'SIGTERM');
    await exited;
  }
  await s3?.stop();
});

/** Polls the health display until its text matches; returns the match. */
async function healthMatching(page: Page, re: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  for (;;) {
    text = (await page.textContent('[data-testid="server-health"]')) ?? '';
    const m = re.exec(text);
    if (m) return m;
    if (Date.now() > deadline) throw new Error(`server health never matched ${re}: '${text}'`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

async function health(): Promise<ApiHealthResponse> {
  return (await (await fetch(`${url}api/health`)).json()) as ApiHealthResponse;
}

describe('server health in the browser for an s3:// logdir', { skip }, () => {
  test('the top bar shows polling, requests per minute and bytes read, then the last S3 error', async () => {
    browser = await launchBrowser();
    // the health display polls every 5 s; the page is opened once the server has read the whole object
    const deadline = Date.now() + 30_000;
    while ((await health()).remote?.bytesRead !== objectSize && Date.now() < deadline)
      await new Promise((ok) => setTimeout(ok, 100));
    // an s3:// logdir without --runstore has no run annotations: the listing says so (200, `unavailable`) and
    // the page shows no run-management controls; any failed request is an error of this test
    const failed: string[] = [];
    browser.context.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    const page = await browser.open(url, { theme: 'light', width: 1440, height: 600 });
    const shown = await healthMatching(page, /· S3 every 1 s · (\d+) req\/min · ([\d,.]+ (?:B|KiB)) read$/);
    const after = await health();
    assert.equal(after.remote?.bytesRead, objectSize, 'the server read the whole object');
    const bytes = objectSize < 1024 ? `${objectSize} B` : `${(objectSize / 1024).toFixed(1)} KiB`;
    assert.equal(shown[2], bytes, 'bytes read: the object size S3 reports');
    // one listing and one ranged GET at least; never more than the server has sent by now (all within 60 s)
    const perMinute = Number(shown[1]);
    assert.ok(perMinute >= 2 && perMinute <= after.remote.requestsTotal, `${perMinute} req/min`);
    const title = (await page.getAttribute('[data-testid="server-health"]', 'title')) ?? '';
    assert.match(title, /\ns3:\/\/health-logs\/team polled every 1 s \(\d+ polls?\)\n/);
    assert.match(title, /\(GetObject \d+, ListObjectsV2 \d+\)\n/);
    assert.match(title, /\nno S3 error\n/);
    assert.doesNotMatch(
      (await page.getAttribute('[data-testid="server-health"]', 'class')) ?? '',
      /health-damaged/,
    );
    await page.waitForSelector('[data-first-draw]'); // the chart has drawn its points (for the screenshot)
    await screenshot(page, 'server-health-s3');

    // the store goes away: the next failed listing is shown, as /api/health reports it
    await s3!.stop();
    s3 = undefined;
    await healthMatching(page, /· S3 error · \d+ req\/min · [\d,.]+ (?:B|KiB) read$/, 60_000);
    const failing = await health();
    assert.ok(failing.remote?.lastError, 'the server reports a listing error');
    const classes = (await page.getAttribute('[data-testid="server-health"]', 'class')) ?? '';
    assert.match(classes, /health-damaged/);
    const failedTitle = (await page.getAttribute('[data-testid="server-health"]', 'title')) ?? '';
    const lastError = /\nlast S3 error: (.*)\n/.exec(failedTitle)?.[1];
    assert.ok(lastError, failedTitle);
    assert.ok(
      lastError.startsWith(`cannot list s3://${BUCKET}/team: `),
      `the error names the logdir: ${lastError}`,
    );
    await screenshot(page, 'server-health-s3-error');
    assert.equal(await page.locator('[data-testid="run-pin"]').count(), 0, 'no pin without a run store');
    assert.deepEqual(failed, [], 'no failed request');
    assert.deepEqual(browser.errors, [], 'no console or page errors');
  });
});
