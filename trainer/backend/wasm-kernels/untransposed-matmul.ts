// Faster BatchMatMul on WASM when an operand is transposed, and a correct _FusedMatMul for the cases the WASM
// backend gets wrong. tfjs-backend-wasm 4.22 hands only the untransposed product to XNNPACK and computes
// transposeA/transposeB with a naive loop (measured here: [1024,64]ᵀ·[64,512] 443 ms with transposeA, 15 ms
// as an explicit Transpose then the untransposed product); and its _FusedMatMul returns wrong values whenever
// an operand is transposed or the batch is above 1 (found by the CPU-oracle test beside these kernels). The
// wrappers transpose the flagged operand with the WASM Transpose kernel and call the backend's own kernel with
// both flags false; _FusedMatMul outside its one correct case (batch 1, no transpose) becomes that product,
// then the WASM Add and activation kernels.
import type * as tf from '@tensorflow/tfjs';
import { release, runWasmKernel, type TensorInfo, type WasmKernelBackend } from './wasm-kernel-call.ts';

type KernelArgs = Parameters<tf.KernelFunc>[0];

function swapLastTwo(backend: WasmKernelBackend, t: TensorInfo): TensorInfo {
  const rank = t.shape.length;
  const perm = t.shape.map((_, i) => i);
  perm[rank - 2] = rank - 1;
  perm[rank - 1] = rank - 2;
  return runWasmKernel(backend, 'Transpose', { x: t }, { perm });
}

/** Wraps the WASM BatchMatMul kernel: a transposed operand is transposed first, then multiplied plainly. */
export function untransposedMatMul(original: tf.KernelFunc): tf.KernelFunc {
  return (args: KernelArgs) => {
    const attrs = args.attrs ?? {};
    const { a, b } = args.inputs;
    if ((!attrs['transposeA'] && !attrs['transposeB']) || !a || !b) return original(args);
    const backend = args.backend as WasmKernelBackend;
    const made: TensorInfo[] = [];
    const a2 = attrs['transposeA'] ? swapLastTwo(backend, a) : a;
    const b2 = attrs['transposeB'] ? swapLastTwo(backend, b) : b;
    if (a2 !== a) made.push(a2);
    if (b2 !== b) made.push(b2);
    try {
      return original({ ...args, inputs: { a: a2, b: b2 }, attrs: { transposeA: false, transposeB: false } });
    } finally {
      release(backend, ...made);
    }
  };
}

/** Applies a fused activation with the WASM backend's own kernel; returns x itself for 'linear'. */
function activate(backend: WasmKernelBackend, x: TensorInfo, args: KernelArgs): TensorInfo {
  const activation = (args.attrs?.['activation'] as string | undefined) ?? 'linear';
  switch (activation) {
    case 'linear':
      return x;
    case 'relu':
      return runWasmKernel(backend, 'Relu', { x });
    case 'relu6':
      return runWasmKernel(backend, 'Relu6', { x });
    case 'elu':
      return runWasmKernel(backend, 'Elu', { x });
    case 'sigmoid':
      return runWasmKernel(backend, 'Sigmoid', { x });
    case 'leakyrelu':
      return runWasmKernel(backend, 'LeakyRelu', { x }, { alpha: args.attrs?.['leakyreluAlpha'] ?? 0.2 });
    case 'prelu': {
      const alpha = args.inputs['preluActivationWeights'];
      if (!alpha) throw new Error('_FusedMatMul (wasm): prelu without preluActivationWeights');
      return runWasmKernel(backend, 'Prelu', { x, alpha });
    }
    default:
      throw new Error(`_FusedMatMul (wasm): unsupported activation '${activation}'`);
  }
}

/** Wraps the WASM _FusedMatMul kernel: only batch 1 without transposes reaches the original. */
export function correctFusedMatMul(original: tf.KernelFunc): tf.KernelFunc {
  return (args: KernelArgs) => {
    const attrs = args.attrs ?? {};
    const { a, b, bias } = args.inputs;
    if (!a || !b) return original(args);
    const batch = Math.max(a.shape.length > 2 ? a.shape[0]! : 1, b.shape.length > 2 ? b.shape[0]! : 1);
    if (!attrs['transposeA'] && !attrs['transposeB'] && batch === 1) return original(args);
    const backend = args.backend as WasmKernelBackend;
    // The registered BatchMatMul is the untransposing wrapper above once registration has run.
    const product = runWasmKernel(
      backend,
      'BatchMatMul',
      { a, b },
      { transposeA: attrs['transposeA'] ?? false, transposeB: attrs['transposeB'] ?? false },
    );
    const biased = bias ? runWasmKernel(backend, 'Add', { a: product, b: bias }) : product;
    if (biased !== product) release(backend, product);
    const out = activate(backend, biased, args);
    if (out !== biased) release(backend, biased);
    return out;
  };
}
