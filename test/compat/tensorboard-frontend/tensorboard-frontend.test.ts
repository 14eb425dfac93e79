// TensorBoard's own frontend (extracted from the venv's webfiles.zip at test time) served against our server
// and against real TensorBoard on the same logs (the shared fixtures plus logs this test writes with PyTorch,
// tensorboardX and tf.summary): every dashboard is driven in Chromium on both, every /data request either page
// made is replayed against both backends, and the test fails on any difference (a route TensorBoard answers
// 2xx and we do not, JSON that is not byte for byte TensorBoard's, a console error only our backend causes,
// content TensorBoard's page renders and ours does not) that is not in the expected-differences table; an
// entry of that table that no longer occurs fails too, so fixes shrink it.
import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { fixturesDir } from '../../support/shared-fixtures.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { DASHBOARDS, DashboardPage, type DashboardVisit } from './dashboard-driver.ts';
import { EXPECTED_DIFFERENCES } from './expected-differences.ts';
import {
  extractWebfiles,
  python,
  startFrontServer,
  startOurServer,
  startTensorBoard,
  type OurServer,
  type RealTensorBoard,
} from './frontend-servers.ts';
import { captureProjectorRequests, projectorChecks } from './projector-frontend.ts';
import { replay, type Difference } from './replay.ts';

const needed = existsSync(python) && existsSync(CHROMIUM_PATH);
const skip = !needed && process.env.CI !== 'true' ? 'needs .venv/bin/python and /usr/bin/chromium' : false;

let work = '';
let ours: OurServer | undefined;
let front: { url: string; close(): Promise<void> } | undefined;
let tb: RealTensorBoard | undefined;
let browser: Browser | undefined;
const t0 = Date.now();
const progress = (what: string): void => {
  process.stderr.write(`tensorboard-frontend: ${((Date.now() - t0) / 1000).toFixed(1)} s ${what}\n`);
};

before(
  async () => {
    if (skip) return;
    work = mkdtempSync(join(tmpdir(), 'trainboard-tbfront-'));
    const logdir = join(work, 'logs');
    const [web, launched] = await Promise.all([
      writtenLogs(join(logdir, 'writers')).then(() => extractWebfiles(join(work, 'web'))),
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
    ]);
    browser = launched;
    progress('logs written');
    for (const name of readdirSync(fixturesDir))
      if (name !== 'damaged' && name !== 'golden.json')
        cpSync(join(fixturesDir, name), join(logdir, 'fixtures', name), { recursive: true });
    const oursStarted = startOurServer(logdir);
    const tbStarted = startTensorBoard(
      logdir,
      oursStarted.then((o) => o.app.store.runs().length),
    );
    ours = await oursStarted;
    const runCount = ours.app.store.runs().length;
    [front, tb] = await Promise.all([startFrontServer(web, ours.url), tbStarted]);
    progress(`servers up (${runCount} runs)`);
  },
  { timeout: 170_000 },
);

after(async () => {
  await browser?.close();
  await front?.close();
  await ours?.close();
  await tb?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The writers' logs in `dir`: written by write-logs.py (one process per writer), or copied from the cache
 *  of an earlier run with the same script and the same writer versions (importing TensorFlow and PyTorch is
 *  most of this test's time on a loaded machine). */
async function writtenLogs(dir: string): Promise<void> {
  const script = join(import.meta.dirname, 'write-logs.py');
  const versions = spawnSync(
    python,
    [
      '-c',
      'import importlib.metadata as m\nfor p in ("torch", "tensorboardX", "tensorflow-cpu", "tensorflow", "tensorboard"):\n' +
        '  try: print(p, m.version(p))\n  except Exception: print(p, "-")',
    ],
    { encoding: 'utf8' },
  ).stdout;
  const key = createHash('sha256').update(readFileSync(script)).update(versions).digest('hex').slice(0, 16);
  const cache = join(tmpdir(), `trainboard-tbfront-writers-${key}`);
  if (!existsSync(join(cache, 'complete'))) {
    const fresh = `${cache}.${process.pid}`;
    await Promise.all(['pytorch', 'tbx', 'tf'].map((w) => writeLogs(script, fresh, w)));
    writeFileSync(join(fresh, 'complete'), versions);
    try {
      renameSync(fresh, cache);
    } catch {
      rmSync(fresh, { recursive: true, force: true }); // another run filled the cache first
    }
  }
  cpSync(cache, dir, { recursive: true, filter: (src) => !src.endsWith(`${cache}/complete`) });
}

/** Runs write-logs.py for one writer; rejects with its stderr's tail. */
function writeLogs(script: string, dir: string, writer: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [script, dir, writer], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', CUDA_VISIBLE_DEVICES: '' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`write-logs.py ${writer} exited ${code}: ${err}`)),
    );
  });
}

/** Compares one dashboard's two visits; returns the differences found in the pages themselves. */
function pageDifferences(id: string, theirs: DashboardVisit, mine: DashboardVisit): Difference[] {
  const out: Difference[] = [];
  const theirErrors = new Set(theirs.consoleErrors);
  const onlyOurs = mine.consoleErrors.filter((e) => !theirErrors.has(e));
  if (onlyOurs.length > 0)
    out.push({ key: `console ${id}`, detail: onlyOurs.map((e) => e.slice(0, 200)).join(' | ') });
  for (const [kind, n] of Object.entries(theirs.census)) {
    const m = mine.census[kind] ?? 0;
    // Only "none where TensorBoard's page has some" counts: the exact numbers vary with layout timing.
    if (m === 0 && n > 0)
      out.push({ key: `content ${id} ${kind}`, detail: `TensorBoard's page ${n}, ours ${m}` });
  }
  const theirNotices = new Set(theirs.noDataNotices);
  const notices = mine.noDataNotices.filter((t) => !theirNotices.has(t));
  if (notices.length > 0) out.push({ key: `content ${id} no-data`, detail: notices.join(' | ') });
  return out;
}

test(
  'every TensorBoard dashboard served against us behaves as against TensorBoard, but for the listed differences',
  { skip, timeout: 330_000 },
  async () => {
    assert.ok(browser && tb && front && ours);
    const found: Difference[] = [];
    const requests = [];
    let replayed = 0;
    const [theirPage, ourPage] = [await browser.newPage(), await browser.newPage()];
    const onTensorBoard = new DashboardPage(theirPage, tb.url);
    const onOurs = new DashboardPage(ourPage, front.url);
    const projectorRequests = captureProjectorRequests(theirPage, ourPage);
    for (const d of DASHBOARDS) {
      const [theirs, mine] = await Promise.all([onTensorBoard.visit(d), onOurs.visit(d)]);
      let pageDiffs = pageDifferences(d.id, theirs, mine);
      if (pageDiffs.some((p) => p.key.startsWith('content '))) {
        // Drawing can lag the last response on a loaded machine: look once more before calling it missing.
        const again = await onOurs.recount(2000);
        pageDiffs = pageDifferences(d.id, theirs, {
          ...mine,
          census: again.census,
          noDataNotices: again.notices,
        });
      }
      found.push(...pageDiffs);
      requests.push(...theirs.requests, ...mine.requests);
      const r = await replay([...theirs.requests, ...mine.requests], tb.url, ours.url);
      replayed += r.replayed;
      found.push(...r.differences);
      progress(`${d.id} driven and replayed`);
    }
    const projector = await projectorChecks(theirPage, ourPage, projectorRequests, tb.url, ours.url);
    found.push(...projector.differences);
    progress(`projector: TensorBoard's page ${projector.theirPoints} points, ours ${projector.ourPoints}`);
    const byKey = new Map<string, string[]>();
    for (const f of found) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f.detail]);
    const expected = new Map(EXPECTED_DIFFERENCES.map((e) => [e.key, e]));
    const unexpected = [...byKey].filter(([k]) => !expected.has(k));
    const gone = EXPECTED_DIFFERENCES.filter(
      (e) =>
        !e.mayBeAbsent && (e.key.startsWith('status ') || e.key.startsWith('json ')) && !byKey.has(e.key),
    );
    console.log(
      `tensorboard-frontend: ${DASHBOARDS.length} dashboards, ${requests.length} requests captured, ` +
        `${replayed} replays TensorBoard answered 2xx, ${byKey.size} differences, ` +
        `expected-differences table: ${EXPECTED_DIFFERENCES.length} entries`,
    );
    for (const [k, details] of byKey)
      console.log(`  ${expected.has(k) ? 'expected' : 'NEW'}: ${k}: ${details[0]}`);
    assert.ok(replayed > 0, 'TensorBoard answered none of the captured requests');
    assert.deepEqual(
      unexpected.map(([k, d]) => `${k}: ${d[0]}`),
      [],
      'differences from TensorBoard that the expected-differences table does not list',
    );
    assert.deepEqual(
      gone.map((e) => e.key),
      [],
      'listed differences that no longer occur: remove them from expected-differences.ts',
    );
  },
);
