// modelCheckpoint and csvLogger against Keras 3's ModelCheckpoint and CSVLogger on the same logs: the paths
// saved at each epoch (Keras's file-path templates with Python format specs, saveBestOnly in each direction,
// initialValueThreshold, saveFreq in batches, a missing monitor), and the CSV file byte for byte.
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
  type Logs,
} from './keras-callbacks-driver.ts';

const losses = [0.9, 0.7, 0.8, 0.65, 0.66, 0.0001234, 12345.678];
const logs: Logs[] = losses.map((v, i) => ({ loss: 1 / (i + 1), val_loss: v, val_accuracy: 0.5 + i / 20 }));
const ckpt = (kwargs: Record<string, unknown>, epochs: Logs[] = logs): CallbackCase => ({
  callback: 'ModelCheckpoint',
  kwargs,
  epochs,
});
const checkpoint: CallbackCase[] = [
  ckpt({ filepath: 'ckpt/{epoch:02d}-{val_loss:.2f}' }),
  ckpt({ filepath: 'best', save_best_only: true }),
  ckpt({ filepath: 'e{epoch}', save_best_only: true, monitor: 'val_accuracy' }),
  ckpt(
    { filepath: 'e{epoch}', save_best_only: true, monitor: 'val_precision' },
    seq('val_precision', [0.5, 0.7, 0.6, 0.8]),
  ),
  ckpt({ filepath: 'e{epoch}', save_best_only: true, initial_value_threshold: 0.68 }),
  ckpt({ filepath: 'e{epoch}', save_best_only: true, mode: 'max' }),
  ckpt({ filepath: 'e{epoch}', save_best_only: true }, [{ loss: 1 }, { loss: 0.5 }]),
  ckpt({ filepath: 'w{epoch:03d}', save_weights_only: true, save_best_only: true }),
  ckpt({ filepath: '{epoch}-{loss}-{val_loss}' }),
  ckpt({
    filepath: '{val_loss:.3e}_{val_loss:08.4f}_{epoch:>4}_{val_accuracy:.1%}_{val_loss:g}_{loss:+.3f}',
  }),
  ckpt({ filepath: '{epoch:<3d}|{epoch:^5}|{epoch:x<4}|{val_loss:,.1f}|{{literal}}' }),
  ckpt({ filepath: 'e{epoch}-{val_auc:.2f}' }),
  ckpt({ filepath: 'e{epoch}-{val_loss:d}' }),
  {
    callback: 'ModelCheckpoint',
    kwargs: { filepath: 'b{epoch:02d}-{batch:03d}-{loss:.2f}', save_freq: 2 },
    epochs: logs.slice(0, 3),
    batches: [0, 1, 2].map((e) => [0, 1, 2].map((b) => ({ loss: 1 / (1 + e * 3 + b) }))),
  },
];

const csv: CallbackCase[] = [
  { callback: 'CSVLogger', epochs: logs },
  {
    callback: 'CSVLogger',
    epochs: [
      { loss: 1, accuracy: 0.5 },
      { loss: 0.5, accuracy: 0.75 },
    ],
  },
  { callback: 'CSVLogger', kwargs: { separator: ';' }, epochs: seq('val_loss', [1, NaN, Infinity, 0.1]) },
  {
    callback: 'CSVLogger',
    kwargs: { append: true },
    epochs: logs.slice(0, 2),
    append_to: 'epoch,x\r\n0,1\r\n',
  },
  { callback: 'CSVLogger', kwargs: { append: true }, epochs: logs.slice(0, 2), append_to: '' },
  { callback: 'CSVLogger', epochs: [{ loss: 1 }, { loss: 0.5, val_loss: 0.7 }] },
];

describe('checkpoint and CSV callbacks match Keras 3 on the same logs', { skip: skipWithoutKeras }, () => {
  let keras: CallbackResult[] = [];
  before(async () => {
    await selectBackend('cpu');
    keras = runKeras([...checkpoint, ...csv]).results;
  });

  test('modelCheckpoint() saves at the epochs and paths Keras saves at, and fails where Keras fails', async () => {
    for (const [i, c] of checkpoint.entries()) {
      const ours = await runOurs(c);
      const k = keras[i]!;
      const what = `case ${i}: ${JSON.stringify(c.kwargs)}; Keras: ${k.error ?? ''} ours: ${ours.error ?? ''}`;
      assert.equal(ours.error !== undefined, k.error !== undefined, what);
      assert.deepEqual(ours.saved, k.saved, what);
      assert.equal(
        ours.warnings.length > 0,
        k.warnings.length > 0,
        `${what}: warnings ${JSON.stringify([ours.warnings, k.warnings])}`,
      );
    }
  });

  test('csvLogger() writes the file Keras writes, byte for byte', async () => {
    for (const [i, c] of csv.entries()) {
      const ours = await runOurs(c);
      assert.equal(ours.csv, keras[checkpoint.length + i]!.csv, `case ${i}: ${JSON.stringify(c)}`);
    }
  });
});
