// Faster BatchMatMul and _FusedMatMul on WASM when an operand is transposed: tfjs-backend-wasm 4.22 hands only
// the untransposed product to XNNPACK and computes transposeA/transposeB with a naive loop (measured here:
// [1024,64]ᵀ·[64,512] 443 ms with transposeA, 15 ms as an explicit Transpose then the untransposed product).
// The wrappers transpose the flagged operand with the WASM Transpose kernel, then call the backend's own
// kernel with both flags false; results are the same products.
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

/** Wraps a matmul-like WASM kernel (inputs a and b, attrs transposeA and transposeB) as described above. */
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
      return original({
        ...args,
        inputs: { ...args.inputs, a: a2, b: b2 },
        attrs: { ...attrs, transposeA: false, transposeB: false },
      });
    } finally {
      release(backend, ...made);
    }
  };
}
