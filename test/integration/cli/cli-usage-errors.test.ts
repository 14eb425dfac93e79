// The CLI nits of issue 12, as a user types them: no command, `--port -1`, `--port 0x1cf0`, `--port 1e3`, a
// repeated `--logdir`, and `trainboard inspect ... | head` closing the pipe early. Bad usage exits 2 with one
// clear line on stderr naming the flag (and nothing on stdout); a closed pipe ends inspect quietly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { runCli } from '../../support/run-cli.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cli-usage-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('no command exits 2 with a clear line and the usage on stderr, nothing on stdout', async () => {
  const r = await runCli([]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr.split('\n')[0]!, /^trainboard: no command given/);
  assert.match(r.stderr, /usage: trainboard <command>/);
});

test('--help still prints the usage on stdout and exits 0', async () => {
  const r = await runCli(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /usage: trainboard <command>/);
});

for (const [port, why] of [
  ['-1', /--port must be an integer >= 0 in decimal digits, got '-1'/],
  ['0x1cf0', /--port must be an integer >= 0 in decimal digits, got '0x1cf0'/],
  ['1e3', /--port must be an integer >= 0 in decimal digits, got '1e3'/],
  ['65536', /--port must be <= 65535/],
] as const) {
  test(`serve --port ${port} exits 2 with one line naming the flag and the value`, async () => {
    const r = await runCli(['serve', '--logdir', tmp, '--port', port]);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, why);
    assert.doesNotMatch(r.stderr, /ambiguous/);
  });
}

test('a repeated --logdir is refused instead of silently keeping the last', async () => {
  const r = await runCli(['serve', '--logdir', tmp, '--logdir', join(tmp, 'other'), '--port', '0']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--logdir was given more than once/);
  const i = await runCli(['inspect', '--logdir', tmp, '--logdir=x']);
  assert.equal(i.code, 2);
  assert.match(i.stderr, /--logdir was given more than once/);
});

test('inspect | head: the closed pipe ends inspect quietly, with no EPIPE stack trace', () => {
  const logdir = join(tmp, 'many');
  for (let r = 0; r < 400; r++) {
    const w = createSummaryWriter(join(logdir, `run-${String(r).padStart(3, '0')}`), { flushMs: 0 });
    for (const tag of ['loss', 'accuracy', 'learning_rate']) w.scalar(tag, 0.5, 1);
    w.close();
  }
  const bin = join(repoRoot, 'bin', 'trainboard.js');
  const r = spawnSync(
    'bash',
    [
      '-c',
      `"${process.execPath}" "${bin}" inspect --logdir "${logdir}" | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(r.stdout.trim().split('\n').length, 1);
  assert.match(r.stdout, /^run run-000/);
  assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at /, r.stderr);
  assert.match(r.stderr, /status=0/, r.stderr);
});
