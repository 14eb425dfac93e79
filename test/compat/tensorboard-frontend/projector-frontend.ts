// The projector's part of the frontend test. TensorBoard's compiled projector frontend (index.js,
// projector_binary.html/js) ships inside the tensorboard pip package, not in webfiles.zip, and is not ours to
// serve: the front server serves it from the venv, as it serves webfiles.zip. Here: where those files are,
// the point count TensorBoard's projector draws ("Points: N" in its data panel, inside two iframes), and a
// byte-for-byte replay of the projector's data requests (tensors are float32 bytes, which the JSON replay
// compares by status only).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CapturedRequest } from './dashboard-driver.ts';
import { python } from './frontend-servers.ts';
import { routeOf, uniqueRequests, type Difference } from './replay.ts';

const BUNDLE = ['index.js', 'projector_binary.html', 'projector_binary.js'];
let bundleDir: string | undefined;

/** The venv's file for a request of TensorBoard's projector bundle, or undefined for any other path. */
export function projectorBundleFile(pathname: string): string | undefined {
  const m = /^(?:\/experiment\/[^/]+)?\/data\/plugin\/projector\/([^/]+)$/.exec(pathname);
  if (!m || !BUNDLE.includes(m[1]!)) return undefined;
  if (bundleDir === undefined) {
    const r = spawnSync(
      python,
      ['-c', 'import os, tensorboard.plugins.projector as p; print(os.path.dirname(p.__file__))'],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`locating TensorBoard's projector plugin failed: ${r.stderr}`);
    bundleDir = join(r.stdout.trim(), 'tf_projector_plugin');
  }
  return join(bundleDir, m[1]!);
}

/** The "Points: N" count the projector's data panel shows once its tensor loaded (its PCA runs in WebGL, on
 *  SwiftShader here: slow on a loaded machine), or undefined when it
 *  shows none within `waitMs` (the panel says "Loading..." until then). */
export async function projectorPointCount(
  page: Page,
  waitMs: number,
): Promise<{ points: number | undefined; seen: string }> {
  const deadline = Date.now() + waitMs;
  let seen = '';
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes('/projector_binary.html'));
    if (frame) {
      const texts = await frame.locator('span.numDataPoints').allTextContents();
      const text = (texts[0] ?? '').trim();
      seen = `label ${JSON.stringify(texts)}`;
      if (/^\d+$/.test(text) && text !== '0') return { points: Number(text), seen };
    } else seen = `frames ${JSON.stringify(page.frames().map((f) => f.url()))}`;
    await page.waitForTimeout(250);
  }
  return { points: undefined, seen };
}

/** Every projector data request a page makes, including those after the driver's settle (the projector
 *  loads its tensor once its iframe and config arrived). */
export function captureProjectorRequests(...pages: Page[]): CapturedRequest[] {
  const out: CapturedRequest[] = [];
  for (const page of pages)
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (routeOf(u.pathname).startsWith('/data/plugin/projector/') && !projectorBundleFile(u.pathname))
        out.push({ method: r.method(), path: u.pathname + u.search });
    });
  return out;
}

async function bytesOf(origin: string, r: CapturedRequest): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(origin + r.path, { method: r.method });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

/** Replays the projector's data requests (not its bundle) against both backends: a status TensorBoard
 *  answers 2xx and we do not is a `status <route>` difference, a body that is not the same bytes a
 *  `bytes <route>` one. */
export async function replayProjectorBytes(
  requests: CapturedRequest[],
  tensorboard: string,
  ours: string,
): Promise<{ differences: Difference[]; replayed: number; routes: Set<string> }> {
  const data = uniqueRequests(requests).filter(
    (r) => routeOf(r.path).startsWith('/data/plugin/projector/') && !projectorBundleFile(routeOf(r.path)),
  );
  const differences: Difference[] = [];
  const routes = new Set<string>();
  let replayed = 0;
  for (const r of data) {
    const [tb, us] = await Promise.all([bytesOf(tensorboard, r), bytesOf(ours, r)]);
    if (tb.status < 200 || tb.status >= 300) continue;
    replayed += 1;
    routes.add(routeOf(r.path));
    if (us.status < 200 || us.status >= 300)
      differences.push({
        key: `status ${r.method} ${routeOf(r.path)}`,
        detail: `${r.method} ${r.path}: TensorBoard ${tb.status}, ours ${us.status}`,
      });
    else if (!us.body.equals(tb.body))
      differences.push({
        key: `bytes ${r.method} ${routeOf(r.path)}`,
        detail: `${r.path}: ${tb.body.byteLength} bytes (TensorBoard) vs ${us.body.byteLength} (ours), not equal`,
      });
  }
  return { differences, replayed, routes };
}

export interface ProjectorCheck {
  differences: Difference[];
  /** The point counts both pages show (undefined: none shown). */
  theirPoints: number | undefined;
  ourPoints: number | undefined;
  /** Projector routes TensorBoard answered 2xx in the byte replay. */
  routes: Set<string>;
}

/** With both pages on the projector dashboard: the point counts both draw (a `content projector points`
 *  difference when ours differs, or when TensorBoard's page draws none: the check itself failed), then the
 *  byte replay of every projector request either page made. */
export async function projectorChecks(
  theirPage: Page,
  ourPage: Page,
  requests: CapturedRequest[],
  tensorboard: string,
  ours: string,
): Promise<ProjectorCheck> {
  const [theirs, mine] = await Promise.all([
    projectorPointCount(theirPage, 75_000),
    projectorPointCount(ourPage, 75_000),
  ]);
  const [t, o] = [theirs.points, mine.points];
  const differences: Difference[] = [];
  if (t === undefined || t !== o)
    differences.push({
      key: 'content projector points',
      detail: `TensorBoard's page shows ${t} points, ours ${o} (last seen: ${theirs.seen}; ${mine.seen})`,
    });
  const r = await replayProjectorBytes(requests, tensorboard, ours);
  differences.push(...r.differences);
  if (!r.routes.has('/data/plugin/projector/tensor'))
    differences.push({ key: 'content projector tensor', detail: 'no /tensor request was replayed' });
  return { differences, theirPoints: t, ourPoints: o, routes: r.routes };
}
