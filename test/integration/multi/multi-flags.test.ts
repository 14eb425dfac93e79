// The --runstore and --redis flags of `trainboard serve` as a user meets them: a run store that is not a
// postgres:// URL, a sqlite: URL or a path, and a Redis that is not a redis:// URL, are bad usage (exit 2, one
// line naming the flag), and --help lists both.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../../support/run-cli.ts';

const logdir = mkdtempSync(join(tmpdir(), 'trainboard-multi-flags-'));
after(() => rmSync(logdir, { recursive: true, force: true }));

test('serve --runstore with a URL that is neither postgres:// nor sqlite: is bad usage naming the flag (exit 2)', async () => {
  const r = await runCli(['serve', '--logdir', logdir, '--runstore', 'mysql://db/trainboard'], {
    env: { TRAINBOARD_RUNSTORE: '' },
  });
  assert.equal(r.code, 2, r.stderr);
  assert.match(
    r.stderr,
    /--runstore \(or TRAINBOARD_RUNSTORE\): a run store is a postgres:\/\/ URL, a sqlite:\/\/\/path\/file\.sqlite URL or a file path, got 'mysql:\/\/db\/trainboard'/,
  );
});

test('serve --redis with something other than a redis:// URL is bad usage naming the flag (exit 2)', async () => {
  const r = await runCli(['serve', '--logdir', logdir, '--redis', 'localhost:6379']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /--redis wants a URL like redis:\/\/host:6379, got 'localhost:6379'/);
});

test('serve --help lists --runstore and --redis', async () => {
  const r = await runCli(['serve', '--help']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /--runstore TARGET/);
  assert.match(r.stdout, /--redis URL/);
});
