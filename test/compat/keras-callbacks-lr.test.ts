// reduceLROnPlateau and learningRateScheduler against Keras 3's ReduceLROnPlateau and LearningRateScheduler on
// the same logs (plateaus, minDelta, cooldown, minLr, modes, patience 0..3): the learning rate after every
// epoch; and the shared metric-direction rule against the `_direction` of every Keras 3 metric class.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { selectBackend } from '../../trainer/backend/backend-selector.ts';
import { inferDirection } from '../../trainer/callbacks/index.ts';
import {
  runKeras,
  runOurs,
  seq,
  skipWithoutKeras,
  type CallbackCase,
  type CallbackResult,
} from './keras-callbacks-driver.ts';

const plateau = [1, 0.9, 0.9, 0.9, 0.9, 0.85, 0.85, 0.85, 0.85, 0.84, 0.84, 0.84];
const reduce: CallbackCase[] = [
  ...[0, 1, 2, 3].map((patience) => ({
    callback: 'ReduceLROnPlateau' as const,
    kwargs: { patience, factor: 0.5 },
    epochs: seq('val_loss', plateau),
  })),
  {
    callback: 'ReduceLROnPlateau',
    kwargs: { patience: 1, factor: 0.5, cooldown: 2 },
    epochs: seq('val_loss', plateau),
  },
  {
    callback: 'ReduceLROnPlateau',
    kwargs: { patience: 1, factor: 0.1, min_lr: 0.002 },
    epochs: seq('val_loss', plateau),
  },
  {
    callback: 'ReduceLROnPlateau',
    kwargs: { patience: 1, factor: 0.5, min_delta: 0.06 },
    epochs: seq('val_loss', [1, 0.95, 0.9, 0.8, 0.75, 0.7, 0.6]),
  },
  {
    callback: 'ReduceLROnPlateau',
    kwargs: { monitor: 'val_accuracy', patience: 1, factor: 0.5 },
    epochs: seq('val_accuracy', [0.5, 0.6, 0.6, 0.7, 0.7, 0.7, 0.65]),
  },
  {
    callback: 'ReduceLROnPlateau',
    kwargs: { monitor: 'loss', patience: 2, factor: 0.2, mode: 'max' },
    epochs: seq('loss', [0.5, 0.4, 0.3, 0.6, 0.2, 0.1]),
  },
  {
    callback: 'ReduceLROnPlateau',
    kwargs: { patience: 1, factor: 0.5 },
    epochs: seq('val_loss', [1, NaN, 0.8, NaN, NaN]),
  },
];
const schedule: CallbackCase[] = ['halve_odd', 'exp_decay', 'table'].map((name) => ({
  callback: 'LearningRateScheduler' as const,
  kwargs: { schedule: name },
  epochs: seq('val_loss', [1, 1, 1, 1, 1, 1, 1]),
  learning_rate: 0.2,
}));

/** Keras holds the rate in a float32 variable; TF.js in a double: equal to float32 precision. */
function assertSameRates(ours: CallbackResult, keras: CallbackResult, what: string): void {
  assert.equal(ours.error, keras.error, what);
  assert.equal(ours.learning_rates?.length, keras.learning_rates?.length, what);
  for (const [e, lr] of (keras.learning_rates ?? []).entries()) {
    const mine = ours.learning_rates![e]!;
    assert.ok(Math.abs(mine - lr) <= 1e-6 * Math.abs(lr), `${what}: epoch ${e}: ours ${mine}, Keras ${lr}`);
  }
}

describe('learning-rate callbacks and the direction rule match Keras 3', { skip: skipWithoutKeras }, () => {
  let keras: CallbackResult[] = [];
  let directions: Record<string, 'max' | 'min' | null> = {};
  before(async () => {
    await selectBackend('cpu');
    const r = runKeras([...reduce, ...schedule], true);
    keras = r.results;
    directions = r.directions ?? {};
  });

  test('reduceLROnPlateau() sets the learning rates Keras sets, epoch by epoch', async () => {
    for (const [i, c] of reduce.entries())
      assertSameRates(await runOurs(c), keras[i]!, `case ${i}: ${JSON.stringify(c)}`);
  });

  test('learningRateScheduler() sets the learning rates Keras sets, epoch by epoch', async () => {
    for (const [i, c] of schedule.entries())
      assertSameRates(await runOurs(c), keras[reduce.length + i]!, `case ${i}: ${JSON.stringify(c)}`);
  });

  test('the metric-direction rule agrees with every Keras 3 metric class, with and without val_', () => {
    assert.ok(Object.keys(directions).length > 30, JSON.stringify(directions));
    for (const [name, d] of Object.entries(directions)) {
      assert.equal(inferDirection(name) ?? null, d, name);
      assert.equal(inferDirection(`val_${name}`) ?? null, d, `val_${name}`);
    }
    // TF.js's spellings of the same metrics.
    assert.equal(inferDirection('val_acc'), 'max');
    assert.equal(inferDirection('binaryAccuracy'), 'max');
    assert.equal(inferDirection('val_MSE'), 'min');
    assert.equal(inferDirection('val_precision'), 'max');
  });
});
