// Registers, on the 'wasm' backend, the training kernels that @tensorflow/tfjs-backend-wasm lacks, so that
// model.fit() of convnets (the tfjs-examples mnist-node model) runs on WASM. Idempotent, and never replaces a
// kernel the WASM backend registers itself (a later tfjs-backend-wasm that ships one keeps its own).
import * as tf from '@tensorflow/tfjs';
import { conv2dBackpropFilterWasm } from './conv2d-backprop-filter.ts';

const KERNELS: ReadonlyArray<{ name: string; kernelFunc: tf.KernelFunc }> = [
  { name: 'Conv2DBackpropFilter', kernelFunc: conv2dBackpropFilterWasm },
];

/** The kernel names this module can add to the WASM backend. */
export const WASM_TRAINING_KERNEL_NAMES: readonly string[] = KERNELS.map((k) => k.name);

/**
 * Registers the missing training kernels for the 'wasm' backend with the `@tensorflow/tfjs` this package
 * resolves; call it before `model.fit()` on WASM (trainboard's backend selector does). Returns the names it
 * registered now (empty when they were already there).
 */
export function registerWasmTrainingKernels(): string[] {
  const added: string[] = [];
  for (const { name, kernelFunc } of KERNELS) {
    if (tf.getKernel(name, 'wasm')) continue;
    tf.registerKernel({ kernelName: name, backendName: 'wasm', kernelFunc });
    added.push(name);
  }
  return added;
}
