// Chooses the TF.js backend at run time: tfjs-node when its native addon loads, else WASM, else the plain CPU
// backend; a forced choice that fails is an error, never a silent fallback. Reports the choice and why.
// Whenever WASM is chosen, the training kernels it lacks are registered first (see wasm-kernels/); tfjs-node
// gets one intra-op thread unless TF_NUM_INTRAOP_THREADS is already set (docs/trainer.md, "Where a step's time goes").
import * as tf from '@tensorflow/tfjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { registerWasmTrainingKernels } from './wasm-kernels/wasm-training-kernels.ts';

export type BackendChoice = 'auto' | 'tensorflow' | 'wasm' | 'cpu';
export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'tensorflow', 'wasm', 'cpu'];

export interface SelectedBackend {
  /** The TF.js backend name now active: 'tensorflow', 'wasm' or 'cpu'. */
  name: 'tensorflow' | 'wasm' | 'cpu';
  /** One line: what was chosen and why (logged and stored in the session row). */
  reason: string;
}

const require = createRequire(import.meta.url);

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}

/**
 * TensorFlow's intra-op pool for tfjs-node's eager ops. TF.js dispatches every op of a step on its own (173
 * for the Fashion-MNIST MLP at batch 32), and splitting each small op across threads cost more than it saved:
 * 1.57x the steps/s with one thread on the 2-core machine, measured against the default in the same run
 * (`npm run bench -- training-ratio`); the mnist-node convnet was not slower. The C library reads the variable
 * when the addon creates its context, so it is set before the import; TF_NUM_INTRAOP_THREADS=0 restores
 * TensorFlow's own default (one thread per core).
 */
export const DEFAULT_TF_INTRAOP_THREADS = '1';

async function tryTensorflow(): Promise<string | null> {
  process.env.TF_NUM_INTRAOP_THREADS ??= DEFAULT_TF_INTRAOP_THREADS;
  try {
    // tfjs-node registers the 'tensorflow' backend with the shared @tensorflow/tfjs-core engine.
    await import('@tensorflow/tfjs-node');
  } catch (err) {
    return `tfjs-node did not load (${message(err)}; run npx trainboard setup-tfjs-node, or npm run setup:tfjs-node in our repository)`;
  }
  if (!(await tf.setBackend('tensorflow'))) return 'tfjs-node loaded but its backend failed to initialise';
  return null;
}

async function tryWasm(): Promise<string | null> {
  try {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    wasm.setWasmPaths(join(dist, '/'));
  } catch (err) {
    return `WASM backend did not load (${message(err)})`;
  }
  registerWasmTrainingKernels();
  // setBackend() returns false (it does not throw) when the backend fails to initialise.
  if (!(await tf.setBackend('wasm'))) return 'WASM backend failed to initialise';
  return null;
}

async function useCpu(): Promise<void> {
  if (!(await tf.setBackend('cpu'))) throw new Error('the CPU backend failed to initialise');
}

/** Activates a backend per `choice`; throws when a forced backend is unavailable. */
export async function selectBackend(choice: BackendChoice = 'auto'): Promise<SelectedBackend> {
  if (choice === 'cpu') {
    await useCpu();
    return { name: 'cpu', reason: 'cpu (forced with --backend cpu)' };
  }
  if (choice === 'tensorflow') {
    const why = await tryTensorflow();
    if (why) throw new Error(`--backend tensorflow: ${why}`);
    return { name: 'tensorflow', reason: 'tensorflow (tfjs-node, forced with --backend tensorflow)' };
  }
  if (choice === 'wasm') {
    const why = await tryWasm();
    if (why) throw new Error(`--backend wasm: ${why}`);
    return { name: 'wasm', reason: 'wasm (forced with --backend wasm)' };
  }
  const nodeWhy = await tryTensorflow();
  if (!nodeWhy) return { name: 'tensorflow', reason: 'tensorflow (tfjs-node native addon loaded)' };
  const wasmWhy = await tryWasm();
  if (!wasmWhy) return { name: 'wasm', reason: `wasm (${nodeWhy})` };
  await useCpu();
  return { name: 'cpu', reason: `cpu (${nodeWhy}; ${wasmWhy})` };
}
