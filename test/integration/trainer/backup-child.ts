// A training process for the backupAndRestore test: a tiny Adam model on fixed data and fixed initial
// weights (so two runs compute the same numbers), resumed from `<dir>/backup` when a backup is there. Prints
// one JSON line per event ({"resumedAt"}, {"epoch"} after each epoch's backup, {"final"} weights) and pauses
// a little after each epoch, so that a SIGKILL from the test lands while training is under way.
import * as tf from '@tensorflow/tfjs';
import { join } from 'node:path';
import { selectBackend } from '../../../trainer/backend/backend-selector.ts';
import { backupAndRestore, KerasCallback } from '../../../trainer/callbacks/index.ts';

const [dir = '.', epochsArg = '6', pauseArg = '200'] = process.argv.slice(2);
const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

class Reporter extends KerasCallback {
  override async epochEnd(epoch: number): Promise<void> {
    say({ epoch });
    await new Promise((r) => setTimeout(r, Number(pauseArg)));
  }
}

async function main(): Promise<void> {
  await selectBackend('cpu');
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 3, inputShape: [2], activation: 'tanh', name: 'hidden' }));
  model.add(tf.layers.dense({ units: 1, name: 'out' }));
  model.setWeights([
    tf.tensor2d([0.1, -0.2, 0.3, 0.4, -0.5, 0.6], [2, 3]),
    tf.tensor1d([0, 0.1, -0.1]),
    tf.tensor2d([0.3, -0.3, 0.2], [3, 1]),
    tf.tensor1d([0.05]),
  ]);
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
  const x = tf.tensor2d([0, 0, 0, 1, 1, 0, 1, 1, 0.5, 0.5, 0.2, 0.8], [6, 2]);
  const y = tf.tensor2d([0, 1, 1, 0, 0.5, 0.7], [6, 1]);
  const backup = backupAndRestore(join(dir, 'backup'));
  const initialEpoch = await backup.resume(model);
  say({ resumedAt: initialEpoch });
  await model.fit(x, y, {
    epochs: Number(epochsArg),
    initialEpoch,
    batchSize: 2,
    shuffle: false,
    verbose: 0,
    callbacks: [backup, new Reporter()],
  });
  say({ final: model.getWeights().flatMap((w) => Array.from(w.dataSync())) });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
