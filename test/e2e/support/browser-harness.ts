// Shared setup of the browser tests: builds the client when dist/client is missing or older than client/,
// starts the real server (createApp on 127.0.0.1 port 0) on a temp logdir, launches Debian's headless Chromium
// through playwright-core with a fresh temp profile, records console errors, and saves screenshots to
// test-artifacts/e2e/. Without Chromium the tests skip locally and fail in CI (CI=true).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp, type App } from '../../../server/app.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';

export const CHROMIUM = process.env.TRAINBOARD_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const ARTIFACTS = join(repoRoot, 'test-artifacts', 'e2e');

/** Returns false (after skipping the test) when Chromium is missing locally; throws in CI. */
export function requireChromium(t: TestContext): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium package`);
  t.skip(`Chromium not found at ${CHROMIUM}; install Debian's chromium package to run the browser tests`);
  return false;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

/** Builds dist/client when it is missing or older than any file under client/ (or the build script). */
export function ensureClientBuilt(): void {
  const app = join(repoRoot, 'dist', 'client', 'app.js');
  const script = join(repoRoot, 'scripts', 'build-client.mjs');
  const sources = Math.max(newestMtime(join(repoRoot, 'client')), statSync(script).mtimeMs);
  if (
    existsSync(app) &&
    existsSync(join(repoRoot, 'dist', 'client', 'index.html')) &&
    statSync(app).mtimeMs >= sources
  )
    return;
  const r = spawnSync(process.execPath, [script], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`client build failed: ${r.stderr || r.stdout}`);
}

export function tempLogdir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `trainboard-e2e-${prefix}-`));
}

export interface RunningServer {
  app: App;
  url: string;
  close(): Promise<void>;
}

export async function startServer(logdir: string): Promise<RunningServer> {
  const app = createApp({ logdir, reloadIntervalSecs: 1, log: () => {} });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  await app.ready();
  const { port } = app.httpServer.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}/`, close: () => app.close() };
}

export interface Browser {
  context: BrowserContext;
  /** Console errors and page errors seen so far, across pages. */
  errors: string[];
  open(url: string, opts?: { width?: number; height?: number; theme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'trainboard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
  });
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  });
  return {
    context,
    errors,
    async open(url, opts = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: opts.width ?? 1440, height: opts.height ?? 900 });
      if (opts.theme) await page.emulateMedia({ colorScheme: opts.theme });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
