// DepthwiseConv2dNativeBackpropFilter and DepthwiseConv2dNativeBackpropInput (the gradients of depthwise and
// separable convolutions) for the WASM backend, which tfjs-backend-wasm 4.22 does not register. A depthwise
// convolution does C*M times fewer multiplications than a full one of the same shape, so these read their
// inputs back and run one tight loop in JavaScript, then write the result into a WASM output; NHWC only (the
// only layout the depthwise gradient uses), dilation 1 (TF.js's gradient rejects others before dispatching).
import * as tf from '@tensorflow/tfjs';
import type { TensorInfo } from './wasm-kernel-call.ts';

/** What these kernels use of the WASM backend object. */
interface WasmHeapBackend {
  readSync(dataId: object): tf.backend_util.BackendValues;
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): tf.backend_util.TypedArray;
}

type KernelArgs = Parameters<tf.KernelFunc>[0];

interface Loop {
  info: tf.backend_util.Conv2DInfo;
  multiplier: number;
}

function geometry(inShape: number[], filterShape: number[], attrs: tf.NamedAttrMap): Loop {
  const info = tf.backend_util.computeConv2DInfo(
    inShape as [number, number, number, number],
    filterShape as [number, number, number, number],
    attrs['strides'] as number | [number, number],
    1,
    attrs['pad'] as tf.DepthwiseConv2dNativeBackpropInputAttrs['pad'],
    attrs['dimRoundingMode'] as 'floor' | 'round' | 'ceil' | undefined,
    true,
  );
  return { info, multiplier: filterShape[3]! };
}

/**
 * Visits every (input pixel, filter tap, output pixel) triple of the forward pass with flat offsets:
 * x[xi + c], w[wi + c*M + m], dy[yi + c*M + m].
 */
function forEachTap(loop: Loop, visit: (xi: number, wi: number, yi: number) => void): void {
  const { info, multiplier: m } = loop;
  const {
    batchSize,
    inHeight,
    inWidth,
    inChannels: c,
    outHeight,
    outWidth,
    filterHeight,
    filterWidth,
  } = info;
  const oc = c * m;
  for (let b = 0; b < batchSize; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      for (let ow = 0; ow < outWidth; ow++) {
        const yi = ((b * outHeight + oh) * outWidth + ow) * oc;
        for (let kh = 0; kh < filterHeight; kh++) {
          const ih = oh * info.strideHeight - info.padInfo.top + kh;
          if (ih < 0 || ih >= inHeight) continue;
          for (let kw = 0; kw < filterWidth; kw++) {
            const iw = ow * info.strideWidth - info.padInfo.left + kw;
            if (iw < 0 || iw >= inWidth) continue;
            visit(((b * inHeight + ih) * inWidth + iw) * c, (kh * filterWidth + kw) * oc, yi);
          }
        }
      }
    }
  }
}

function output(backend: WasmHeapBackend, shape: number[], values: Float32Array): TensorInfo {
  const out = backend.makeOutput(shape, 'float32');
  backend.typedArrayFromHeap(out).set(values);
  return out;
}

export function depthwiseConv2dBackpropFilterWasm(args: KernelArgs): TensorInfo {
  const backend = args.backend as WasmHeapBackend;
  const { x, dy } = args.inputs;
  if (!x || !dy) throw new Error('DepthwiseConv2dNativeBackpropFilter (wasm): inputs x and dy are required');
  const filterShape = (args.attrs ?? {})['filterShape'] as number[];
  const loop = geometry(x.shape, filterShape, args.attrs ?? {});
  const xs = backend.readSync(x.dataId) as Float32Array;
  const dys = backend.readSync(dy.dataId) as Float32Array;
  const dw = new Float32Array(filterShape.reduce((a, b) => a * b, 1));
  const c = loop.info.inChannels;
  const m = loop.multiplier;
  forEachTap(loop, (xi, wi, yi) => {
    for (let ch = 0; ch < c; ch++) {
      const xv = xs[xi + ch]!;
      for (let k = 0; k < m; k++) dw[wi + ch * m + k]! += xv * dys[yi + ch * m + k]!;
    }
  });
  return output(backend, filterShape, dw);
}

export function depthwiseConv2dBackpropInputWasm(args: KernelArgs): TensorInfo {
  const backend = args.backend as WasmHeapBackend;
  const { dy, filter } = args.inputs;
  if (!dy || !filter)
    throw new Error('DepthwiseConv2dNativeBackpropInput (wasm): inputs dy and filter are required');
  const inputShape = (args.attrs ?? {})['inputShape'] as number[];
  const loop = geometry(inputShape, filter.shape, args.attrs ?? {});
  const ws = backend.readSync(filter.dataId) as Float32Array;
  const dys = backend.readSync(dy.dataId) as Float32Array;
  const dx = new Float32Array(inputShape.reduce((a, b) => a * b, 1));
  const c = loop.info.inChannels;
  const m = loop.multiplier;
  forEachTap(loop, (xi, wi, yi) => {
    for (let ch = 0; ch < c; ch++) {
      let sum = 0;
      for (let k = 0; k < m; k++) sum += ws[wi + ch * m + k]! * dys[yi + ch * m + k]!;
      dx[xi + ch]! += sum;
    }
  });
  return output(backend, inputShape, dx);
}
