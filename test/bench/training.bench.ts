// Training throughput of the Fashion-MNIST MLP (784-300-100-10, SGD, batch 32) in steps per second for each
// TF.js backend available here (tfjs-node, WASM, CPU; each in its own process), and Keras (Python TensorFlow,
// when installed: bash scripts/setup-python.sh --tensorflow) on the same machine in the same run, reported as
// ratios against Keras (or against WASM without Keras). TRAINBOARD_BENCH_STEPS sets the timed steps (default
// 300; --soak: 1500). This file is also the per-backend child process (TRAINBOARD_BENCH_CHILD=<backend>).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchResult } from './bench-types.ts';

const BATCH = 32;
const WARMUP = 20;

async function childMeasure(backend: 'tensorflow' | 'wasm' | 'cpu', steps: number): Promise<void> {
  const tf = await import('@tensorflow/tfjs');
  const { selectBackend } = await import('../../trainer/backend/backend-selector.ts');
  const { fashionMnistTask } = await import('../../trainer/tasks/fashion-mnist-task.ts');
  await selectBackend(backend);
  const model = fashionMnistTask.build({ learningRate: 0.01 }, 1);
  const n = steps * BATCH;
  const x = tf.randomUniform([n, 28, 28]);
  const y = tf.randomUniform([n], 0, 10, 'int32').toFloat();
  const wx = x.slice(0, WARMUP * BATCH);
  const wy = y.slice(0, WARMUP * BATCH);
  await model.fit(wx, wy, { batchSize: BATCH, epochs: 1, shuffle: false, verbose: 0 });
  const t0 = performance.now();
  await model.fit(x, y, { batchSize: BATCH, epochs: 1, shuffle: false, verbose: 0 });
  const secs = (performance.now() - t0) / 1000;
  process.stdout.write(`${JSON.stringify({ stepsPerSec: steps / secs, secs })}\n`);
}

const KERAS = `
import json, sys, time, os
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np, tensorflow as tf
steps = int(sys.argv[1]); batch = ${BATCH}; warm = ${WARMUP}
model = tf.keras.Sequential([tf.keras.layers.Input((28, 28)), tf.keras.layers.Flatten(),
  tf.keras.layers.Dense(300, activation="relu"), tf.keras.layers.Dense(100, activation="relu"),
  tf.keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer=tf.keras.optimizers.SGD(0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = np.random.rand(steps * batch, 28, 28).astype("float32"); y = np.random.randint(0, 10, steps * batch)
model.fit(x[: warm * batch], y[: warm * batch], batch_size=batch, epochs=1, shuffle=False, verbose=0)
t0 = time.perf_counter(); model.fit(x, y, batch_size=batch, epochs=1, shuffle=False, verbose=0)
secs = time.perf_counter() - t0
print(json.dumps({"stepsPerSec": steps / secs, "secs": secs, "version": tf.__version__}))
`;

interface Measured {
  stepsPerSec: number;
  secs: number;
  version?: string;
}

function lastJson(stdout: string): Measured | null {
  const line = stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .pop();
  return line ? (JSON.parse(line) as Measured) : null;
}

export default function trainingBench(ctx: BenchContext): Promise<BenchResult[]> {
  const steps = Number(process.env.TRAINBOARD_BENCH_STEPS) || (ctx.soak ? 1500 : 300);
  const self = fileURLToPath(import.meta.url);
  const measured = new Map<string, Measured>();
  const skipped: string[] = [];
  for (const backend of ['tensorflow', 'wasm', 'cpu'] as const) {
    // The plain JS CPU backend is ~20x slower: time fewer steps so the default run stays short.
    const n = backend === 'cpu' ? Math.max(20, Math.round(steps / 10)) : steps;
    ctx.log(`tfjs ${backend}: ${n} steps...`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', self], {
      cwd: ctx.root,
      env: { ...process.env, TRAINBOARD_BENCH_CHILD: backend, TRAINBOARD_BENCH_STEPS: String(n) },
      encoding: 'utf8',
      timeout: 15 * 60_000,
    });
    const m = r.status === 0 ? lastJson(r.stdout) : null;
    if (m) measured.set(`tfjs-${backend}`, m);
    else skipped.push(`tfjs-${backend}: ${(r.stderr || '').trim().split('\n').pop() ?? 'failed'}`);
  }
  const python = process.env.TRAINBOARD_PYTHON ?? join(ctx.root, '.venv', 'bin', 'python');
  if (
    existsSync(python) &&
    spawnSync(python, ['-c', 'import tensorflow'], { stdio: 'ignore' }).status === 0
  ) {
    ctx.log(`Keras: ${steps} steps...`);
    const r = spawnSync(python, ['-c', KERAS, String(steps)], { encoding: 'utf8', timeout: 15 * 60_000 });
    const m = r.status === 0 ? lastJson(r.stdout) : null;
    if (m) measured.set('keras', m);
    else skipped.push(`keras: ${(r.stderr || '').trim().split('\n').pop() ?? 'failed'}`);
  } else {
    skipped.push('keras: Python TensorFlow not installed (bash scripts/setup-python.sh --tensorflow)');
  }
  for (const s of skipped) ctx.log(`skipped ${s}`);
  const anchorName = measured.has('keras') ? 'keras' : 'tfjs-wasm';
  const anchor = measured.get(anchorName);
  const rows: BenchResult[] = [...measured].map(([name, m]) => ({
    name: `fashion-mnist MLP training, batch ${BATCH}: ${name}${m.version ? ` (TF ${m.version})` : ''}`,
    value: Number(m.stepsPerSec.toFixed(1)),
    unit: 'steps/s',
    ...(anchor
      ? {
          note: `${(m.stepsPerSec / anchor.stepsPerSec).toFixed(2)}x ${anchorName} (${anchor.stepsPerSec.toFixed(1)} steps/s)`,
        }
      : {}),
  }));
  return Promise.resolve(rows);
}

const child = process.env.TRAINBOARD_BENCH_CHILD;
if (child === 'tensorflow' || child === 'wasm' || child === 'cpu') {
  await childMeasure(child, Number(process.env.TRAINBOARD_BENCH_STEPS) || 300);
}
