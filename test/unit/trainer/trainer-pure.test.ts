// Pure pieces of the trainer: seeded randomness, splits and scaling, names, the perceptron rule, the learning
// rate finder's schedule and suggestion, log handling and the progress bar text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderBar } from '../../../trainer/callbacks/progress-bar.ts';
import { formatMetrics, kerasMetricName, splitValidation } from '../../../trainer/callbacks/resolved-logs.ts';
import { improves } from '../../../trainer/callbacks/early-stopping.ts';
import { buildAutoMpg } from '../../../trainer/data/auto-mpg-dataset.ts';
import { loadIrisSetosa, parseIris } from '../../../trainer/data/iris-dataset.ts';
import { createSeededRandom } from '../../../trainer/data/seeded-random.ts';
import { columnStats } from '../../../trainer/data/tabular-dataset.ts';
import { lrAt, suggestLearningRate } from '../../../trainer/search/lr-finder.ts';
import { drawTrial, DEFAULT_SPACE } from '../../../trainer/search/random-search.ts';
import { defaultRunName, invalidRunName } from '../../../trainer/session/run-name.ts';
import { perceptronEpoch } from '../../../trainer/tasks/perceptron-task.ts';
import { formatLayerSummary } from '../../../trainer/models/layer-summary.ts';

test('createSeededRandom() repeats its sequence for the same seed and differs for another', () => {
  const a = createSeededRandom(7);
  const b = createSeededRandom(7);
  const c = createSeededRandom(8);
  const seqA = [a.next(), a.next(), a.next()];
  assert.deepEqual(seqA, [b.next(), b.next(), b.next()]);
  assert.notDeepEqual(seqA, [c.next(), c.next(), c.next()]);
  assert.ok(seqA.every((v) => v >= 0 && v < 1));
});

test('logUniform() and int() stay within their bounds', () => {
  const r = createSeededRandom(1);
  for (let i = 0; i < 1000; i++) {
    const lr = r.logUniform(1e-4, 1e-1);
    assert.ok(lr >= 1e-4 && lr < 1e-1);
    const n = r.int(1, 3);
    assert.ok(n >= 1 && n <= 3 && Number.isInteger(n));
  }
});

test('drawTrial() draws hidden layers, neurons and a learning rate inside the search space', () => {
  const t = drawTrial(createSeededRandom(3), DEFAULT_SPACE);
  assert.ok(t.hiddenLayers >= 1 && t.hiddenLayers <= 3);
  assert.ok(t.neurons >= 8 && t.neurons <= 256);
  assert.ok(t.learningRate >= 3e-4 && t.learningRate <= 3e-2);
});

test('parseIris() reads 150 rows of 4 features and a species; a bad line names its number', () => {
  const rows = parseIris();
  assert.equal(rows.length, 150);
  assert.deepEqual(rows[0], { features: [5.1, 3.5, 1.4, 0.2], species: 0 });
  assert.equal(rows.filter((r) => r.species === 0).length, 50);
  assert.throws(() => parseIris('h\n1,2,3,4,0\n1,2,x,4,0'), /line 3/);
});

test('loadIrisSetosa() splits 100/25/25 deterministically with petal features and setosa labels', () => {
  const a = loadIrisSetosa(42);
  const b = loadIrisSetosa(42);
  assert.deepEqual([a.train.rows, a.validation.rows, a.test.rows], [100, 25, 25]);
  assert.deepEqual(a.train.x, b.train.x);
  const positives = [a.train, a.validation, a.test].reduce((n, s) => n + s.y.reduce((m, v) => m + v, 0), 0);
  assert.equal(positives, 50);
});

test('buildAutoMpg() drops and counts rows with missing values and standardises with training statistics', () => {
  const car = (i: number, hp: number | null) => ({
    Miles_per_Gallon: 20 + i,
    Cylinders: 4 + (i % 2) * 2,
    Displacement: 100 + i,
    Horsepower: hp,
    Weight_in_lbs: 2000 + 10 * i,
    Acceleration: 12 + (i % 5),
    Year: `19${70 + (i % 10)}-01-01`,
    Origin: ['USA', 'Europe', 'Japan'][i % 3],
  });
  const records = [...Array(50).keys()].map((i) => car(i, i === 3 || i === 9 ? null : 80 + i));
  const d = buildAutoMpg(records, 1);
  assert.equal(d.droppedRows, 2);
  assert.equal(d.train.rows + d.validation.rows + d.test.rows, 48);
  const stats = columnStats(d.train.x, d.width);
  for (let c = 0; c < 6; c++) {
    assert.ok(Math.abs(stats.mean[c]!) < 1e-4, `column ${c} mean ${stats.mean[c]}`);
    assert.ok(Math.abs(stats.std[c]! - 1) < 1e-3, `column ${c} std ${stats.std[c]}`);
  }
  assert.throws(() => buildAutoMpg([null], 1, 'cars.json'), /cars.json: row 0/);
});

test('defaultRunName() is <task>-YYYYMMDD-HHMMSS', () => {
  assert.equal(defaultRunName('xor', new Date(2026, 10, 29, 1, 2, 3)), 'xor-20261129-010203');
});

test('invalidRunName() rejects names that escape the logdir or collide with run subdirectories', () => {
  assert.equal(invalidRunName('exp/a-1'), null);
  for (const bad of ['', '/abs', '../x', 'a/../b', 'a//b', 'a b', 'x/train', 'a\\b']) {
    assert.notEqual(invalidRunName(bad), null, bad);
  }
});

test('perceptronEpoch() applies the perceptron rule and makes no update once the data is separated', () => {
  const x = new Float32Array([1, 1, 5, 5]);
  const y = new Float32Array([1, 0]);
  const w = new Float32Array([0, 0]);
  const b = { value: 0 };
  assert.equal(perceptronEpoch(w, b, x, y, [0, 1], 1), 1);
  assert.deepEqual([...w], [-5, -5]);
  assert.equal(b.value, -1);
  for (let i = 0; i < 20; i++) perceptronEpoch(w, b, x, y, [0, 1], 1);
  assert.equal(perceptronEpoch(w, b, x, y, [0, 1], 1), 0);
});

test('lrAt() grows exponentially from the minimum to the maximum', () => {
  assert.equal(lrAt(0, 100, 1e-6, 1), 1e-6);
  assert.ok(Math.abs(lrAt(99, 100, 1e-6, 1) - 1) < 1e-12);
  assert.ok(Math.abs(lrAt(33, 100, 1e-6, 1) / lrAt(32, 100, 1e-6, 1) - lrAt(1, 100, 1e-6, 1) / 1e-6) < 1e-9);
});

test('suggestLearningRate() is a decade below the rate of the lowest smoothed loss', () => {
  const points = [1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1].map((lr, i) => ({
    lr,
    loss: [2, 1.9, 1.2, 0.5, 0.4, 9][i]!,
  }));
  const s = suggestLearningRate(points, 0);
  assert.ok(Math.abs(s - 1e-2) < 1e-12);
});

test('splitValidation() and kerasMetricName() give Keras names per run', () => {
  assert.deepEqual(splitValidation({ loss: 1, acc: 0.5, val_loss: 2, val_acc: 0.25 }), {
    train: { loss: 1, acc: 0.5 },
    validation: { loss: 2, acc: 0.25 },
  });
  assert.equal(kerasMetricName('acc'), 'accuracy');
  assert.equal(kerasMetricName('main_output_acc'), 'main_output_accuracy');
  assert.equal(kerasMetricName('loss'), 'loss');
  assert.equal(formatMetrics({ loss: 0.5, lr: 1e-5 }), 'loss: 0.5000 - lr: 1.000e-5');
});

test('improves() honours the mode and the minimum delta', () => {
  assert.equal(improves('min', 0.5, 0.6, 0), true);
  assert.equal(improves('min', 0.59, 0.6, 0.05), false);
  assert.equal(improves('max', 0.9, 0.8, 0), true);
});

test('renderBar() shows steps, a bar, the ETA and metrics; the full bar shows the elapsed time', () => {
  assert.equal(renderBar(5, 10, 2, 'loss: 1.0000', 10), ' 5/10 [=====>....] - ETA: 2.0s - loss: 1.0000');
  assert.equal(renderBar(10, 10, 4, '', 10), '10/10 [==========] - 4.0s');
});

test('formatLayerSummary() renders a Keras summary with totals', () => {
  const lines = formatLayerSummary(
    {
      rows: [
        {
          name: 'd',
          className: 'Dense',
          outputShape: '(None, 1)',
          params: 3,
          connectedTo: [],
          trainable: true,
        },
      ],
      totalParams: 3,
      trainableParams: 3,
      nonTrainableParams: 0,
    },
    'm',
  );
  assert.equal(lines[0], 'Model: "m"');
  assert.ok(lines.some((l) => /^d \(Dense\)\s+\(None, 1\)\s+3$/.test(l)));
  assert.ok(lines.includes('Total params: 3'));
  assert.ok(lines.includes('Non-trainable params: 0'));
});
