// The callbacks from user code on a real (tiny) TF.js model: earlyStopping stops and restores the best
// weights, modelCheckpoint saves only improvements and loads back, and a tensorBoard callback whose logdir
// cannot be created reports the error and never stops training.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import {
  earlyStopping,
  loadModelFromDir,
  modelCheckpoint,
  reduceLROnPlateau,
  tensorBoard,
} from '../../../trainer/callbacks/index.ts';
import { selectBackend } from '../../../trainer/backend/backend-selector.ts';

const tmp = mkdtempSync(join(tmpdir(), 'callbacks-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
before(async () => {
  await selectBackend('cpu');
});

function tinyModel(): tf.LayersModel {
  const m = tf.sequential();
  m.add(tf.layers.dense({ units: 1, inputShape: [2], name: 'd' }));
  m.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  return m;
}

const kernel = (m: tf.LayersModel) => Array.from(m.getLayer('d').getWeights()[0]!.dataSync());

test('earlyStopping() stops after `patience` epochs without improvement and restores the best weights', async () => {
  const model = tinyModel();
  const cb = earlyStopping({ monitor: 'val_loss', patience: 1, restoreBestWeights: true });
  cb.setModel(model);
  await cb.onTrainBegin();
  await cb.onEpochEnd(0, { val_loss: 1 });
  const best = kernel(model);
  model.getLayer('d').setWeights([tf.ones([2, 1]), tf.zeros([1])]);
  // Keras's rule (issue 10): the first epoch without improvement already counts, so patience 1 stops at the
  // second epoch, as Keras 3 and TF.js do (test/compat/keras-callbacks-stopping.test.ts compares with Keras).
  await cb.onEpochEnd(1, { val_loss: 2 });
  assert.equal(model.stopTraining, true);
  await cb.onTrainEnd();
  assert.deepEqual(kernel(model), best);
  assert.throws(() => earlyStopping({ patience: -1 }), /patience must be an integer >= 0/);
});

test('modelCheckpoint() with saveBestOnly writes only on improvement and the model loads back', async () => {
  const model = tinyModel();
  const dir = join(tmp, 'ckpt');
  const saved: number[] = [];
  const cb = modelCheckpoint(dir, {
    monitor: 'val_loss',
    saveBestOnly: true,
    onSaved: (i) => saved.push(i.epoch),
  });
  cb.setModel(model);
  await cb.onEpochEnd(0, { val_loss: 1 });
  await cb.onEpochEnd(1, { val_loss: 2 });
  await cb.onEpochEnd(2, { val_loss: 0.5 });
  assert.deepEqual(saved, [0, 2]);
  assert.ok(statSync(join(dir, 'weights.bin')).size === 3 * 4);
  const loaded = await loadModelFromDir(dir);
  assert.deepEqual(kernel(loaded), kernel(model));
  await assert.rejects(loadModelFromDir(join(tmp, 'missing')), /missing.*model\.json/);
});

test('a tensorBoard() logdir that cannot be created reports the error and training still finishes', async () => {
  const blocker = join(tmp, 'a-file');
  writeFileSync(blocker, 'x');
  const errors: string[] = [];
  const tb = tensorBoard(join(blocker, 'run'), { onError: (e) => errors.push(e.message) });
  const model = tinyModel();
  const history = await model.fit(tf.ones([4, 2]), tf.zeros([4, 1]), {
    epochs: 2,
    verbose: 0,
    callbacks: [tb],
  });
  tb.close();
  assert.equal(history.epoch.length, 2);
  assert.ok(errors.length >= 1, 'the error was reported');
  assert.ok(
    errors.every((m) => m.includes(blocker)),
    errors.join('\n'),
  );
  assert.equal(existsSync(join(blocker, 'run')), false);
});

test('a modelCheckpoint() save loads back compiled, with its Adam state, and trains on from there', async () => {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [2], name: 'd' }));
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError', metrics: ['mae'] });
  const x = tf.tensor2d([0, 1, 1, 0, 1, 1, 0, 0], [4, 2]);
  const y = tf.tensor2d([1, 1, 2, 0], [4, 1]);
  const saved: string[] = [];
  const cb = modelCheckpoint(join(tmp, 'adam', '{epoch:02d}-{loss:.3f}'), {
    monitor: 'loss',
    onSaved: (i) => saved.push(i.dir),
  });
  await model.fit(x, y, { epochs: 2, verbose: 0, callbacks: [cb] });
  assert.equal(saved.length, 2);
  assert.match(saved[1]!, /adam\/02-\d\.\d{3}$/);
  const loaded = await loadModelFromDir(saved[1]!);
  assert.ok(loaded.optimizer, 'the loaded model is compiled');
  const state = async (m: tf.LayersModel) =>
    (await m.optimizer.getWeights()).map((w) => Array.from(w.tensor.dataSync()));
  assert.deepEqual(await state(loaded), await state(model));
  const next = await loaded.fit(x, y, { epochs: 1, verbose: 0 });
  const ref = await model.fit(x, y, { epochs: 1, verbose: 0 });
  assert.ok(Math.abs((next.history.loss![0] as number) - (ref.history.loss![0] as number)) < 1e-6);
});

test('a learning rate set by reduceLROnPlateau() takes effect on the next step of SGD and Adam', async () => {
  for (const make of [() => tf.train.sgd(0.1), () => tf.train.adam(0.1)]) {
    const step = async (lr?: number) => {
      const m = tf.sequential();
      m.add(tf.layers.dense({ units: 1, inputShape: [2], name: 'd', kernelInitializer: 'zeros' }));
      m.compile({ optimizer: make(), loss: 'meanSquaredError' });
      if (lr !== undefined) {
        const cb = reduceLROnPlateau({ monitor: 'loss', patience: 0, factor: lr / 0.1, minDelta: 0 });
        cb.setModel(m);
        await cb.onTrainBegin();
        await cb.onEpochEnd(0, { loss: 1 });
        await cb.onEpochEnd(1, { loss: 1 });
      }
      await m.fit(tf.ones([1, 2]), tf.ones([1, 1]), { epochs: 1, verbose: 0 });
      return kernel(m)[0]!;
    };
    const full = await step();
    const half = await step(0.05);
    assert.ok(Math.abs(half - full / 2) < 1e-6, `${make().getClassName()}: ${half} vs ${full}/2`);
  }
});
