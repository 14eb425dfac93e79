// The WASM training kernels against the CPU backend as oracle: the kernels the tfjs-examples mnist-node convnet's
// fit() dispatches all exist on WASM once trainboard selects it, each added or wrapped kernel computes what the
// CPU backend computes (strides, paddings, layouts), the whole convnet's gradients for one batch match, and the
// convnet trains for a short epoch on WASM with its loss falling.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../../trainer/backend/backend-selector.ts';
import {
  registerWasmTrainingKernels,
  WASM_TRAINING_KERNEL_NAMES,
} from '../../../trainer/backend/wasm-kernels/wasm-training-kernels.ts';
import { buildMnistNodeConvnet, syntheticDigits } from './mnist-node-convnet.ts';

before(async () => {
  await selectBackend('wasm');
  await selectBackend('cpu');
});

/** max |a - b| / max |b|: the error relative to the CPU result's scale. */
function relativeError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  assert.equal(actual.length, expected.length);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(actual[i]! - expected[i]!));
    scale = Math.max(scale, Math.abs(expected[i]!));
  }
  return diff / (scale || 1);
}

/** Runs one kernel on a backend and returns its output's shape and values. */
async function runOn(
  backend: 'wasm' | 'cpu',
  kernel: string,
  inputs: Record<string, tf.Tensor>,
  attrs: tf.NamedAttrMap,
): Promise<{ shape: number[]; values: Float32Array }> {
  await tf.setBackend(backend);
  const out = tf.engine().runKernel<tf.Tensor>(kernel, inputs, attrs);
  const result = { shape: out.shape, values: (await out.data()) as Float32Array };
  out.dispose();
  return result;
}

test('after selecting WASM, every kernel the mnist-node convnet fit() dispatches is registered for wasm', async () => {
  await tf.setBackend('cpu');
  const model = buildMnistNodeConvnet();
  const { xs, ys } = syntheticDigits(4, 1);
  const profile = await tf.profile(async () => {
    await model.fit(xs, ys, { epochs: 1, batchSize: 2, validationSplit: 0.5, verbose: 0 });
  });
  // Profiles also list op scopes such as fusedConv2d__op: keep the names that are CPU kernels.
  const dispatched = [...new Set(profile.kernels.map((k) => k.name))].filter((n) => tf.getKernel(n, 'cpu'));
  const onWasm = new Set(tf.getKernelsForBackend('wasm').map((k) => k.kernelName));
  assert.ok(dispatched.includes('Conv2DBackpropFilter') && dispatched.includes('Conv2DBackpropInput'));
  assert.deepEqual(
    dispatched.filter((n) => !onWasm.has(n)),
    [],
  );
  model.dispose();
  tf.dispose([xs, ys]);
});

test('registerWasmTrainingKernels() is idempotent once the selector has registered everything', () => {
  assert.deepEqual(registerWasmTrainingKernels(), []);
  for (const name of WASM_TRAINING_KERNEL_NAMES) assert.ok(tf.getKernel(name, 'wasm'), name);
});

const convCases: Array<{ x: number[]; f: number[]; strides: number; pad: 'valid' | 'same' | number }> = [
  { x: [2, 7, 7, 3], f: [3, 3, 3, 4], strides: 1, pad: 'valid' },
  { x: [2, 8, 9, 3], f: [3, 2, 3, 5], strides: 2, pad: 'same' },
  { x: [3, 5, 6, 2], f: [2, 2, 2, 3], strides: 2, pad: 'valid' },
  { x: [1, 6, 6, 1], f: [3, 3, 1, 2], strides: 1, pad: 1 },
  { x: [2, 9, 7, 3], f: [3, 3, 3, 2], strides: 3, pad: 'same' },
  { x: [2, 10, 10, 4], f: [5, 5, 4, 3], strides: 1, pad: 'same' },
];

test('Conv2DBackpropFilter on WASM matches the CPU backend across strides, paddings and both layouts', async () => {
  for (const c of convCases) {
    for (const dataFormat of ['NHWC', 'NCHW'] as const) {
      await tf.setBackend('cpu');
      const x = tf.randomNormal(c.x, 0, 1, 'float32', 3);
      const f = tf.randomNormal(c.f, 0, 1, 'float32', 4);
      const dy = tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, c.strides, c.pad).add(0.5);
      const nchw = (t: tf.Tensor): tf.Tensor => (dataFormat === 'NCHW' ? t.transpose([0, 3, 1, 2]) : t);
      const attrs = { strides: c.strides, pad: c.pad, dataFormat, filterShape: c.f };
      const inputs = { x: nchw(x), dy: nchw(dy) };
      const cpu = await runOn('cpu', 'Conv2DBackpropFilter', inputs, attrs);
      const wasm = await runOn('wasm', 'Conv2DBackpropFilter', inputs, attrs);
      const label = `${JSON.stringify(c)} ${dataFormat}`;
      assert.deepEqual(wasm.shape, c.f, label);
      assert.ok(relativeError(wasm.values, cpu.values) < 1e-5, label);
      tf.dispose([x, f, dy, inputs.x, inputs.dy]);
    }
  }
});

test('Conv2DBackpropInput on WASM matches the CPU backend across strides and paddings', async () => {
  for (const c of convCases) {
    await tf.setBackend('cpu');
    const x = tf.randomNormal(c.x, 0, 1, 'float32', 5);
    const f = tf.randomNormal(c.f, 0, 1, 'float32', 6);
    const dy = tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, c.strides, c.pad);
    const attrs = { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', inputShape: c.x };
    const cpu = await runOn('cpu', 'Conv2DBackpropInput', { dy, filter: f }, attrs);
    const wasm = await runOn('wasm', 'Conv2DBackpropInput', { dy, filter: f }, attrs);
    assert.deepEqual(wasm.shape, c.x, JSON.stringify(c));
    assert.ok(relativeError(wasm.values, cpu.values) < 1e-5, JSON.stringify(c));
    tf.dispose([x, f, dy]);
  }
});

test('BatchMatMul and _FusedMatMul on WASM match the CPU backend, transposed or not, batched or not', async () => {
  for (const batch of [1, 2]) {
    await tf.setBackend('cpu');
    const a = tf.randomNormal([batch, 5, 7], 0, 1, 'float32', 7);
    const b = tf.randomNormal([batch, 7, 3], 0, 1, 'float32', 8);
    const bias = tf.randomNormal([3], 0, 1, 'float32', 9);
    const alpha = tf.randomNormal([3], 0, 1, 'float32', 10);
    for (const [transposeA, transposeB] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      const ta = transposeA ? a.transpose([0, 2, 1]) : a;
      const tb = transposeB ? b.transpose([0, 2, 1]) : b;
      const cases: Array<[string, Record<string, tf.Tensor>, tf.NamedAttrMap]> = [
        ['BatchMatMul', { a: ta, b: tb }, { transposeA, transposeB }],
        ['_FusedMatMul', { a: ta, b: tb, bias }, { transposeA, transposeB, activation: 'relu' }],
        ['_FusedMatMul', { a: ta, b: tb }, { transposeA, transposeB, activation: 'linear' }],
        [
          '_FusedMatMul',
          { a: ta, b: tb, bias },
          { transposeA, transposeB, activation: 'leakyrelu', leakyreluAlpha: 0.3 },
        ],
        [
          '_FusedMatMul',
          { a: ta, b: tb, bias, preluActivationWeights: alpha },
          { transposeA, transposeB, activation: 'prelu' },
        ],
      ];
      for (const [kernel, inputs, attrs] of cases) {
        const cpu = await runOn('cpu', kernel, inputs, attrs);
        const wasm = await runOn('wasm', kernel, inputs, attrs);
        const label = `${kernel} batch ${batch} ${JSON.stringify(attrs)}`;
        assert.deepEqual(wasm.shape, [batch, 5, 3], label);
        assert.ok(relativeError(wasm.values, cpu.values) < 1e-5, label);
      }
    }
  }
});

test("the mnist-node convnet's gradients for one batch on WASM match the CPU backend", async () => {
  await tf.setBackend('cpu');
  const digits = syntheticDigits(4, 2);
  // The digits' constant 6x6 blocks give equal activations inside a max-pooling window, and the two backends
  // route a tie's gradient to different (equally valid) elements; seeded noise breaks every tie so the gradients
  // must agree exactly up to float rounding.
  const xs = digits.xs.add(tf.randomUniform(digits.xs.shape, 0, 0.01, 'float32', 7));
  const ys = digits.ys;
  digits.xs.dispose();
  const cpuModel = buildMnistNodeConvnet();
  const weights = cpuModel.getWeights().map((w) => ({ shape: w.shape, values: w.dataSync().slice() }));
  const gradients = (model: tf.LayersModel): Float32Array[] => {
    const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
    const { grads } = tf.variableGrads(
      () => tf.metrics.categoricalCrossentropy(ys, model.apply(xs, { training: false }) as tf.Tensor).mean(),
      vars,
    );
    const out = vars.map((v) => grads[v.name]!.dataSync() as Float32Array);
    tf.dispose(grads);
    return out;
  };
  const cpuGrads = gradients(cpuModel);
  await tf.setBackend('wasm');
  const wasmModel = buildMnistNodeConvnet();
  wasmModel.setWeights(weights.map((w) => tf.tensor(w.values, w.shape)));
  const wasmGrads = gradients(wasmModel);
  assert.equal(wasmGrads.length, 12); // kernel and bias of 4 conv2d and 2 dense layers
  wasmGrads.forEach((g, i) => {
    const err = relativeError(g, cpuGrads[i]!);
    assert.ok(err < 1e-4, `${wasmModel.trainableWeights[i]!.name}: relative error ${err}`);
  });
  cpuModel.dispose();
  wasmModel.dispose();
  tf.dispose([xs, ys]);
});

test('the mnist-node convnet trains for one short epoch on WASM and its loss falls', async () => {
  await tf.setBackend('wasm');
  const model = buildMnistNodeConvnet();
  const { xs, ys } = syntheticDigits(320, 3);
  const lossOf = (): number => {
    const r = model.evaluate(xs, ys, { batchSize: 64 }) as tf.Scalar[];
    const value = r[0]!.dataSync()[0]!;
    tf.dispose(r);
    return value;
  };
  const before = lossOf();
  const history = await model.fit(xs, ys, { epochs: 1, batchSize: 32, validationSplit: 0.15, verbose: 0 });
  const after = lossOf();
  assert.equal(tf.getBackend(), 'wasm');
  assert.ok(Number.isFinite(Number(history.history['loss']![0])));
  assert.ok(after < 0.7 * before, `loss before ${before}, after one epoch ${after}`);
  // The added and wrapped kernels release every intermediate: a training step leaves no WASM data behind.
  const wasmBackend = tf.backend() as unknown as { numDataIds(): number };
  const batch = { xs: xs.slice(0, 8), ys: ys.slice(0, 8) };
  await model.trainOnBatch(batch.xs, batch.ys);
  const held = wasmBackend.numDataIds();
  await model.trainOnBatch(batch.xs, batch.ys);
  assert.equal(wasmBackend.numDataIds(), held);
  tf.dispose([batch.xs, batch.ys]);
  model.dispose();
  tf.dispose([xs, ys]);
});

test('the depthwise convolution gradients on WASM match the CPU backend across strides, paddings and multipliers', async () => {
  const cases: Array<{ x: number[]; f: number[]; strides: number; pad: 'valid' | 'same' | number }> = [
    { x: [2, 7, 7, 3], f: [3, 3, 3, 1], strides: 1, pad: 'same' },
    { x: [2, 8, 9, 4], f: [3, 2, 4, 2], strides: 2, pad: 'same' },
    { x: [1, 6, 5, 2], f: [2, 2, 2, 3], strides: 1, pad: 'valid' },
    { x: [2, 9, 7, 3], f: [3, 3, 3, 2], strides: 2, pad: 1 },
  ];
  for (const c of cases) {
    await tf.setBackend('cpu');
    const x = tf.randomNormal(c.x, 0, 1, 'float32', 11);
    const f = tf.randomNormal(c.f, 0, 1, 'float32', 12);
    const dy = tf.depthwiseConv2d(x as tf.Tensor4D, f as tf.Tensor4D, c.strides, c.pad).add(0.25);
    const common = { strides: c.strides, dilations: 1, pad: c.pad };
    const label = JSON.stringify(c);
    for (const [kernel, inputs, attrs, shape] of [
      ['DepthwiseConv2dNativeBackpropFilter', { x, dy }, { ...common, filterShape: c.f }, c.f],
      ['DepthwiseConv2dNativeBackpropInput', { dy, filter: f }, { ...common, inputShape: c.x }, c.x],
    ] as const) {
      const cpu = await runOn('cpu', kernel, inputs, attrs);
      const wasm = await runOn('wasm', kernel, inputs, attrs);
      assert.deepEqual(wasm.shape, shape, `${kernel} ${label}`);
      assert.ok(relativeError(wasm.values, cpu.values) < 1e-5, `${kernel} ${label}`);
    }
    tf.dispose([x, f, dy]);
  }
});
