import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCli } from '../../support/run-cli.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'inspect-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('trainboard inspect', () => {
  test('exits 2 with one line on stderr when --logdir is missing', async () => {
    const r = await runCli(['inspect']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /--logdir DIR is required/);
  });

  test('exits 2 on an unknown flag, without a stack trace', async () => {
    const r = await runCli(['inspect', '--logdir', tmp, '--bogus']);
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  test('exits 1 with a clear message when the logdir does not exist', async () => {
    const r = await runCli(['inspect', '--logdir', join(tmp, 'nope')]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), `trainboard inspect: logdir not found: ${join(tmp, 'nope')}`);
  });

  test('reports an empty logdir as having no runs', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const r = await runCli(['inspect', '--logdir', empty, '--json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), { runs: {}, errors: [] });
  });

  test('prints runs, tags by plugin with step ranges, and damage in its text form', async () => {
    const r = await runCli(['inspect', '--logdir', join(fixturesDir, 'damaged')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /run bad-crc\n/);
    assert.match(r.stdout, /loss {2}\(50 points, steps 0\.\.49\)/);
    assert.match(r.stdout, /DAMAGED data-crc bad-crc\/events\.out\.tfevents\.\S+ at byte \d+/);
    assert.match(r.stdout, /2 runs, 2 damaged records/);
  });

  test('reads a run whose file is garbage without crashing and reports where it stopped', async () => {
    const run = join(tmp, 'garbage', 'run');
    mkdirSync(run, { recursive: true });
    writeFileSync(join(run, 'events.out.tfevents.1.host'), Buffer.alloc(64, 0xab));
    const src = join(fixturesDir, 'tf-summary');
    for (const f of readdirSync(src)) copyFileSync(join(src, f), join(tmp, 'garbage', f));
    const r = await runCli(['inspect', '--logdir', join(tmp, 'garbage'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as {
      runs: Record<
        string,
        { damaged: { offset: number; reason: string }[]; scalars: Record<string, unknown[]> }
      >;
    };
    assert.deepEqual(
      report.runs.run!.damaged.map((d) => [d.offset, d.reason]),
      [[0, 'length-crc']],
    );
    assert.equal(report.runs['.']!.scalars.loss!.length, 50);
  });

  test('writes NaN and infinities as TensorBoard JSON strings', async () => {
    const { jsonNumber } = await import('../../../cli/logdir-inspector.ts');
    assert.deepEqual([NaN, Infinity, -Infinity, 1.5].map(jsonNumber), ['NaN', 'Infinity', '-Infinity', 1.5]);
  });
});
