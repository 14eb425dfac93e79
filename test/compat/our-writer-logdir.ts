// Shared by the two compatibility tests of our writer read by real TensorBoard (tensorboard-reads-our-writer,
// tensorboard-http-serves-our-writer): the logdir our writer writes (scalars, NaN, histograms, text, an image,
// Keras and TF.js model graphs, an hparams experiment with two trials), what TensorBoard must read from it, and
// a real TensorBoard child on 127.0.0.1 (Python loader or Rust data server), stopped by pid.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { encodePng } from '../../tfevents/node/png-encoder.ts';
import { createSummaryWriter } from '../../tfevents/node/summary-writer.ts';
import { repoRoot } from '../support/shared-fixtures.ts';
import { freePort } from '../support/free-port.ts';

export const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
export const haveTensorBoard =
  existsSync(python) && spawnSync(python, ['-c', 'import tensorboard'], { stdio: 'ignore' }).status === 0;
export const skip = haveTensorBoard
  ? false
  : `no Python with tensorboard at ${python} (run: bash scripts/setup-python.sh)`;
export const script = join(repoRoot, 'test', 'compat', 'python', 'read_with_tensorboard.py');
export const f32 = Math.fround;
export const BASE = 1795000000;
export const wall = (step: number): number => BASE + step * 0.5 + 0.125;
export const losses = [2.5, 1.25, 0.8, 0.61, 0.55];
export const weights = (step: number): number[] =>
  Array.from({ length: 200 }, (_, i) => Math.sin(i * 0.37 + step) * (1 + step));
export const pixels = Uint8Array.from({ length: 4 * 3 * 3 }, (_, i) => (i * 23) & 0xff);
export const png = encodePng(4, 3, 3, pixels);

/** A Keras-3-format functional model with two inputs and two outputs, as model.to_json() emits it. */
export function wideDeepModelJson(): string {
  const tensor = (layer: string, shape: number[]) => ({
    class_name: '__keras_tensor__',
    config: { shape: [null, ...shape], dtype: 'float32', keras_history: [layer, 0, 0] },
  });
  const input = (name: string, width: number) => ({
    module: 'keras.layers',
    class_name: 'InputLayer',
    config: {
      batch_shape: [null, width],
      dtype: 'float32',
      sparse: false,
      ragged: false,
      name,
      optional: false,
    },
    registered_name: null,
    name,
    inbound_nodes: [],
  });
  const layer = (class_name: string, name: string, config: object, args: unknown[]) => ({
    module: 'keras.layers',
    class_name,
    config: { name, trainable: true, ...config },
    registered_name: null,
    name,
    inbound_nodes: [{ args, kwargs: {} }],
  });
  const dense = (name: string, units: number, from: string, width: number) =>
    layer('Dense', name, { units, activation: units > 1 ? 'relu' : 'linear', use_bias: true }, [
      tensor(from, [width]),
    ]);
  return JSON.stringify({
    module: 'keras.src.models.functional',
    class_name: 'Functional',
    config: {
      name: 'wide_deep',
      trainable: true,
      layers: [
        input('deep_input', 6),
        dense('hidden', 30, 'deep_input', 6),
        input('wide_input', 5),
        layer('Concatenate', 'concatenate', { axis: -1 }, [
          [tensor('wide_input', [5]), tensor('hidden', [30])],
        ]),
        dense('main_output', 1, 'concatenate', 35),
        dense('aux_output', 1, 'hidden', 30),
      ],
      input_layers: [
        ['wide_input', 0, 0],
        ['deep_input', 0, 0],
      ],
      output_layers: [
        ['main_output', 0, 0],
        ['aux_output', 0, 0],
      ],
    },
    registered_name: 'Functional',
  });
}

export const trials = [
  {
    run: 'hparams/trial-0',
    hp: { lr: 0.01, optimizer: 'adam', units: 8, bn: true },
    status: 'success',
    loss: [0.9, 0.7, 0.5],
    val: [1.0, 0.8, 0.65],
  },
  {
    run: 'hparams/trial-1',
    hp: { lr: 0.1, optimizer: 'sgd', units: 16, bn: false },
    status: 'failure',
    loss: [1.5, 1.2, 1.1],
    val: [1.6, 1.4, 1.3],
  },
] as const;

/** The same wide-and-deep model built with TF.js; its toJSON() has Keras 2 style inbound nodes. */
export function tfjsWideDeepModelJson(): string {
  const wide = tf.input({ shape: [5], name: 'wide_input' });
  const deep = tf.input({ shape: [6], name: 'deep_input' });
  const hidden = tf.layers
    .dense({ units: 30, activation: 'relu', name: 'hidden' })
    .apply(deep) as tf.SymbolicTensor;
  const concat = tf.layers.concatenate({ name: 'concatenate' }).apply([wide, hidden]) as tf.SymbolicTensor;
  const main = tf.layers.dense({ units: 1, name: 'main_output' }).apply(concat) as tf.SymbolicTensor;
  const aux = tf.layers.dense({ units: 1, name: 'aux_output' }).apply(hidden) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [wide, deep], outputs: [main, aux], name: 'wide_deep' });
  return JSON.stringify(model.toJSON(null, false));
}

export function writeLogdir(logdir: string): void {
  const train = createSummaryWriter(join(logdir, 'model', 'train'));
  const validation = createSummaryWriter(join(logdir, 'model', 'validation'));
  train.kerasModel(wideDeepModelJson());
  losses.forEach((loss, step) => {
    train.scalar('epoch_loss', loss, step, { wallTime: wall(step), description: 'training **loss**' });
    validation.scalar('epoch_loss', loss * 1.1, step, { wallTime: wall(step) + 0.01 });
    train.scalar('nan_probe', step === 2 ? Number.NaN : step, step, { wallTime: wall(step) });
  });
  for (const step of [0, 1])
    train.histogram('hidden/kernel/histogram', weights(step), step, { wallTime: wall(step) });
  train.histogram('constant/histogram', [3, 3, 3], 0, { buckets: 4, wallTime: wall(0) });
  train.text('notes', '**step** 0 <b>raw</b>', 0);
  train.text(
    'table',
    [
      ['a', 'b'],
      ['c', 'd'],
    ],
    0,
  );
  train.image('sample', [{ width: 4, height: 3, png }], 0, { wallTime: wall(0) });
  train.close();
  validation.close();
  const tfjsRun = createSummaryWriter(join(logdir, 'tfjs', 'train'));
  tfjsRun.kerasModel(tfjsWideDeepModelJson());
  tfjsRun.close();

  const root = createSummaryWriter(join(logdir, 'hparams'));
  root.hparamsExperiment({
    hparams: [
      { name: 'lr', domain: { min: 0.001, max: 0.1 } },
      { name: 'optimizer', domain: { values: ['adam', 'sgd'] } },
      { name: 'units', domain: { values: [8, 16] } },
      { name: 'bn', domain: { values: [true, false] } },
    ],
    metrics: [
      { tag: 'epoch_loss', displayName: 'loss' },
      { tag: 'epoch_loss', group: 'validation', displayName: 'val loss' },
    ],
  });
  root.close();
  trials.forEach((t, i) => {
    const session = createSummaryWriter(join(logdir, t.run));
    const val = createSummaryWriter(join(logdir, t.run, 'validation'));
    session.sessionStart(t.hp, { startTimeSecs: BASE + 100 * i });
    t.loss.forEach((v, step) => session.scalar('epoch_loss', v, step, { wallTime: wall(step) + 100 * i }));
    t.val.forEach((v, step) => val.scalar('epoch_loss', v, step, { wallTime: wall(step) + 100 * i }));
    session.sessionEnd(t.status, BASE + 100 * i + 50);
    session.close();
    val.close();
  });
  writeFileSync(
    join(logdir, '..', 'spec.json'),
    JSON.stringify({
      histograms: { w0: { data: weights(0) }, w1: { data: weights(1) }, c: { data: [3, 3, 3], buckets: 4 } },
    }),
  );
}

export interface RunningTensorBoard {
  url: string;
  child: ChildProcess;
  log: () => string;
}

export async function startTensorBoard(
  logdir: string,
  loadFast: boolean,
  runCount: number,
): Promise<RunningTensorBoard> {
  const port = await freePort();
  const bin = join(dirname(python), 'tensorboard');
  const child = spawn(
    bin,
    ['--logdir', logdir, '--host', '127.0.0.1', '--port', String(port), `--load_fast=${loadFast}`],
    {
      stdio: ['pipe', 'ignore', 'pipe'], // stdin open: the Rust data server is started with --die-after-stdin
    },
  );
  let log = '';
  child.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const runs = (await (await fetch(`${url}/data/runs`)).json()) as string[];
      if (runs.length >= runCount) return { url, child, log: () => log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`TensorBoard (load_fast=${loadFast}) did not serve ${runCount} runs within 60 s:\n${log}`);
}

export async function stop(tb: RunningTensorBoard | undefined): Promise<void> {
  if (!tb || tb.child.exitCode !== null || tb.child.pid === undefined) return;
  const exited = new Promise((r) => tb.child.once('exit', r));
  tb.child.stdin?.end();
  process.kill(tb.child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (tb.child.exitCode === null) process.kill(tb.child.pid, 'SIGKILL');
}

export type Num = number | 'NaN' | 'Infinity' | '-Infinity';
export interface PyTag {
  plugin: string;
  content: string;
  description: string;
  hparams?: Record<string, unknown>;
  points: {
    step: number;
    wall_time?: number;
    value?: Num;
    dtype?: number;
    rows?: Num[][];
    shape?: number[];
    strings?: string[];
    width?: string;
    height?: string;
    images?: { size: number[]; mode: string; pixels: string }[];
    nodes?: [string, string[], string][];
  }[];
}
export interface PyReport {
  runs: Record<string, { file_version: number; tags: Record<string, PyTag> }>;
  histogram_reference: Record<string, Num[][]>;
}

export const clean = (x: number): Num =>
  Number.isNaN(x) ? 'NaN' : x === Infinity ? 'Infinity' : x === -Infinity ? '-Infinity' : x;
export const rowsOf = (b: Float64Array): Num[][] =>
  Array.from({ length: b.length / 3 }, (_, i) => [...b.subarray(i * 3, i * 3 + 3)].map(clean));
export const expectedNodes: [string, string[], string][] = [
  ['wide_deep/deep_input', [], 'InputLayer'],
  ['wide_deep/hidden', ['wide_deep/deep_input'], 'Dense'],
  ['wide_deep/wide_input', [], 'InputLayer'],
  ['wide_deep/concatenate', ['wide_deep/wide_input', 'wide_deep/hidden'], 'Concatenate'],
  ['wide_deep/main_output', ['wide_deep/concatenate'], 'Dense'],
  ['wide_deep/aux_output', ['wide_deep/hidden'], 'Dense'],
];
export const allRuns = [
  'hparams',
  'hparams/trial-0',
  'hparams/trial-0/validation',
  'hparams/trial-1',
  'hparams/trial-1/validation',
  'model/train',
  'model/validation',
  'tfjs/train',
];
