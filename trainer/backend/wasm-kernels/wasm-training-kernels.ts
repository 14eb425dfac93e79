// Registers, on the 'wasm' backend, the training kernels that @tensorflow/tfjs-backend-wasm 4.22 lacks
// (Conv2DBackpropFilter, and the depthwise-convolution gradients for separable convnets), so that model.fit()
// of convnets such as the tfjs-examples mnist-node model runs on WASM; and wraps three of its own kernels:
// Conv2DBackpropInput at stride 1 and BatchMatMul with a transposed operand, which it computes with naive
// loops, so that they run on XNNPACK, and _FusedMatMul, which returns wrong values when transposed or batched.
// Idempotent; a missing kernel that a later tfjs-backend-wasm ships itself is left alone.
import * as tf from '@tensorflow/tfjs';
import { conv2dBackpropFilterWasm } from './conv2d-backprop-filter.ts';
import { conv2dBackpropInputViaConv2d } from './conv2d-backprop-input.ts';
import {
  depthwiseConv2dBackpropFilterWasm,
  depthwiseConv2dBackpropInputWasm,
} from './depthwise-conv2d-backprop.ts';
import { correctFusedMatMul, untransposedMatMul } from './untransposed-matmul.ts';

/** Kernels WASM lacks: registered only when absent. */
const MISSING: ReadonlyArray<{ name: string; kernelFunc: tf.KernelFunc }> = [
  { name: 'Conv2DBackpropFilter', kernelFunc: conv2dBackpropFilterWasm },
  { name: 'DepthwiseConv2dNativeBackpropFilter', kernelFunc: depthwiseConv2dBackpropFilterWasm },
  { name: 'DepthwiseConv2dNativeBackpropInput', kernelFunc: depthwiseConv2dBackpropInputWasm },
];

/** Kernels WASM has but computes slowly in cases training hits: wrapped, the original still does the rest. */
const WRAPPED: ReadonlyArray<{ name: string; wrap: (original: tf.KernelFunc) => tf.KernelFunc }> = [
  { name: 'Conv2DBackpropInput', wrap: conv2dBackpropInputViaConv2d },
  { name: 'BatchMatMul', wrap: untransposedMatMul },
  { name: '_FusedMatMul', wrap: correctFusedMatMul },
];

/** Every kernel name this module registers or wraps on 'wasm'. */
export const WASM_TRAINING_KERNEL_NAMES: readonly string[] = [...MISSING, ...WRAPPED].map((k) => k.name);

const ours = new WeakSet<tf.KernelFunc>();

/**
 * Makes the 'wasm' backend of the `@tensorflow/tfjs` this package resolves able to train convnets, and faster
 * at training dense layers; call it before `model.fit()` on WASM (trainboard's backend selector does). Returns
 * the kernel names it registered or wrapped now (empty when that was already done).
 */
export function registerWasmTrainingKernels(): string[] {
  const changed: string[] = [];
  for (const { name, kernelFunc } of MISSING) {
    if (tf.getKernel(name, 'wasm')) continue;
    ours.add(kernelFunc);
    tf.registerKernel({ kernelName: name, backendName: 'wasm', kernelFunc });
    changed.push(name);
  }
  for (const { name, wrap } of WRAPPED) {
    const original = tf.getKernel(name, 'wasm');
    if (!original || ours.has(original.kernelFunc)) continue;
    const kernelFunc = wrap(original.kernelFunc);
    ours.add(kernelFunc);
    tf.unregisterKernel(name, 'wasm');
    // The backend's setup (its cwrap of the WASM export) must still run if the backend is initialised again.
    tf.registerKernel({ ...original, kernelFunc });
    changed.push(name);
  }
  return changed;
}
