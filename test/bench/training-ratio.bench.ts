// tfjs-node's training throughput on the Fashion-MNIST MLP (784-300-100-10, SGD, batch 32) as a ratio of
// Keras's, with ways to run the same model and batch (fit() options, a trainOnBatch loop, prod mode, TensorFlow
// thread pools; every tfjs-node variant but the thread ones runs with selectBackend()'s one intra-op thread) and
// Keras in eager mode: each variant is one long-lived warmed process, the processes time one
// epoch of TRAINBOARD_BENCH_STEPS steps (default 300) in turn, never two at once, for ROUNDS rounds, and each
// figure is a median over rounds divided by Keras's median, so all share the machine's noise (issue 13 item 5).
// This file is also the Node child (TRAINBOARD_BENCH_CHILD=ratio:<variant>): it times a run per stdin line.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchResult } from './bench-types.ts';

const BATCH = 32;
const WARMUP = 20;
const ROUNDS = Number(process.env.TRAINBOARD_BENCH_ROUNDS) || 5;

type NodeMode = 'fit' | 'fit-prod' | 'fit-never-yield' | 'train-on-batch' | 'minimize-loop';
interface Variant {
  /** Short id for TRAINBOARD_BENCH_VARIANTS (comma-separated; Keras fit() always runs). */
  id: string;
  name: string;
  kind: 'node' | 'keras';
  mode: NodeMode | 'graph' | 'eager';
  env?: Record<string, string>;
}

const VARIANTS: Variant[] = [
  { id: 'keras', name: 'keras fit()', kind: 'keras', mode: 'graph' },
  {
    id: 'fit',
    name: "tfjs-node fit() (trainboard's default, TF_NUM_INTRAOP_THREADS=1)",
    kind: 'node',
    mode: 'fit',
  },
  { id: 'prod', name: 'tfjs-node fit(), tf.enableProdMode()', kind: 'node', mode: 'fit-prod' },
  { id: 'never-yield', name: "tfjs-node fit(), yieldEvery 'never'", kind: 'node', mode: 'fit-never-yield' },
  { id: 'train-on-batch', name: 'tfjs-node trainOnBatch() loop', kind: 'node', mode: 'train-on-batch' },
  {
    id: 'tf-threads',
    name: "tfjs-node fit(), TensorFlow's default intra-op pool (TF_NUM_INTRAOP_THREADS=0)",
    kind: 'node',
    mode: 'fit',
    env: { TF_NUM_INTRAOP_THREADS: '0' },
  },
  {
    id: 'intra2',
    name: 'tfjs-node fit(), TF_NUM_INTRAOP_THREADS=2',
    kind: 'node',
    mode: 'fit',
    env: { TF_NUM_INTRAOP_THREADS: '2' },
  },
  {
    id: 'inter1',
    name: 'tfjs-node fit(), TF_NUM_INTEROP_THREADS=1 too',
    kind: 'node',
    mode: 'fit',
    env: { TF_NUM_INTEROP_THREADS: '1' },
  },
  {
    id: 'minimize-loop',
    name: 'tfjs-node optimizer.minimize() loop, no fit() (floor of eager ops)',
    kind: 'node',
    mode: 'minimize-loop',
  },
  {
    id: 'keras-eager',
    name: 'keras fit(), run_eagerly=True (TensorFlow eager ops, as tfjs-node)',
    kind: 'keras',
    mode: 'eager',
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function nodeChild(mode: NodeMode, steps: number): Promise<void> {
  const tf = await import('@tensorflow/tfjs');
  const { selectBackend } = await import('../../trainer/backend/backend-selector.ts');
  const { fashionMnistTask } = await import('../../trainer/tasks/fashion-mnist-task.ts');
  await selectBackend('tensorflow');
  if (mode === 'fit-prod') tf.enableProdMode();
  const model = fashionMnistTask.build({ learningRate: 0.01 }, 1);
  const x = tf.randomUniform([steps * BATCH, 28, 28]);
  const y = tf.randomUniform([steps * BATCH], 0, 10, 'int32').toFloat();
  const fitArgs = { batchSize: BATCH, epochs: 1, shuffle: false, verbose: 0 } as const;
  const epoch = async (n: number): Promise<void> => {
    if (mode === 'fit' || mode === 'fit-prod') {
      await model.fit(x.slice(0, n * BATCH), y.slice(0, n * BATCH), fitArgs);
    } else if (mode === 'fit-never-yield') {
      await model.fit(x.slice(0, n * BATCH), y.slice(0, n * BATCH), { ...fitArgs, yieldEvery: 'never' });
    } else if (mode === 'train-on-batch') {
      for (let i = 0; i < n; i++) {
        const xb = x.slice(i * BATCH, BATCH);
        const yb = y.slice(i * BATCH, BATCH);
        await model.trainOnBatch(xb, yb);
        tf.dispose([xb, yb]);
      }
    } else {
      // The eager ops of a step without fit()'s bookkeeping: the compiled loss, its gradients and SGD's update.
      const opt = tf.train.sgd(0.01);
      for (let i = 0; i < n; i++) {
        tf.tidy(() => {
          const xb = x.slice(i * BATCH, BATCH);
          const yb = y.slice(i * BATCH, BATCH);
          const loss = () =>
            tf.metrics
              .categoricalCrossentropy(tf.oneHot(yb.toInt(), 10), model.apply(xb) as typeof xb)
              .mean();
          opt.minimize(loss as () => ReturnType<typeof tf.scalar>, false);
        });
      }
      opt.dispose();
    }
  };
  await epoch(WARMUP);
  process.stdout.write('{"ready":true}\n');
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'run') break;
    const t0 = performance.now();
    await epoch(steps);
    process.stdout.write(`${JSON.stringify({ secs: (performance.now() - t0) / 1000 })}\n`);
  }
}

const KERAS = `
import json, sys, time, os
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np, tensorflow as tf
steps = int(sys.argv[1]); eager = sys.argv[2] == "eager"; batch = ${BATCH}; warm = ${WARMUP}
model = tf.keras.Sequential([tf.keras.layers.Input((28, 28)), tf.keras.layers.Flatten(),
  tf.keras.layers.Dense(300, activation="relu"), tf.keras.layers.Dense(100, activation="relu"),
  tf.keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer=tf.keras.optimizers.SGD(0.01), loss="sparse_categorical_crossentropy",
  metrics=["accuracy"], run_eagerly=eager)
x = np.random.rand(steps * batch, 28, 28).astype("float32"); y = np.random.randint(0, 10, steps * batch)
model.fit(x[: warm * batch], y[: warm * batch], batch_size=batch, epochs=1, shuffle=False, verbose=0)
print(json.dumps({"ready": True, "version": tf.__version__}), flush=True)
for line in sys.stdin:
    if line.strip() != "run": break
    t0 = time.perf_counter(); model.fit(x, y, batch_size=batch, epochs=1, shuffle=False, verbose=0)
    print(json.dumps({"secs": time.perf_counter() - t0}), flush=True)
`;

interface Reply {
  ready?: boolean;
  version?: string;
  secs?: number;
}

/** A warmed child that times one epoch per request; replies are its stdout's JSON lines, in order. */
function startChild(proc: ChildProcess, label: string): { next: () => Promise<Reply>; stderr: () => string } {
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  return {
    stderr: () => err,
    next: async () => {
      for (;;) {
        const r = await lines.next();
        if (r.done) throw new Error(`${label}: exited (${err.trim().split('\n').pop() ?? 'no stderr'})`);
        if (r.value.startsWith('{')) return JSON.parse(r.value) as Reply;
      }
    },
  };
}

export default async function trainingRatioBench(ctx: BenchContext): Promise<BenchResult[]> {
  const steps = Number(process.env.TRAINBOARD_BENCH_STEPS) || (ctx.soak ? 1500 : 300);
  const python = process.env.TRAINBOARD_PYTHON ?? join(ctx.root, '.venv', 'bin', 'python');
  if (!existsSync(python))
    return [{ name: 'training ratio', value: 'skipped', unit: '', note: `no ${python}` }];
  const self = fileURLToPath(import.meta.url);
  const only = process.env.TRAINBOARD_BENCH_VARIANTS?.split(',').map((s) => s.trim());
  const variants = VARIANTS.filter((v) => v.id === 'keras' || !only || only.includes(v.id));
  const children = [];
  let version = '';
  // Started and warmed one at a time, so no warm-up overlaps another's.
  for (const v of variants) {
    ctx.log(`starting ${v.name}...`);
    const proc =
      v.kind === 'keras'
        ? spawn(python, ['-c', KERAS, String(steps), v.mode], { stdio: ['pipe', 'pipe', 'pipe'] })
        : spawn(process.execPath, ['--import', 'tsx', self], {
            cwd: ctx.root,
            env: {
              ...process.env,
              ...v.env,
              TRAINBOARD_BENCH_CHILD: `ratio:${v.mode}`,
              TRAINBOARD_BENCH_STEPS: String(steps),
            },
            stdio: ['pipe', 'pipe', 'pipe'],
          });
    const c = startChild(proc, v.name);
    const ready = await c.next();
    version ||= ready.version ?? '';
    children.push({ v, proc, c, secs: [] as number[] });
  }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order each round so that no variant always follows the same neighbour.
      for (let k = 0; k < children.length; k++) {
        const ch = children[(k + round) % children.length]!;
        ch.proc.stdin.write('run\n');
        const r = await ch.c.next();
        ch.secs.push(r.secs ?? NaN);
      }
      ctx.log(`round ${round + 1}/${ROUNDS} done`);
    }
  } finally {
    for (const ch of children) ch.proc.stdin.end('stop\n');
  }
  const keras = children.find((ch) => ch.v.mode === 'graph')!;
  const kerasRate = steps / median(keras.secs);
  return children.map((ch) => {
    const rate = steps / median(ch.secs);
    return {
      name: `fashion-mnist MLP, batch ${BATCH}, ${steps} steps: ${ch.v.name}${ch.v.kind === 'keras' ? ` (TF ${version})` : ''}`,
      value: Number(rate.toFixed(1)),
      unit: 'steps/s',
      note: `${(rate / kerasRate).toFixed(2)}x keras fit() (${kerasRate.toFixed(1)} steps/s); median of ${ROUNDS} alternated rounds, per-round s: ${ch.secs.map((s) => s.toFixed(2)).join(' ')}`,
    };
  });
}

const child = process.env.TRAINBOARD_BENCH_CHILD;
if (child?.startsWith('ratio:')) {
  await nodeChild(
    child.slice('ratio:'.length) as NodeMode,
    Number(process.env.TRAINBOARD_BENCH_STEPS) || 300,
  );
}
