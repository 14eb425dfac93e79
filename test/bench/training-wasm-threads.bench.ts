// The WASM backend's threaded SIMD build in Node against its single-threaded SIMD build, on the Fashion-MNIST
// MLP (batch 32) with trainboard's WASM training kernels: each build in its own warmed process, timed one epoch of
// TRAINBOARD_BENCH_STEPS steps (default 200) in turn for ROUNDS rounds, medians compared (issue 13 item 5).
// tfjs-backend-wasm 4.22 gives its pthread workers blob: URLs, which Node's worker_threads refuse
// (ERR_WORKER_PATH), so the threaded child first writes the worker script and the Emscripten factory to files
// and answers URL.createObjectURL with those paths (on both sides of the worker boundary) while it initialises.
// This file is also the child (TRAINBOARD_BENCH_CHILD=wasm-threads:<simd|threaded>[:threads]).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchResult } from './bench-types.ts';

const BATCH = 32;
const WARMUP = 10;
const ROUNDS = Number(process.env.TRAINBOARD_BENCH_ROUNDS) || 5;

/** Makes tfjs-backend-wasm's threaded build loadable by Node's worker_threads (file paths, not blob: URLs). */
function prepareThreadedWasmForNode(): string {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  const factoryPath = join(dist, '..', 'wasm-out', 'tfjs-backend-wasm-threaded-simd.js');
  const { wasmWorkerContents } = require(
    join(dist, '..', 'wasm-out', 'tfjs-backend-wasm-threaded-simd.worker.js'),
  ) as { wasmWorkerContents: string };
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-wasm-threads-'));
  const mainScript = join(dir, 'main-script.cjs');
  const workerScript = join(dir, 'worker.cjs');
  // As tfjs-backend-wasm does, keep the escaped newlines of its string literals escaped.
  // The worker eval()s its "main script" with a global require: hand it the factory module by path.
  writeFileSync(mainScript, `var WasmBackendModuleThreadedSimd = require(${JSON.stringify(factoryPath)});\n`);
  writeFileSync(
    workerScript,
    `URL.createObjectURL = () => ${JSON.stringify(mainScript)}; URL.revokeObjectURL = () => {};\n${wasmWorkerContents.replace(/\n/g, '\\n')}`,
  );
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (obj: Blob) => (obj.type === 'application/javascript' ? workerScript : original(obj));
  return dir;
}

async function childMeasure(build: 'simd' | 'threaded', threads: number, steps: number): Promise<void> {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const require = createRequire(import.meta.url);
  wasm.setWasmPaths(
    join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')), '/'),
  );
  if (build === 'threaded') {
    // tfjs-backend-wasm reports no thread support in Node; force it and make its workers loadable.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
    wasm.setThreadsCount(threads);
    const dir = prepareThreadedWasmForNode();
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const { registerWasmTrainingKernels } =
    await import('../../trainer/backend/wasm-kernels/wasm-training-kernels.ts');
  registerWasmTrainingKernels();
  if (!(await tf.setBackend('wasm'))) throw new Error(`${build}: setBackend('wasm') returned false`);
  if (process.env.TRAINBOARD_BENCH_DEBUG)
    process.stderr.write(
      `${JSON.stringify({ mt: await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'), simd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'), threads: wasm.getThreadsCount() })}\n`,
    );
  const { fashionMnistTask } = await import('../../trainer/tasks/fashion-mnist-task.ts');
  const model = fashionMnistTask.build({ learningRate: 0.01 }, 1);
  const x = tf.randomUniform([steps * BATCH, 28, 28]);
  const y = tf.randomUniform([steps * BATCH], 0, 10, 'int32').toFloat();
  const fitArgs = { batchSize: BATCH, epochs: 1, shuffle: false, verbose: 0 } as const;
  await model.fit(x.slice(0, WARMUP * BATCH), y.slice(0, WARMUP * BATCH), fitArgs);
  process.stdout.write(`${JSON.stringify({ ready: true, threads: wasm.getThreadsCount() })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'run') break;
    const t0 = performance.now();
    await model.fit(x, y, fitArgs);
    process.stdout.write(`${JSON.stringify({ secs: (performance.now() - t0) / 1000 })}\n`);
  }
  process.exit(0); // the pthread workers keep the event loop alive
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export default async function trainingWasmThreadsBench(ctx: BenchContext): Promise<BenchResult[]> {
  const steps = Number(process.env.TRAINBOARD_BENCH_STEPS) || (ctx.soak ? 1000 : 200);
  const self = fileURLToPath(import.meta.url);
  const variants = [
    { name: 'WASM SIMD (single-threaded, what trainboard uses)', child: 'wasm-threads:simd' },
    { name: 'WASM threaded SIMD, 2 threads', child: 'wasm-threads:threaded:2' },
  ];
  const children = [];
  for (const v of variants) {
    ctx.log(`starting ${v.name}...`);
    const proc = spawn(process.execPath, ['--import', 'tsx', self], {
      cwd: ctx.root,
      env: { ...process.env, TRAINBOARD_BENCH_CHILD: v.child, TRAINBOARD_BENCH_STEPS: String(steps) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    proc.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
    const next = async (): Promise<{ secs?: number; threads?: number }> => {
      for (;;) {
        const r = await lines.next();
        if (r.done) throw new Error(`${v.name}: exited (${err.trim().split('\n').slice(-3).join(' | ')})`);
        if (r.value.startsWith('{')) return JSON.parse(r.value) as { secs?: number; threads?: number };
      }
    };
    const ready = await next();
    children.push({ v, proc, next, threads: ready.threads, secs: [] as number[] });
  }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < children.length; k++) {
        const ch = children[(k + round) % children.length]!;
        ch.proc.stdin.write('run\n');
        ch.secs.push((await ch.next()).secs ?? NaN);
      }
      ctx.log(`round ${round + 1}/${ROUNDS} done`);
    }
  } finally {
    for (const ch of children) ch.proc.stdin.end('stop\n');
  }
  const base = steps / median(children[0]!.secs);
  return children.map((ch) => {
    const rate = steps / median(ch.secs);
    return {
      name: `fashion-mnist MLP, batch ${BATCH}, ${steps} steps: ${ch.v.name} (getThreadsCount() ${ch.threads})`,
      value: Number(rate.toFixed(1)),
      unit: 'steps/s',
      note: `${(rate / base).toFixed(2)}x WASM SIMD; median of ${ROUNDS} alternated rounds, per-round s: ${ch.secs.map((s) => s.toFixed(2)).join(' ')}`,
    };
  });
}

const child = process.env.TRAINBOARD_BENCH_CHILD;
if (child?.startsWith('wasm-threads:')) {
  const [, build, threads] = child.split(':');
  await childMeasure(
    build === 'threaded' ? 'threaded' : 'simd',
    Number(threads) || 2,
    Number(process.env.TRAINBOARD_BENCH_STEPS) || 200,
  );
}
