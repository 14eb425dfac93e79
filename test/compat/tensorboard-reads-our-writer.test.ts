// The core proof of the write side: files written by OUR writer are read by REAL TensorBoard 2.21. Its Python
// plugin_event_accumulator sees the same scalars (steps, wall times, float32 values), histogram rows equal to
// its own histogram_pb, text, PNG images, and the hparams plugin data; its graphs plugin builds the conceptual
// graph from our graph_keras_model; its HTTP server (Python loader, and the Rust data server) serves scalars,
// histograms, text, images, the Keras graph and both hparams sessions with their metrics.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { histogramBuckets } from '../../tfevents/summaries/histogram-summary.ts';
import {
  allRuns,
  BASE,
  expectedNodes,
  f32,
  haveTensorBoard,
  losses,
  pixels,
  type PyReport,
  type PyTag,
  python,
  rowsOf,
  script,
  skip,
  trials,
  wall,
  weights,
  writeLogdir,
} from './our-writer-logdir.ts';

test(
  'real TensorBoard is available for this compatibility test (required when CI=true)',
  { skip: !skip ? false : process.env.CI !== 'true' && skip },
  () => {
    assert.ok(haveTensorBoard, `${skip}`);
  },
);

describe('real TensorBoard reads what our writer wrote', { skip }, () => {
  let tmp = '';
  let logdir = '';
  let py: PyReport;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'tb-compat-writer-'));
    logdir = join(tmp, 'logs');
    writeLogdir(logdir);
    const r = spawnSync(python, [script, logdir, join(tmp, 'spec.json')], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    assert.equal(r.status, 0, r.stderr);
    py = JSON.parse(r.stdout) as PyReport;
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const tag = (run: string, name: string): PyTag => {
    const t = py.runs[run]?.tags[name];
    assert.ok(
      t,
      `TensorBoard sees no tag ${name} in run ${run}; it sees ${JSON.stringify(Object.keys(py.runs[run]?.tags ?? {}))}`,
    );
    return t;
  };

  test('every run is found, each with file version 2', () => {
    assert.deepEqual(Object.keys(py.runs).sort(), allRuns);
    for (const run of allRuns) assert.equal(py.runs[run]!.file_version, 2, run);
  });

  test('plugin_event_accumulator sees our scalars with the same steps, wall times and float32 values', () => {
    const points = (run: string) =>
      tag(run, 'epoch_loss').points.map((p) => [p.step, p.wall_time, p.value, p.dtype]);
    assert.deepEqual(
      points('model/train'),
      losses.map((l, s) => [s, wall(s), f32(l), 1]),
    );
    assert.deepEqual(
      points('model/validation'),
      losses.map((l, s) => [s, wall(s) + 0.01, f32(l * 1.1), 1]),
    );
    assert.equal(tag('model/train', 'epoch_loss').plugin, 'scalars');
    assert.equal(tag('model/train', 'epoch_loss').description, 'training **loss**');
  });

  test('a NaN scalar stays NaN at its step', () => {
    assert.deepEqual(
      tag('model/train', 'nan_probe').points.map((p) => p.value),
      [0, 1, 'NaN', 3, 4],
    );
  });

  test("histogram rows equal TensorBoard's own histogram_pb on the same data (DT_DOUBLE [30,3])", () => {
    const h = tag('model/train', 'hidden/kernel/histogram');
    assert.equal(h.plugin, 'histograms');
    assert.deepEqual(
      h.points.map((p) => p.dtype),
      [2, 2],
    );
    assert.deepEqual(h.points[0]!.rows, py.histogram_reference.w0);
    assert.deepEqual(h.points[1]!.rows, py.histogram_reference.w1);
    assert.deepEqual(h.points[1]!.rows, rowsOf(histogramBuckets(weights(1))));
    assert.deepEqual(tag('model/train', 'constant/histogram').points[0]!.rows, py.histogram_reference.c);
  });

  test('text is read as a rank-0 string and a 2x2 table', () => {
    const notes = tag('model/train', 'notes').points[0]!;
    assert.deepEqual([notes.shape, notes.strings], [[], ['**step** 0 <b>raw</b>']]);
    const table = tag('model/train', 'table').points[0]!;
    assert.deepEqual(
      [table.shape, table.strings],
      [
        [2, 2],
        ['a', 'b', 'c', 'd'],
      ],
    );
  });

  test('the image is [width, height, png] and Pillow decodes our PNG to the same RGB pixels', () => {
    const img = tag('model/train', 'sample');
    assert.equal(img.plugin, 'images');
    const p = img.points[0]!;
    assert.deepEqual([p.width, p.height], ['4', '3']);
    assert.deepEqual(p.images, [{ size: [4, 3], mode: 'RGB', pixels: Buffer.from(pixels).toString('hex') }]);
  });

  test('the graphs plugin builds the conceptual graph of the two-input, two-output Keras model', () => {
    const k = tag('model/train', 'keras');
    assert.deepEqual([k.plugin, k.content], ['graph_keras_model', '1']);
    assert.deepEqual(k.points[0]!.nodes, expectedNodes);
  });

  test('a TF.js model JSON gets the same conceptual graph, edges included', () => {
    const byName = (nodes: [string, string[], string][]) =>
      [...nodes].sort((a, b) => a[0].localeCompare(b[0]));
    assert.deepEqual(byName(tag('tfjs/train', 'keras').points[0]!.nodes!), byName(expectedNodes));
  });

  test('the hparams plugin parses our experiment, both session starts and both session ends', () => {
    const exp = tag('hparams', '_hparams_/experiment').hparams as {
      hparamInfos: { name: string; type: string }[];
      metricInfos: unknown[];
    };
    assert.deepEqual(
      exp.hparamInfos.map((h) => [h.name, h.type]),
      [
        ['lr', 'DATA_TYPE_FLOAT64'],
        ['optimizer', 'DATA_TYPE_STRING'],
        ['units', 'DATA_TYPE_FLOAT64'],
        ['bn', 'DATA_TYPE_BOOL'],
      ],
    );
    assert.equal(exp.metricInfos.length, 2);
    trials.forEach((t, i) => {
      const start = tag(t.run, '_hparams_/session_start_info').hparams as {
        hparams: Record<string, unknown>;
        startTimeSecs: number;
      };
      assert.deepEqual(start.hparams, t.hp); // MessageToDict gives Struct values as plain JSON
      assert.equal(start.startTimeSecs, BASE + 100 * i);
      const end = tag(t.run, '_hparams_/session_end_info').hparams as { status: string; endTimeSecs: number };
      assert.deepEqual(end, {
        status: t.status === 'success' ? 'STATUS_SUCCESS' : 'STATUS_FAILURE',
        endTimeSecs: BASE + 100 * i + 50,
      });
    });
  });
});
