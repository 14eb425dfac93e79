// Builds an image summary value as tf.summary.image writes it: a DT_STRING tensor of shape [2+k] holding
// [width, height, image_1 .. image_k], width first, both as ASCII decimal strings; plugin `images`.
// Invariants: all images of one value share width and height (TensorFlow's come from one [k,h,w,c] tensor), and
// a PNG's own IHDR size must agree with the declared size.
import type { tensorboard } from '../../proto/index.ts';
import { checkTag, pluginMetadata, type DescribeOptions } from './summary-metadata.ts';
import { stringTensor } from './tensor-encoder.ts';

export const IMAGES_PLUGIN = 'images';

export interface EncodedImage {
  width: number;
  height: number;
  /** Encoded image bytes (PNG from encodePng(); JPEG and GIF also display in TensorBoard). */
  png: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function imageValue(
  tag: string,
  images: readonly EncodedImage[],
  opts: DescribeOptions = {},
): tensorboard.Summary.IValue {
  checkTag('imageValue', tag);
  const first = images[0];
  if (!first) throw new RangeError(`imageValue(${JSON.stringify(tag)}): at least one image is needed`);
  const { width, height } = first;
  images.forEach((img, i) => {
    const where = `imageValue(${JSON.stringify(tag)}): image ${i}`;
    if (
      !Number.isSafeInteger(img.width) ||
      !Number.isSafeInteger(img.height) ||
      img.width <= 0 ||
      img.height <= 0
    ) {
      throw new RangeError(
        `${where}: width and height must be positive integers, got ${img.width}x${img.height}`,
      );
    }
    if (img.width !== width || img.height !== height) {
      throw new RangeError(
        `${where} is ${img.width}x${img.height}, image 0 is ${width}x${height}: sizes must match`,
      );
    }
    if (!(img.png instanceof Uint8Array) || img.png.length === 0)
      throw new RangeError(`${where}: no image bytes`);
    const declared = pngSize(img.png);
    if (declared && (declared.width !== width || declared.height !== height)) {
      throw new RangeError(
        `${where}: the PNG is ${declared.width}x${declared.height}, declared ${width}x${height}`,
      );
    }
  });
  const cells = [String(width), String(height), ...images.map((img) => img.png)];
  return {
    tag,
    tensor: stringTensor(cells, [cells.length]),
    metadata: pluginMetadata(IMAGES_PLUGIN, undefined, opts),
  };
}
