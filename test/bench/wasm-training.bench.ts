// Training throughput on the WASM backend with trainboard's WASM training kernels against the stock WASM
// backend and the plain JS CPU backend (and tfjs-node when its addon loads), in steps per second, each in
// its own process: the Fashion-MNIST MLP (batch 32) and the tfjs-examples mnist-node convnet (batch 64; stock
// WASM cannot train it: no Conv2DBackpropFilter). Also tries the WASM backend's threaded SIMD build in Node.
// TRAINBOARD_BENCH_STEPS scales the timed steps. This file is also the child (TRAINBOARD_BENCH_CHILD=json).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TF from '@tensorflow/tfjs';
import type { BenchContext, BenchResult } from './bench-types.ts';

type Backend = 'wasm' | 'wasm-stock' | 'wasm-threaded' | 'cpu' | 'tensorflow';
type ModelName = 'mlp' | 'convnet';
interface ChildJob {
  backend: Backend;
  model: ModelName;
  steps: number;
}
const BATCH: Record<ModelName, number> = { mlp: 32, convnet: 64 };

async function activate(backend: Backend): Promise<void> {
  const tf = await import('@tensorflow/tfjs');
  if (backend === 'wasm' || backend === 'cpu' || backend === 'tensorflow') {
    const { selectBackend } = await import('../../trainer/backend/backend-selector.ts');
    await selectBackend(backend);
    return;
  }
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const require = createRequire(import.meta.url);
  wasm.setWasmPaths(
    join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')), '/'),
  );
  if (backend === 'wasm-threaded') {
    // tfjs-backend-wasm turns threads off in Node (WASM_HAS_MULTITHREAD_SUPPORT is false there): force it.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
    wasm.setThreadsCount(2);
    const { registerWasmTrainingKernels } =
      await import('../../trainer/backend/wasm-kernels/wasm-training-kernels.ts');
    registerWasmTrainingKernels();
  }
  if (!(await tf.setBackend('wasm'))) throw new Error(`${backend}: setBackend('wasm') returned false`);
}

async function childMeasure(job: ChildJob): Promise<void> {
  const tf = await import('@tensorflow/tfjs');
  await activate(job.backend);
  const batch = BATCH[job.model];
  let model: TF.LayersModel;
  let x: TF.Tensor;
  let y: TF.Tensor;
  const n = job.steps * batch;
  if (job.model === 'mlp') {
    const { fashionMnistTask } = await import('../../trainer/tasks/fashion-mnist-task.ts');
    model = fashionMnistTask.build({ learningRate: 0.01 }, 1);
    x = tf.randomUniform([n, 28, 28]);
    y = tf.randomUniform([n], 0, 10, 'int32').toFloat();
  } else {
    const { buildMnistNodeConvnet, syntheticDigits } =
      await import('../integration/trainer/mnist-node-convnet.ts');
    model = buildMnistNodeConvnet();
    ({ xs: x, ys: y } = syntheticDigits(n, 1));
  }
  const warm = Math.max(1, Math.round(job.steps / 10)) * batch;
  await model.fit(x.slice(0, warm), y.slice(0, warm), {
    batchSize: batch,
    epochs: 1,
    shuffle: false,
    verbose: 0,
  });
  const t0 = performance.now();
  await model.fit(x, y, { batchSize: batch, epochs: 1, shuffle: false, verbose: 0 });
  const secs = (performance.now() - t0) / 1000;
  process.stdout.write(`${JSON.stringify({ stepsPerSec: job.steps / secs, secs })}\n`);
}

export default function wasmTrainingBench(ctx: BenchContext): Promise<BenchResult[]> {
  const scale = Number(process.env.TRAINBOARD_BENCH_STEPS) || (ctx.soak ? 1000 : 300);
  const self = fileURLToPath(import.meta.url);
  const jobs: ChildJob[] = [];
  for (const backend of ['tensorflow', 'wasm', 'wasm-stock', 'wasm-threaded', 'cpu'] as const) {
    jobs.push({ backend, model: 'mlp', steps: backend === 'cpu' ? Math.max(10, scale / 10) : scale });
    if (backend !== 'wasm-stock') {
      jobs.push({
        backend,
        model: 'convnet',
        // The CPU backend needs a minute or more per convnet step at batch 64: one timed step by default.
        steps: backend === 'cpu' ? Math.max(1, Math.round(scale / 300)) : Math.max(3, Math.round(scale / 20)),
      });
    }
  }
  const rows: BenchResult[] = [];
  const rates = new Map<string, number>();
  for (const job of jobs) {
    const label = `${job.model} ${job.backend}`;
    ctx.log(`${label}: ${job.steps} steps...`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', self], {
      cwd: ctx.root,
      env: { ...process.env, TRAINBOARD_BENCH_CHILD: JSON.stringify(job) },
      encoding: 'utf8',
      timeout: 20 * 60_000,
    });
    const line = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .pop();
    if (r.status !== 0 || !line) {
      const why = (r.stderr || '').split('\n').find((l) => /Error|failed/.test(l)) ?? `exit ${r.status}`;
      rows.push({
        name: `${label}, batch ${BATCH[job.model]}`,
        value: 'failed',
        unit: '',
        note: why.slice(0, 200),
      });
      continue;
    }
    const m = JSON.parse(line) as { stepsPerSec: number };
    rates.set(label, m.stepsPerSec);
    const cpu = rates.get(`${job.model} cpu`);
    const wasm = rates.get(`${job.model} wasm`);
    rows.push({
      name: `${label}, batch ${BATCH[job.model]}`,
      value: Number(m.stepsPerSec.toFixed(m.stepsPerSec < 10 ? 3 : 1)),
      unit: 'steps/s',
      ...(wasm && job.backend !== 'wasm' ? { note: `${(m.stepsPerSec / wasm).toFixed(2)}x wasm` } : {}),
      ...(cpu && job.backend === 'cpu' && wasm ? { note: `wasm is ${(wasm / cpu).toFixed(1)}x cpu` } : {}),
    });
  }
  return Promise.resolve(rows);
}

const child = process.env.TRAINBOARD_BENCH_CHILD;
if (child) await childMeasure(JSON.parse(child) as ChildJob);
