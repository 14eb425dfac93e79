#!/usr/bin/env node
// Lists the test files (Node 20's test runner does not expand globs) and runs them with node:test and the tsx
// loader (each test may take up to 10 minutes: the package, WASM-kernel and TensorBoard-frontend tests build,
// train or start real servers, and CI shares two cores between two test files).
// Usage: run-tests.mjs [unit|integration|compat|e2e ...] [--only-file substring]. No argument: all.
// Unit, integration and compat tests are `*.test.ts`; browser tests are `*.spec.ts` under test/e2e.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const suites = ['unit', 'integration', 'compat', 'e2e'];
const args = process.argv.slice(2);
const only = args.includes('--only-file') ? args[args.indexOf('--only-file') + 1] : undefined;
const chosen = args.filter((a) => suites.includes(a));

function walk(dir) {
  let out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(walk(p));
    else if (name.endsWith('.test.ts') || name.endsWith('.spec.ts')) out.push(p);
  }
  return out;
}

const files = (chosen.length ? chosen : suites)
  .flatMap((suite) => {
    try {
      return walk(join(root, 'test', suite));
    } catch {
      return [];
    }
  })
  .filter((f) => !only || f.includes(only));

if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

// servers the tests start keep their column caches (default: $XDG_CACHE_HOME/trainboard/...) in a directory of
// this run, removed after it, never in the home directory
const cacheHome = mkdtempSync(join(tmpdir(), 'trainboard-test-cache-'));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=600000', ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', XDG_CACHE_HOME: cacheHome } },
);
rmSync(cacheHome, { recursive: true, force: true });
process.exit(result.status ?? 1);
