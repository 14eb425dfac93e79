// Conv2DBackpropFilter (the gradient of conv2d with respect to its filter) for the WASM backend, which
// tfjs-backend-wasm 4.22 does not register; built only from the WASM backend's own kernels, so the arithmetic
// runs in WebAssembly (XNNPACK's matrix multiply) and nothing is read back into JavaScript.
//
// dW[kh, kw, ci, co] = sum over (b, oh, ow) of x[b, oh*s + kh - top, ow*s + kw - left, ci] * dy[b, oh, ow, co].
// With x transposed to [ci, b, h, w] and zero-padded, each (kh, kw) is one strided slice whose rows are the
// column block (kh, kw, ·) of im2col(x) transposed; concatenated they give colsT [kh*kw*ci, n] and
// dW = colsT · dy[n, co], one matrix product with no transposed operand (the form the WASM backend hands to
// XNNPACK; a transposed A falls back to a naive loop, measured about 4x slower here). The batch is processed in
// chunks so colsT stays under CHUNK_FLOATS whatever the batch size. Dilations above 1 never reach this kernel:
// TF.js's conv2d gradient rejects them before dispatching it.
import * as tf from '@tensorflow/tfjs';
import { release, runWasmKernel, type TensorInfo, type WasmKernelBackend } from './wasm-kernel-call.ts';

/** Largest im2col block (floats) built at once: 16 Mi floats, 64 MiB of WASM heap. */
const CHUNK_FLOATS = 16 * 1024 * 1024;

interface Geometry {
  batch: number;
  inH: number;
  inW: number;
  inC: number;
  outH: number;
  outW: number;
  outC: number;
  kH: number;
  kW: number;
  strideH: number;
  strideW: number;
  top: number;
  left: number;
}

function geometry(x: TensorInfo, attrs: tf.Conv2DBackpropFilterAttrs): Geometry {
  const [batch, inH, inW, inC] = x.shape as [number, number, number, number];
  const info = tf.backend_util.computeConv2DInfo(
    [batch, inH, inW, inC],
    attrs.filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  return {
    batch,
    inH,
    inW,
    inC,
    outH: info.outHeight,
    outW: info.outWidth,
    outC: info.outChannels,
    kH: info.filterHeight,
    kW: info.filterWidth,
    strideH: info.strideHeight,
    strideW: info.strideWidth,
    top: info.padInfo.top,
    left: info.padInfo.left,
  };
}

/** colsT · dy for batch rows [b0, b0 + nb): xT is [ci, batch, h, w]; returns [kh*kw*ci, co]. */
function chunkProduct(
  backend: WasmKernelBackend,
  g: Geometry,
  xT: TensorInfo,
  dy: TensorInfo,
  b0: number,
  nb: number,
): TensorInfo {
  // Zero-pad this chunk of xT so that every window the forward pass saw lies inside it.
  const needH = (g.outH - 1) * g.strideH + g.kH;
  const needW = (g.outW - 1) * g.strideW + g.kW;
  const padBottom = Math.max(0, needH - g.inH - g.top);
  const padRight = Math.max(0, needW - g.inW - g.left);
  const xChunk = runWasmKernel(
    backend,
    'Slice',
    { x: xT },
    { begin: [0, b0, 0, 0], size: [g.inC, nb, g.inH, g.inW] },
  );
  const padded =
    g.top + g.left + padBottom + padRight === 0
      ? xChunk
      : runWasmKernel(
          backend,
          'PadV2',
          { x: xChunk },
          {
            paddings: [
              [0, 0],
              [0, 0],
              [g.top, padBottom],
              [g.left, padRight],
            ],
            constantValue: 0,
          },
        );
  if (padded !== xChunk) release(backend, xChunk);
  const n = nb * g.outH * g.outW;
  const blocks: TensorInfo[] = [];
  for (let kh = 0; kh < g.kH; kh++) {
    for (let kw = 0; kw < g.kW; kw++) {
      const window = runWasmKernel(
        backend,
        'StridedSlice',
        { x: padded },
        {
          begin: [0, 0, kh, kw],
          end: [g.inC, nb, kh + (g.outH - 1) * g.strideH + 1, kw + (g.outW - 1) * g.strideW + 1],
          strides: [1, 1, g.strideH, g.strideW],
          beginMask: 0,
          endMask: 0,
          ellipsisMask: 0,
          newAxisMask: 0,
          shrinkAxisMask: 0,
        },
      );
      blocks.push(runWasmKernel(backend, 'Reshape', { x: window }, { shape: [g.inC, n] }));
      release(backend, window);
    }
  }
  release(backend, padded);
  const colsT = blocks.length === 1 ? blocks[0]! : runWasmKernel(backend, 'Concat', blocks, { axis: 0 });
  if (blocks.length > 1) release(backend, ...blocks);
  const dyChunk = runWasmKernel(
    backend,
    'Slice',
    { x: dy },
    { begin: [b0, 0, 0, 0], size: [nb, g.outH, g.outW, g.outC] },
  );
  const a = runWasmKernel(backend, 'Reshape', { x: colsT }, { shape: [1, g.kH * g.kW * g.inC, n] });
  const b = runWasmKernel(backend, 'Reshape', { x: dyChunk }, { shape: [1, n, g.outC] });
  const product = runWasmKernel(backend, 'BatchMatMul', { a, b }, { transposeA: false, transposeB: false });
  release(backend, colsT, dyChunk, a, b);
  return product;
}

/** The kernel function registered as Conv2DBackpropFilter on 'wasm'. */
export function conv2dBackpropFilterWasm(args: {
  inputs: tf.NamedTensorInfoMap;
  backend: object;
  attrs?: tf.NamedAttrMap;
}): TensorInfo {
  const backend = args.backend as WasmKernelBackend;
  const attrs = args.attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  let x = args.inputs['x'];
  let dy = args.inputs['dy'];
  if (!x || !dy) throw new Error('Conv2DBackpropFilter (wasm): inputs x and dy are required');
  const channelsFirst = attrs.dataFormat === 'NCHW';
  if (channelsFirst) {
    x = runWasmKernel(backend, 'Transpose', { x }, { perm: [0, 2, 3, 1] });
    dy = runWasmKernel(backend, 'Transpose', { x: dy }, { perm: [0, 2, 3, 1] });
  }
  const g = geometry(x, attrs);
  const xT = runWasmKernel(backend, 'Transpose', { x }, { perm: [3, 0, 1, 2] });
  const rowsPerImage = g.kH * g.kW * g.inC * g.outH * g.outW;
  const chunk = Math.max(1, Math.min(g.batch, Math.floor(CHUNK_FLOATS / Math.max(1, rowsPerImage))));
  let sum: TensorInfo | null = null;
  for (let b0 = 0; b0 < g.batch; b0 += chunk) {
    const part = chunkProduct(backend, g, xT, dy, b0, Math.min(chunk, g.batch - b0));
    if (sum === null) {
      sum = part;
    } else {
      const next = runWasmKernel(backend, 'Add', { a: sum, b: part });
      release(backend, sum, part);
      sum = next;
    }
  }
  release(backend, xT);
  if (channelsFirst) release(backend, x, dy);
  if (sum === null) throw new Error('Conv2DBackpropFilter (wasm): empty batch');
  const out = runWasmKernel(backend, 'Reshape', { x: sum }, { shape: [g.kH, g.kW, g.inC, g.outC] });
  release(backend, sum);
  return out;
}
