// Training throughput of the Fashion-MNIST MLP (784-300-100-10, SGD, batch 32) in steps per second for each
// TF.js backend available here (tfjs-node, WASM, CPU; each in its own process), and Keras (Python TensorFlow,
// when installed: bash scripts/setup-python.sh --tensorflow) on the same machine in the same run, reported as
// ratios against Keras (or against WASM without Keras), and per TF.js backend the overhead of trainboard's
// callbacks (tensorBoard, earlyStopping, modelCheckpoint) against a bare fit(): bare and callback runs alternate
// for ROUNDS rounds and the medians are compared, so both share the machine's noise. TRAINBOARD_BENCH_STEPS sets
// the timed steps (default 300; --soak: 1500); TRAINBOARD_BENCH_BACKENDS (e.g. "wasm,keras") limits what runs.
// This file is also the per-backend child process (TRAINBOARD_BENCH_CHILD=<backend>).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchResult } from './bench-types.ts';

const BATCH = 32;
const WARMUP = 20;
const ROUNDS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

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
  const { tensorBoard, earlyStopping, modelCheckpoint } = await import('../../trainer/callbacks/index.ts');
  const tmp = mkdtempSync(join(tmpdir(), 'trainboard-bench-'));
  const fitArgs = { batchSize: BATCH, epochs: 1, shuffle: false, verbose: 0 } as const;
  try {
    // Fresh callbacks per fit, as a user's script creates them; monitor 'loss' as there is no validation data.
    const callbacks = (round: number) => [
      tensorBoard(join(tmp, `logs-${round}`), { updateFreq: 'epoch' }),
      earlyStopping({ monitor: 'loss', patience: 3 }),
      modelCheckpoint(join(tmp, `ckpt-${round}`), { monitor: 'loss', saveBestOnly: true }),
    ];
    await model.fit(wx, wy, { ...fitArgs, callbacks: callbacks(-1) });
    const bare: number[] = [];
    const withCallbacks: number[] = [];
    // Alternate which goes first too, so neither pays systematically for the other's garbage or warm-up.
    for (let round = 0; round < ROUNDS * 2; round++) {
      const useCallbacks = round % 4 === 1 || round % 4 === 2;
      const t0 = performance.now();
      await model.fit(x, y, useCallbacks ? { ...fitArgs, callbacks: callbacks(round) } : fitArgs);
      (useCallbacks ? withCallbacks : bare).push((performance.now() - t0) / 1000);
    }
    const secs = median(bare);
    const callbackSecs = median(withCallbacks);
    if (process.env.TRAINBOARD_BENCH_DEBUG)
      process.stderr.write(`${JSON.stringify({ bare, withCallbacks })}\n`);
    const out: Measured = {
      stepsPerSec: steps / secs,
      secs,
      callbackStepsPerSec: steps / callbackSecs,
      callbackSecs,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
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
  /** Median seconds and steps/s of the same fit with trainboard's callbacks (TF.js backends only). */
  callbackSecs?: number;
  callbackStepsPerSec?: number;
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
  const only = process.env.TRAINBOARD_BENCH_BACKENDS?.split(',').map((b) => b.trim());
  const wanted = (name: string) => !only || only.includes(name);
  for (const backend of ['tensorflow', 'wasm', 'cpu'] as const) {
    if (!wanted(backend)) continue;
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
  if (!wanted('keras')) {
    skipped.push('keras: not in TRAINBOARD_BENCH_BACKENDS');
  } else if (
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
  const rows: BenchResult[] = [];
  for (const [name, m] of measured) {
    rows.push({
      name: `fashion-mnist MLP training, batch ${BATCH}: ${name}${m.version ? ` (TF ${m.version})` : ''}`,
      value: Number(m.stepsPerSec.toFixed(1)),
      unit: 'steps/s',
      ...(anchor
        ? {
            note: `${(m.stepsPerSec / anchor.stepsPerSec).toFixed(2)}x ${anchorName} (${anchor.stepsPerSec.toFixed(1)} steps/s)`,
          }
        : {}),
    });
    if (m.callbackSecs !== undefined && m.callbackStepsPerSec !== undefined) {
      const overhead = (m.callbackSecs / m.secs - 1) * 100;
      rows.push({
        name: `callbacks overhead (tensorBoard + earlyStopping + modelCheckpoint) vs bare fit(): ${name}`,
        value: Number(overhead.toFixed(1)),
        unit: '%',
        note: `${m.callbackStepsPerSec.toFixed(1)} steps/s with callbacks vs ${m.stepsPerSec.toFixed(1)} bare (median of ${ROUNDS}, alternated; goal < 5 %)`,
      });
    }
  }
  return Promise.resolve(rows);
}

const child = process.env.TRAINBOARD_BENCH_CHILD;
if (child === 'tensorflow' || child === 'wasm' || child === 'cpu') {
  await childMeasure(child, Number(process.env.TRAINBOARD_BENCH_STEPS) || 300);
}
