// Runs one of the WASM backend's own registered kernels from inside another kernel, and disposes the
// intermediates it made: the building block of the training kernels that the WASM backend lacks.
// Invariant: every TensorInfo a caller gets from runWasmKernel() is either returned or passed to release().
import * as tf from '@tensorflow/tfjs';

export type TensorInfo = tf.TensorInfo;
type AttrValue = tf.NamedAttrMap[string];

/** The WASM backend object as kernels receive it (only what these kernels call). */
export interface WasmKernelBackend {
  disposeData(dataId: object, force?: boolean): boolean;
}

/** Calls the WASM backend's kernel `name`; throws, naming the kernel, when the backend does not have it. */
export function runWasmKernel(
  backend: WasmKernelBackend,
  name: string,
  inputs: Record<string, TensorInfo> | TensorInfo[],
  attrs: Record<string, AttrValue> = {},
): TensorInfo {
  const config = tf.getKernel(name, 'wasm');
  if (!config) throw new Error(`wasm training kernels: the WASM backend has no '${name}' kernel to build on`);
  // Concat takes its inputs as an array; the kernel function receives them as the engine passes them.
  const out = config.kernelFunc({ inputs: inputs as tf.NamedTensorInfoMap, backend, attrs });
  if (Array.isArray(out)) throw new Error(`wasm training kernels: '${name}' returned ${out.length} outputs`);
  return out;
}

/** Releases intermediates (a reshape shares its input's data: releasing drops one reference). */
export function release(backend: WasmKernelBackend, ...infos: TensorInfo[]): void {
  for (const info of infos) backend.disposeData(info.dataId);
}
