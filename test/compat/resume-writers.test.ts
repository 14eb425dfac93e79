// Resumed and restarted training, written by the real writers (torch SummaryWriter with purge_step, two torch
// writers in one directory, tensorboardX restarted and with purge_step, tf.summary restarted), read by our server
// (/data/plugin/scalars/scalars) and by `trainboard inspect --json` exactly as TensorBoard's EventAccumulator reads
// the same logdir: every point it keeps, duplicated steps included, in its order, with its values.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../integration/server/test-server.ts';
import { runCli } from '../support/run-cli.ts';
import { pythonSkip, runPythonWriter, tensorBoardScalars, type TbPoint } from './tensorboard-oracle.ts';

const skip = pythonSkip(['tensorboard', 'torch', 'tensorboardX', 'tensorflow']);

describe('resumed and restarted runs from real writers', { skip }, () => {
  let tmp = '';
  let tb: Record<string, Record<string, TbPoint[]>> = {};
  let server: TestServer;
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'tb-resume-'));
    runPythonWriter('resume_writers.py', [tmp]);
    tb = await tensorBoardScalars(tmp);
    server = await startTestServer({ logdir: tmp });
  });
  after(async () => {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const runs = ['torch_purge', 'torch_two_writers', 'tbx_restart', 'tbx_purge', 'tf_restart'];

  test('TensorBoard itself keeps every point of both writers in each run (the case the issue reports)', () => {
    assert.deepEqual(Object.keys(tb).sort(), [...runs].sort());
    assert.equal(tb.torch_purge!.loss!.length, 50);
    assert.equal(tb.torch_two_writers!.loss!.length, 40);
    assert.equal(tb.tbx_restart!.loss!.length, 40);
    assert.equal(tb.tbx_purge!.loss!.length, 40);
    assert.equal(tb.tf_restart!.loss!.length, 40);
  });

  for (const run of runs) {
    test(`${run}: the server's scalars equal TensorBoard's for every tag ([wall, step, value], in order)`, async () => {
      const tags = await server.json<Record<string, Record<string, unknown>>>('/data/plugin/scalars/tags');
      assert.deepEqual(Object.keys(tags[run] ?? {}).sort(), Object.keys(tb[run]!).sort());
      for (const [tag, expected] of Object.entries(tb[run]!)) {
        const q = `run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`;
        const got = await server.json<TbPoint[]>(`/data/plugin/scalars/scalars?${q}`);
        assert.deepEqual(got, expected, `${run}/${tag}`);
      }
    });
  }

  test('trainboard inspect --json reads each run as TensorBoard does ([step, wall, value], in order)', async () => {
    const r = await runCli(['inspect', '--logdir', tmp, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { runs: Record<string, { scalars: Record<string, TbPoint[]> }> };
    for (const run of runs) {
      const expected = Object.fromEntries(
        Object.entries(tb[run]!).map(([tag, pts]) => [tag, pts.map(([w, s, v]) => [s, w, v])]),
      );
      assert.deepEqual(report.runs[run]?.scalars, expected, run);
    }
  });
});
