// Our reader against real TensorBoard's Python loader on the hand-made edge cases in
// ../shared/tensorboard/experiments: the recorded /data/plugin/scalars/scalars responses (api/py) must equal what
// we read, except where we deliberately read more (records after a bad data CRC).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { inspectLogdir } from '../../cli/logdir-inspector.ts';
import { apiDir, experimentsDir } from '../support/shared-fixtures.ts';

interface IndexEntry {
  name: string;
  method: string;
  path: string;
  status: number;
}
const index = JSON.parse(readFileSync(join(apiDir, 'py', '_index.json'), 'utf8')) as IndexEntry[];
const report = inspectLogdir(experimentsDir);
const ours = (run: string, tag: string): [number, number, unknown][] | undefined =>
  report.runs[run]?.scalars[tag]?.map(([step, wall, value]) => [wall, step, value]);

describe('scalars read from the experiments equal the Python loader responses', () => {
  for (const e of index.filter(
    (x) => x.path.startsWith('/data/plugin/scalars/scalars?') && !x.path.includes('format='),
  )) {
    const q = new URLSearchParams(e.path.split('?')[1]);
    const run = q.get('run')!;
    const tag = q.get('tag')!;
    if (e.status === 404) {
      test(`${run} ${tag}: no scalar series, as TensorBoard answers 404`, () =>
        assert.equal(ours(run, tag), undefined));
      continue;
    }
    const theirs = JSON.parse(readFileSync(join(apiDir, 'py', `${e.name}.json`), 'utf8')) as [
      number,
      number,
      number,
    ][];
    if (run === 'handmade/bad_data_crc_mid') {
      test(`${run} ${tag}: TensorBoard stops at the bad record; we keep its points and every later one`, () => {
        const mine = ours(run, tag)!;
        assert.deepEqual(mine.slice(0, theirs.length), theirs);
        assert.ok(mine.length > theirs.length);
        assert.deepEqual(
          report.runs[run]!.damaged.map((d) => d.reason),
          ['data-crc'],
        );
      });
      continue;
    }
    test(`${run} ${tag}: equals TensorBoard's ${theirs.length} points`, () =>
      assert.deepEqual(ours(run, tag), theirs));
  }
});

describe('restarts are purged as the Python loader does (FORMAT.md §7.3)', () => {
  const steps = (run: string): number[] => (report.runs[run]?.scalars.loss ?? []).map((p) => p[0]);
  test('a second SessionLog START at step 2 drops the points from step 2 on', () => {
    assert.deepEqual(steps('handmade/sessionlog_restart'), [0, 1, 2, 3]);
    const values = report.runs['handmade/sessionlog_restart']!.scalars.loss!.map((p) => p[2]);
    assert.deepEqual(values.slice(2), [102, 103]);
  });
  test('without a file_version event an out-of-order step purges that tag from there', () => {
    assert.deepEqual(steps('handmade/no_file_version'), [0, 1, 2, 3]);
  });
  test('a bad length CRC stops that file and is reported with its offset', () => {
    const d = report.runs['handmade/bad_length_crc_mid']!.damaged;
    assert.deepEqual(
      d.map((x) => x.reason),
      ['length-crc'],
    );
    assert.ok(d[0]!.offset > 0);
  });
  test('a tensor whose first value has no plugin is listed, not dropped silently', () => {
    assert.deepEqual(report.runs['handmade/dtype_variants']!.plugins['(no plugin)'], ['tensor_no_metadata']);
  });
});
