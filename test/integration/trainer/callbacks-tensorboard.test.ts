// tensorBoard() on real tiny TF.js fits, read back with the tfevents reader: updateFreq 'batch' and N write
// batch_* points at those steps; points reach the event file while fit() is still running with no other
// callback (and, as a control, not when its event-loop yielding is turned off); unknown and snake_case
// options warn; a missing or bad logdir is a clear error; layout 'tfjs-node' writes tf.node.tensorBoard's
// folders, names and 1-based epochs; writeImages writes the weights as images with the histograms.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../../trainer/backend/backend-selector.ts';
import { tensorBoard } from '../../../trainer/callbacks/index.ts';
import { readLogdir } from './logdir-reader.ts';

const tmp = mkdtempSync(join(tmpdir(), 'tb-cb-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
before(async () => {
  await selectBackend('cpu');
});

function tinyModel(): tf.LayersModel {
  const m = tf.sequential();
  m.add(tf.layers.dense({ units: 2, inputShape: [2], activation: 'relu', name: 'hidden' }));
  m.add(tf.layers.dense({ units: 1, activation: 'sigmoid', name: 'out' }));
  m.compile({ optimizer: tf.train.sgd(0.1), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return m;
}

const x = tf.tensor2d([0, 0, 0, 1, 1, 0, 1, 1, 0.5, 0.5, 0.2, 0.8, 0.9, 0.1, 0.3, 0.3], [8, 2]);
const y = tf.tensor2d([0, 1, 1, 0, 1, 1, 1, 0], [8, 1]);

function steps(logdir: string, run: string, tag: string): number[] {
  return (readLogdir(logdir).get(run)?.samples ?? []).flatMap((s) =>
    s.kind === 'scalar' && s.tag === tag ? [s.step] : [],
  );
}

test("tensorBoard() with updateFreq 'batch' logs every batch and with N every Nth optimizer step", async () => {
  for (const [freq, expected] of [
    ['batch', [1, 2, 3, 4, 5, 6, 7, 8]],
    [3, [3, 6]],
  ] as const) {
    const logdir = join(tmp, `freq-${freq}`);
    const tb = tensorBoard(logdir, { updateFreq: freq, warn: () => undefined });
    await tinyModel().fit(x, y, { epochs: 2, batchSize: 2, verbose: 0, callbacks: [tb] });
    tb.close();
    assert.deepEqual(steps(logdir, 'train', 'batch_loss'), expected, `updateFreq ${freq}`);
    assert.deepEqual(steps(logdir, 'train', 'batch_accuracy'), expected);
    assert.deepEqual(steps(logdir, 'train', 'epoch_loss'), [0, 1]);
  }
});

/** Fits 400 batches while a timer reads the event file; returns the batch points it saw before fit() ended. */
async function pointsSeenDuringFit(logdir: string, yieldEveryMs?: number): Promise<number> {
  const tb = tensorBoard(logdir, {
    updateFreq: 'batch',
    flushMs: 20,
    ...(yieldEveryMs !== undefined ? { yieldEveryMs } : {}),
  });
  let seen = 0;
  let running = true;
  const timer = setInterval(() => {
    if (running) seen = Math.max(seen, steps(logdir, 'train', 'batch_loss').length);
  }, 10);
  const xs = tf.tile(x, [50, 1]);
  const ys = tf.tile(y, [50, 1]);
  await tinyModel().fit(xs, ys, { epochs: 1, batchSize: 1, verbose: 0, callbacks: [tb] });
  running = false;
  clearInterval(timer);
  tb.close();
  tf.dispose([xs, ys]);
  return seen;
}

test('tensorBoard() alone keeps the event loop free, so points reach the file while fit() runs', async () => {
  assert.ok((await pointsSeenDuringFit(join(tmp, 'live'))) > 0, 'points were on disk before fit() ended');
});

test('with its event-loop yielding off (yieldEveryMs 0), no point reaches the file before fit() ends', async () => {
  assert.equal(await pointsSeenDuringFit(join(tmp, 'not-live'), 0), 0);
});

test('tensorBoard() warns on unknown options, suggests camelCase for Keras names, and rejects bad values', () => {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  tensorBoard(join(tmp, 'opts'), { update_freq: 'batch', histgramFreq: 1, profileBatch: 2, warn } as never);
  assert.equal(warnings.length, 3, warnings.join('\n'));
  assert.match(warnings[0]!, /unknown option 'update_freq'; did you mean 'updateFreq'/);
  assert.match(warnings[1]!, /unknown option 'histgramFreq'.*known: .*histogramFreq/);
  assert.match(warnings[2]!, /'profileBatch' is not supported/);
  assert.throws(
    () => tensorBoard(join(tmp, 'o'), { updateFreq: 'step' as never }),
    /updateFreq must be 'batch', 'epoch' or an integer > 0, got step/,
  );
  assert.throws(
    () => tensorBoard(join(tmp, 'o'), { histogramFreq: -1 }),
    /histogramFreq must be an integer >= 0/,
  );
});

test("tensorBoard() defaults its logdir to 'logs' and names a bad one clearly", () => {
  assert.equal(tensorBoard().logdir, 'logs');
  assert.throws(
    () => tensorBoard(''),
    /tensorBoard: logdir must be a non-empty directory path \(default 'logs'\), got ''/,
  );
  assert.throws(() => tensorBoard(42 as never), /logdir must be a non-empty directory path.*got 42/);
});

test("layout 'tfjs-node' writes tf.node.tensorBoard's val/ folder, TF.js metric names and 1-based epochs", async () => {
  const logdir = join(tmp, 'tfjs-node');
  const tb = tensorBoard(logdir, { layout: 'tfjs-node', updateFreq: 'batch', writeGraph: false });
  await tinyModel().fit(x, y, {
    epochs: 2,
    batchSize: 4,
    verbose: 0,
    validationData: [x, y],
    callbacks: [tb],
  });
  tb.close();
  const runs = readLogdir(logdir);
  assert.deepEqual([...runs.keys()].sort(), ['train', 'val']);
  assert.deepEqual(steps(logdir, 'train', 'epoch_acc'), [1, 2]);
  assert.deepEqual(steps(logdir, 'val', 'epoch_loss'), [1, 2]);
  assert.deepEqual(steps(logdir, 'train', 'batch_loss'), [1, 2, 3, 4]);
  assert.deepEqual(steps(logdir, 'train', 'epoch_accuracy'), []);
});

test('writeImages with histogramFreq writes each weight as an image beside its histogram', async () => {
  const logdir = join(tmp, 'images');
  const tb = tensorBoard(logdir, { histogramFreq: 1, writeImages: true, writeGraph: false });
  await tinyModel().fit(x, y, { epochs: 1, batchSize: 8, verbose: 0, callbacks: [tb] });
  tb.close();
  const train = readLogdir(logdir).get('train')!;
  const images = train.samples.flatMap((s) => (s.kind === 'image' ? [s.tag] : []));
  // out/bias holds one value: squeezed to a scalar, which Keras skips too.
  assert.deepEqual(images.sort(), ['hidden/bias/image', 'hidden/kernel/image', 'out/kernel/image']);
  assert.ok(train.samples.some((s) => s.kind === 'histogram' && s.tag === 'hidden/kernel'));
});
