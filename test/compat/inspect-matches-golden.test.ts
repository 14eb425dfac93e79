// `trainboard inspect --json` on ../shared/fixtures against golden.json, which records what real TensorBoard's
// EventAccumulator read from the same files.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { LogdirReport } from '../../cli/logdir-inspector.ts';
import { runCli } from '../support/run-cli.ts';
import { fixturesDir } from '../support/shared-fixtures.ts';
import { goldenScalars, goldenTagsByPlugin, golden } from '../support/golden.ts';

let report: LogdirReport;
before(async () => {
  const r = await runCli(['inspect', '--logdir', fixturesDir, '--json']);
  assert.equal(r.code, 0, r.stderr);
  report = JSON.parse(r.stdout) as LogdirReport;
});

describe('trainboard inspect --json on the shared fixtures', () => {
  test('lists exactly the runs real TensorBoard found', () => {
    assert.deepEqual(Object.keys(report.runs).sort(), Object.keys(golden).sort());
  });

  for (const [run, g] of Object.entries(golden)) {
    if (run.startsWith('damaged/')) continue;
    test(`${run}: scalars equal golden.json (step, wall_time, value, in order)`, () => {
      assert.deepEqual(report.runs[run]!.scalars, goldenScalars(g));
    });
    test(`${run}: tag sets per plugin equal TensorBoard's`, () => {
      const ours = { ...report.runs[run]!.plugins };
      // torch/tensorboardX hparams values carry no tensor: the EventAccumulator behind golden.json skips them,
      // while TensorBoard's hparams plugin reads them (FORMAT.md §5.2). We list them, as the hparams plugin does.
      if (!g.plugins.hparams && ours.hparams?.every((t) => t.startsWith('_hparams_/'))) delete ours.hparams;
      assert.deepEqual(ours, goldenTagsByPlugin(g));
    });
    test(`${run}: graph flag and histogram/text steps equal golden.json`, () => {
      const r = report.runs[run]!;
      assert.equal(r.graph, g.graph);
      for (const [tag, t] of Object.entries(g.tensors)) {
        if (t.plugin === 'histograms')
          assert.deepEqual(
            r.histograms[tag],
            t.values.map((v) => v[0]),
          );
        if (t.plugin === 'text')
          assert.deepEqual(
            r.text[tag]?.map(([step, s]) => [step, [s]]),
            t.values.map(([step, , v]) => [step, v]),
          );
      }
      for (const [tag, rows] of Object.entries(g.histograms))
        assert.equal(r.histograms[tag]?.length, rows.length);
      assert.deepEqual(r.damaged, []);
    });
  }

  test('damaged/truncated yields every complete record and reports the incomplete tail', () => {
    const r = report.runs['damaged/truncated']!;
    assert.deepEqual(r.scalars, goldenScalars(golden['damaged/truncated']!));
    assert.equal(r.damaged.length, 1);
    assert.equal(r.damaged[0]!.reason, 'truncated');
    assert.match(r.damaged[0]!.file, /^damaged\/truncated\/events\.out\.tfevents\./);
  });

  test('damaged/bad-crc yields every record but the damaged one (TensorBoard stops there) and reports it', () => {
    const r = report.runs['damaged/bad-crc']!;
    const intact = report.runs['tf-summary']!.scalars; // bad-crc is a copy of tf-summary with one CRC broken
    const g = goldenScalars(golden['damaged/bad-crc']!);
    let missing = 0;
    for (const [tag, rows] of Object.entries(intact)) {
      const ours = r.scalars[tag] ?? [];
      assert.deepEqual(
        ours.slice(0, g[tag]!.length),
        g[tag],
        `${tag}: TensorBoard's points are a prefix of ours`,
      );
      missing += rows.length - ours.length;
      for (const p of ours)
        assert.ok(
          rows.some((q) => q[0] === p[0] && q[2] === p[2]),
          `${tag}@${p[0]} is intact`,
        );
    }
    assert.equal(missing, 1, 'exactly one point lost: the one in the damaged record');
    assert.deepEqual(
      r.damaged.map((d) => [d.reason, d.offset > 0]),
      [['data-crc', true]],
    );
  });
});
