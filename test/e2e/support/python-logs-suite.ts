// The set-up shared by browser tests whose logs a real writer's own Python API writes (tensorboardX, PyTorch,
// TensorFlow from the venv): a temp logdir made before the tests and removed after them, the script run into
// it, our server started on it and a browser launched, each closed after the tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, type TestContext } from 'node:test';
import { repoRoot } from '../../support/shared-fixtures.ts';
import {
  ensureClientBuilt,
  launchBrowser,
  requireChromium,
  startServer,
  tempLogdir,
  type Browser,
  type RunningServer,
} from './browser-harness.ts';

export const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');

export interface PythonLogs {
  logdir: string;
  server: RunningServer;
  browser: Browser;
}

/** Registers the suite's before/after hooks; `start` writes the logs with `script` (argv[1] is the logdir) and
 *  starts the server and browser, or skips the test (returns undefined) when Chromium or Python is missing
 *  outside CI. */
export function pythonLogsSuite(name: string): {
  start(t: TestContext, script: string): Promise<PythonLogs | undefined>;
} {
  let logdir = '';
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  before(() => {
    ensureClientBuilt();
    logdir = tempLogdir(name);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(logdir, { recursive: true, force: true });
  });
  return {
    async start(t, script) {
      if (!requireChromium(t)) return undefined;
      if (!existsSync(python) && process.env.CI !== 'true') {
        t.skip(`no Python at ${python}`);
        return undefined;
      }
      const r = spawnSync(python, ['-c', script, logdir], {
        encoding: 'utf8',
        env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
      });
      assert.equal(r.status, 0, `${name}: the writer script failed:\n${r.stderr.slice(-2000)}`);
      server = await startServer(logdir);
      browser = await launchBrowser();
      return { logdir, server, browser };
    },
  };
}
