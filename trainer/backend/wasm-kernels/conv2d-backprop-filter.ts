// Conv2DBackpropFilter (the gradient of conv2d with respect to its filter) for the WASM backend, which
// tfjs-backend-wasm 4.22 does not register; built only from the WASM backend's own kernels, so the arithmetic
// runs in WebAssembly on XNNPACK and nothing is read back into JavaScript.
//
// dW[kh, kw, ci, co] = sum over (b, oh, ow) of xp[b, oh*s + kh, ow*s + kw, ci] * dy[b, oh, ow, co], xp being x
// zero-padded as the forward pass padded it. That is itself a forward convolution: input xp transposed to
// [ci, h, w, b] (the batch as channels), filter dy transposed to [oh, ow, b, co], dilation s, stride 1; its
// output [ci, kh, kw, co] transposed is dW. Measured on the mnist-node convnet's layers (batch 64) against an
// im2col of strided slices times one matrix product and a tight JavaScript loop over read-back data:
// 189 / 524 / 3,911 ms (26x26x32 to 32), 31 / 66 / 1,191 ms (11x11x32 to 64), 57 / 99 / 171 ms (28x28x1 to 32).
// Dilations above 1 never reach this kernel: TF.js's conv2d gradient rejects them before dispatching it.
import * as tf from '@tensorflow/tfjs';
import { release, runWasmKernel, type TensorInfo, type WasmKernelBackend } from './wasm-kernel-call.ts';

/** The kernel function registered as Conv2DBackpropFilter on 'wasm'. */
export function conv2dBackpropFilterWasm(args: Parameters<tf.KernelFunc>[0]): TensorInfo {
  const backend = args.backend as WasmKernelBackend;
  const attrs = args.attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  const x0 = args.inputs['x'];
  const dy0 = args.inputs['dy'];
  if (!x0 || !dy0) throw new Error('Conv2DBackpropFilter (wasm): inputs x and dy are required');
  const made: TensorInfo[] = [];
  const keep = (t: TensorInfo): TensorInfo => (made.push(t), t);
  try {
    const channelsFirst = attrs.dataFormat === 'NCHW';
    // xT is [ci, h, w, b]; dyT is [oh, ow, b, co].
    const xT = keep(
      runWasmKernel(backend, 'Transpose', { x: x0 }, { perm: channelsFirst ? [1, 2, 3, 0] : [3, 1, 2, 0] }),
    );
    const dyT = keep(
      runWasmKernel(backend, 'Transpose', { x: dy0 }, { perm: channelsFirst ? [2, 3, 0, 1] : [1, 2, 0, 3] }),
    );
    const [inC, inH, inW, batch] = xT.shape as [number, number, number, number];
    const info = tf.backend_util.computeConv2DInfo(
      [batch, inH, inW, inC],
      attrs.filterShape,
      attrs.strides,
      1,
      attrs.pad,
      attrs.dimRoundingMode,
    );
    const { filterHeight: kH, filterWidth: kW, strideHeight: sH, strideWidth: sW } = info;
    const { outHeight: oH, outWidth: oW } = info;
    const { top, left } = info.padInfo;
    // Pad the bottom and right just enough that every window the forward pass read is inside; when the
    // forward pass never read the last rows, the product below has more than kH rows and is cropped.
    const bottom = Math.max(0, (oH - 1) * sH + kH - inH - top);
    const right = Math.max(0, (oW - 1) * sW + kW - inW - left);
    const product = keep(
      runWasmKernel(
        backend,
        'Conv2D',
        { x: xT, filter: dyT },
        {
          strides: [1, 1],
          dilations: [sH, sW],
          pad: [
            [0, 0],
            [top, bottom],
            [left, right],
            [0, 0],
          ],
          dataFormat: 'NHWC',
        },
      ),
    );
    const [, pH, pW] = product.shape as [number, number, number, number];
    const cropped =
      pH === kH && pW === kW
        ? product
        : keep(
            runWasmKernel(
              backend,
              'Slice',
              { x: product },
              { begin: [0, 0, 0, 0], size: [inC, kH, kW, product.shape[3]!] },
            ),
          );
    return runWasmKernel(backend, 'Transpose', { x: cropped }, { perm: [1, 2, 0, 3] });
  } finally {
    release(backend, ...made);
  }
}
