// The three programs a fresh TF.js project writes against the installed package (ESM JavaScript, CommonJS,
// TypeScript checked by tsc --strict with module nodenext). Each trains a tiny model with tensorBoard,
// earlyStopping and modelCheckpoint imported from 'trainboard', reloads the checkpoint with tf.loadLayersModel
// and trains it on, then prints one JSON line. Usage in the project: node <script> LOGDIR EPOCHS.

const body = (ts: boolean) => `
const logdir = process.argv[2]${ts ? '!' : ''};
const epochs = Number(process.argv[3] ?? '3');
const model = tf.sequential({
  layers: [tf.layers.dense({ units: 8, activation: 'relu', inputShape: [3] }), tf.layers.dense({ units: 1 })],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
const xs = tf.randomNormal([64, 3], 0, 1, 'float32', 7);
const ys = xs.sum(1, true);
const checkpointDir = join(logdir, 'checkpoint');
const history = await model.fit(xs, ys, {
  epochs,
  batchSize: 8,
  validationSplit: 0.25,
  verbose: 0,
  callbacks: [
    tensorBoard(logdir, { updateFreq: 1 }),
    earlyStopping({ monitor: 'val_loss', patience: 1000 }),
    modelCheckpoint(checkpointDir, { monitor: 'val_loss', saveBestOnly: false }),
  ],
});
const json = JSON.parse(readFileSync(join(checkpointDir, 'model.json'), 'utf8'))${ts ? ' as CheckpointJson' : ''};
const bytes = readFileSync(join(checkpointDir, 'weights.bin'));
const loaded = await tf.loadLayersModel(
  tf.io.fromMemory({
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest[0]${ts ? '!' : ''}.weights,
    weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)${ts ? ' as ArrayBuffer' : ''},
  }),
);
loaded.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
const before = loaded.evaluate(xs, ys)${ts ? ' as tf.Scalar' : ''};
const more = await loaded.fit(xs, ys, { epochs: 2, batchSize: 8, verbose: 0 });
console.log(JSON.stringify({
  epochs: history.epoch.length,
  loss: history.history.loss,
  reloadedLoss: before.dataSync()[0],
  trainedOnLoss: more.history.loss,
}));
`;

export const esmScript = `import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlyStopping, modelCheckpoint, tensorBoard } from 'trainboard';
${body(false)}`;

// For the live test: the same script; tensorBoard() alone keeps the event loop free during fit(), so its points
// reach the server while fit() runs (no second callback: "add one callback" holds).
export const liveScript = esmScript;

export const cjsScript = `const tf = require('@tensorflow/tfjs');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { earlyStopping, modelCheckpoint, tensorBoard } = require('trainboard');
async function main() {
${body(false)}
}
main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
`;

export const tsScript = `import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlyStopping, modelCheckpoint, tensorBoard, type TensorBoardOptions } from 'trainboard';
import type { App, AppDeps } from 'trainboard/server';
import { createEventStreamReader, createSummaryWriter, openFileByteSource } from 'trainboard/tfevents';
import type { ScalarsAppendedEvent, ServerToClientEvents } from 'trainboard/contract';

interface CheckpointJson {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}
// The declarations carry real types (skipLibCheck would turn an unresolved one into any): each misuse below
// must be an error, or tsc reports the unused @ts-expect-error. Type-checked only, never called.
export function typeProbes(): unknown[] {
  const options: TensorBoardOptions = { updateFreq: 1 };
  // @ts-expect-error tensorBoard takes a logdir string
  tensorBoard(42);
  // @ts-expect-error patience is a number
  earlyStopping({ patience: 'three' });
  // @ts-expect-error the server factory needs a logdir
  const deps: AppDeps = {};
  // @ts-expect-error the summary writer takes a directory
  createSummaryWriter(null);
  // @ts-expect-error a point is [step, wallTime, value]
  const pushed: ScalarsAppendedEvent = { run: 'train', series: [{ tag: 'epoch_loss', points: [0] }] };
  const app: App | undefined = undefined;
  const events: keyof ServerToClientEvents = 'scalars:appended';
  const reader: typeof createEventStreamReader | typeof openFileByteSource = createEventStreamReader;
  return [options, deps, app, pushed, events, reader];
}
${body(true)}`;

export const tsconfig = {
  compilerOptions: {
    strict: true,
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    outDir: 'out',
    types: ['node'],
    // As `tsc --init` sets it, and as TF.js users need it: tfjs-layers' own declarations fail --strict (TS2411).
    skipLibCheck: true,
  },
  files: ['train.ts'],
};
