// The --runstore and --redis flags of `trainboard serve` as a user meets them: a value that is not a
// postgres:// or redis:// URL is bad usage (exit 2, one line naming the flag), and --help lists both.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../../support/run-cli.ts';

const logdir = mkdtempSync(join(tmpdir(), 'trainboard-multi-flags-'));
after(() => rmSync(logdir, { recursive: true, force: true }));

test('serve --runstore with a SQLite path is bad usage naming the flag (exit 2)', async () => {
  const r = await runCli(['serve', '--logdir', logdir, '--runstore', join(logdir, 'x.sqlite')], {
    env: { TRAINBOARD_RUNSTORE: '' },
  });
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /--runstore \(or TRAINBOARD_RUNSTORE\) wants a postgres:\/\/user@host:port\/db URL/);
});

test('serve --redis with something other than a redis:// URL is bad usage naming the flag (exit 2)', async () => {
  const r = await runCli(['serve', '--logdir', logdir, '--redis', 'localhost:6379']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /--redis wants a URL like redis:\/\/host:6379, got 'localhost:6379'/);
});

test('serve --help lists --runstore and --redis', async () => {
  const r = await runCli(['serve', '--help']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /--runstore URL/);
  assert.match(r.stdout, /--redis URL/);
});
