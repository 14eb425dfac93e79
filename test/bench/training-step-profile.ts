// Where a tfjs-node training step of the Fashion-MNIST MLP (batch 32, fit()) spends its time: the kernels a
// step dispatches (tf.profile of one trainOnBatch), the cost of one eager op round trip into TensorFlow's C
// library, and a V8 CPU profile of a timed fit() split by where the self time lands (the native binding, i.e.
// TensorFlow's C library and its N-API glue; tfjs-core, tfjs-layers and tfjs-node JavaScript; GC; idle).
// Usage: node --import tsx test/bench/training-step-profile.ts [steps=300]  (docs/trainer.md, "Where a step's
// time goes"). Prints one JSON object; figures are shares, so they survive a loaded machine better than times.
import { Session } from 'node:inspector/promises';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../trainer/backend/backend-selector.ts';
import { fashionMnistTask } from '../../trainer/tasks/fashion-mnist-task.ts';

const BATCH = 32;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The bucket a V8 profile node's self time belongs to; a native function is named by its JS caller. */
function bucket(node: ProfileNode, parent: ProfileNode | undefined): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(program)') return 'V8/Node runtime (program)';
  if (url === '') return `native, called from ${parent?.callFrame.functionName || '(anonymous)'}`;
  const pkg = /node_modules\/(@tensorflow\/[^/]+|[^/@]+)/.exec(url);
  if (pkg) return `js: ${pkg[1]}`;
  if (url.startsWith('node:')) return 'js: node internals';
  return 'js: trainboard / other';
}

const steps = Number(process.argv[2]) || 300;
await selectBackend('tensorflow');
const model = fashionMnistTask.build({ learningRate: 0.01 }, 1);
const x = tf.randomUniform([steps * BATCH, 28, 28]);
const y = tf.randomUniform([steps * BATCH], 0, 10, 'int32').toFloat();
const fitArgs = { batchSize: BATCH, epochs: 1, shuffle: false, verbose: 0 } as const;
await model.fit(x.slice(0, 20 * BATCH), y.slice(0, 20 * BATCH), fitArgs);

// Kernels per step: one trainOnBatch under tf.profile (fit() adds the batch slicing and BaseLogger's sums).
const xb = x.slice(0, BATCH);
const yb = y.slice(0, BATCH);
const info = await tf.profile(async () => {
  await model.trainOnBatch(xb, yb);
});
const kernelCounts: Record<string, number> = {};
for (const k of info.kernels) kernelCounts[k.name] = (kernelCounts[k.name] ?? 0) + 1;

// One eager op round trip: a scalar add, where TensorFlow's arithmetic is nothing and dispatch is everything.
const a = tf.scalar(1);
const b = tf.scalar(2);
for (let i = 0; i < 2000; i++) tf.add(a, b).dispose();
const opN = 20000;
const o0 = performance.now();
for (let i = 0; i < opN; i++) tf.add(a, b).dispose();
const usPerScalarOp = ((performance.now() - o0) * 1000) / opN;
// The same op on the step's largest operand: a [32,784]x[784,300] matMul.
const w = tf.randomUniform([784, 300]);
const xf = xb.reshape([BATCH, 784]);
for (let i = 0; i < 200; i++) tf.matMul(xf, w).dispose();
const m0 = performance.now();
for (let i = 0; i < 2000; i++) tf.matMul(xf, w).dispose();
const usPerMatMul = ((performance.now() - m0) * 1000) / 2000;

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
await model.fit(x, y, fitArgs);
const fitMs = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
session.disconnect();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, ProfileNode>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
const selfUs = new Map<string, number>();
let totalUs = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]!);
  const dt = profile.timeDeltas[i] ?? 0;
  if (!node) continue;
  const key = bucket(node, parentOf.get(node.id));
  selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
  totalUs += dt;
}
const shares = Object.fromEntries(
  [...selfUs.entries()]
    .sort((p, q) => q[1] - p[1])
    .filter(([, us]) => us / totalUs >= 0.005)
    .map(([k, us]) => [
      k,
      `${((100 * us) / totalUs).toFixed(1)} % (${(us / 1000 / steps).toFixed(3)} ms/step)`,
    ]),
);
const kernelsPerStep = info.kernels.length;
process.stdout.write(
  `${JSON.stringify(
    {
      steps,
      fitStepsPerSec: Number(((steps * 1000) / fitMs).toFixed(1)),
      msPerStepProfiled: Number((fitMs / steps).toFixed(3)),
      kernelsPerTrainOnBatch: kernelsPerStep,
      newTensorsPerTrainOnBatch: info.newTensors,
      usPerScalarOp: Number(usPerScalarOp.toFixed(1)),
      usPerMatMul32x784x300: Number(usPerMatMul.toFixed(1)),
      dispatchFloorMsPerStep: Number(((kernelsPerStep * usPerScalarOp) / 1000).toFixed(3)),
      selfTimeShares: shares,
      kernelCounts,
    },
    null,
    2,
  )}\n`,
);
