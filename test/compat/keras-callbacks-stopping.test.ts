// earlyStopping and terminateOnNaN against Keras 3's EarlyStopping and TerminateOnNaN on the same logs
// sequences (rising, plateaus, minDelta edges, NaN, baseline, modes, startFromEpoch, patience 0..3, a
// missing monitor): the epoch where training stops, the best epoch, and whether a missing monitor warns.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { selectBackend } from '../../trainer/backend/backend-selector.ts';
import {
  runKeras,
  runOurs,
  seq,
  skipWithoutKeras,
  type CallbackCase,
  type CallbackResult,
} from './keras-callbacks-driver.ts';

const rising = [1, 2, 3, 4, 5, 6, 7, 8];
/** No validation data: val_loss never appears. */
const noValidation: CallbackCase = {
  callback: 'EarlyStopping',
  kwargs: { patience: 0 },
  epochs: [{ loss: 1 }, { loss: 2 }, { loss: 3 }],
};
const early: CallbackCase[] = [
  ...[0, 1, 2, 3].map((patience) => ({
    callback: 'EarlyStopping' as const,
    kwargs: { patience },
    epochs: seq('val_loss', rising),
  })),
  ...[0, 1, 2, 3].map((patience) => ({
    callback: 'EarlyStopping' as const,
    kwargs: { patience, restore_best_weights: true },
    epochs: seq('val_loss', [1, 0.8, 0.9, 0.85, 0.7, 0.75, 0.76, 0.77, 0.78]),
  })),
  ...[0.01, 0.05, 0.1].map((min_delta) => ({
    callback: 'EarlyStopping' as const,
    kwargs: { patience: 1, min_delta },
    epochs: seq('val_loss', [1.0, 0.95, 0.94, 0.935, 0.93, 0.9, 0.8, 0.7, 0.69]),
  })),
  // minDelta edges: steps of exactly min_delta (0.9 + 0.1 vs 1.0 decides in float32, as Keras compares).
  ...[1, 2].map((patience) => ({
    callback: 'EarlyStopping' as const,
    kwargs: { patience, min_delta: 0.1 },
    epochs: seq('val_loss', [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4]),
  })),
  {
    callback: 'EarlyStopping',
    kwargs: { patience: 2 },
    epochs: seq('val_loss', [1, NaN, 0.5, NaN, NaN, NaN]),
  },
  { callback: 'EarlyStopping', kwargs: { patience: 2 }, epochs: seq('val_loss', [NaN, 1, 0.5, 0.4, 0.3]) },
  {
    callback: 'EarlyStopping',
    kwargs: { patience: 1 },
    epochs: seq('val_loss', [1, Infinity, 0.5, 0.6, 0.7]),
  },
  ...[0.5, 0.85].map((baseline) => ({
    callback: 'EarlyStopping' as const,
    kwargs: { patience: 2, baseline },
    epochs: seq('val_loss', [0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.45]),
  })),
  {
    callback: 'EarlyStopping',
    kwargs: { patience: 1, baseline: 0.5, restore_best_weights: true },
    epochs: seq('val_loss', [0.9, 0.8, 0.85, 0.7]),
  },
  ...['auto', 'max'].map((mode) => ({
    callback: 'EarlyStopping' as const,
    kwargs: { monitor: 'val_accuracy', patience: 1, mode },
    epochs: seq('val_accuracy', [0.5, 0.6, 0.6, 0.55, 0.7, 0.65, 0.64]),
  })),
  {
    callback: 'EarlyStopping',
    kwargs: { monitor: 'val_loss', patience: 1, mode: 'max' },
    epochs: seq('val_loss', [0.5, 0.4, 0.6, 0.3, 0.2]),
  },
  ...['val_precision', 'val_recall', 'val_auc'].map((monitor) => ({
    callback: 'EarlyStopping' as const,
    kwargs: { monitor, patience: 1 },
    epochs: seq(monitor, [0.5, 0.6, 0.55, 0.7, 0.6, 0.5]),
  })),
  ...[1, 3].map((start_from_epoch) => ({
    callback: 'EarlyStopping' as const,
    kwargs: { patience: 1, start_from_epoch },
    epochs: seq('val_loss', [0.1, 0.5, 0.6, 0.4, 0.45, 0.5, 0.3]),
  })),
  // A typo: Keras cannot infer the direction of 'val_los' and raises; with a mode it warns and never stops.
  { callback: 'EarlyStopping', kwargs: { monitor: 'val_los', patience: 1 }, epochs: seq('val_loss', rising) },
  {
    callback: 'EarlyStopping',
    kwargs: { monitor: 'val_los', patience: 1, mode: 'min' },
    epochs: seq('val_loss', rising),
  },
  noValidation,
  { callback: 'EarlyStopping', kwargs: { monitor: 'loss', patience: 0 }, epochs: [{ loss: 1 }, { loss: 1 }] },
];

const nanBatches = (epochs: number[][]) => epochs.map((losses) => losses.map((loss) => ({ loss })));
const nan: CallbackCase[] = [
  {
    callback: 'TerminateOnNaN',
    epochs: seq('val_loss', [1, 2, 3]),
    batches: nanBatches([
      [1, 0.9],
      [0.8, NaN, 0.7],
      [0.5, 0.4],
    ]),
  },
  {
    callback: 'TerminateOnNaN',
    epochs: seq('val_loss', [1, 2]),
    batches: nanBatches([
      [1, -Infinity],
      [1, 2],
    ]),
  },
  {
    callback: 'TerminateOnNaN',
    epochs: seq('val_loss', [1, 2]),
    batches: nanBatches([
      [1, 2],
      [3, 4],
    ]),
  },
  {
    callback: 'TerminateOnNaN',
    kwargs: { raise_error: true },
    epochs: seq('val_loss', [1, 2]),
    batches: nanBatches([[1, Infinity], [1]]),
  },
];

/** What is compared: where training stopped, the best epoch, and whether an error or a monitor warning came. */
function outcome(r: CallbackResult) {
  return {
    epochs_run: r.epochs_run,
    stopped_epoch: r.stopped_epoch,
    best_epoch: r.best_epoch,
    stop_batch: r.stop_batch,
    failed: r.error !== undefined,
    warned: r.warnings.length > 0,
  };
}

describe('stopping callbacks match Keras 3 on the same logs', { skip: skipWithoutKeras }, () => {
  let keras: CallbackResult[] = [];
  before(async () => {
    await selectBackend('cpu');
    keras = runKeras([...early, ...nan]).results;
  });

  test('earlyStopping() stops where Keras stops, keeps the same best epoch, and fails where Keras fails', async () => {
    for (const [i, c] of early.entries()) {
      const ours = await runOurs(c);
      assert.deepEqual(outcome(ours), outcome(keras[i]!), `case ${i}: ${JSON.stringify(c)}`);
    }
  });

  test('earlyStopping() with patience 1, 2, 3 stops at epochs 2, 3, 4 of a rising sequence, as Keras', () => {
    assert.deepEqual(
      keras.slice(1, 4).map((r) => (r.stopped_epoch ?? 0) + 1),
      [2, 3, 4],
    );
  });

  test('earlyStopping() warns once, listing the available metrics, when the monitor is never in the logs', async () => {
    const typo = early.find((x) => x.kwargs?.monitor === 'val_los' && x.kwargs.mode === 'min')!;
    for (const c of [typo, noValidation]) {
      const ours = await runOurs(c);
      assert.equal(ours.warnings.length, 1, ours.warnings.join('\n'));
      for (const key of Object.keys(c.epochs[0]!))
        assert.match(ours.warnings[0]!, new RegExp(`\\b${key}\\b`));
      assert.ok(keras[early.indexOf(c)]!.warnings.length > 0, 'Keras warns too');
    }
  });

  test('terminateOnNaN() stops at the batch Keras stops at, or throws with raiseError', async () => {
    for (const [i, c] of nan.entries()) {
      const ours = await runOurs(c);
      assert.deepEqual(outcome(ours), outcome(keras[early.length + i]!), `case ${i}: ${JSON.stringify(c)}`);
    }
  });
});
