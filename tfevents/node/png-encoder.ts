// Encodes 8-bit grayscale, RGB or RGBA pixels as a PNG (node:zlib deflate and CRC-32), for image summaries.
// Invariants: the output is a valid, non-interlaced PNG whose IHDR states `width` x `height`; pixels are
// row-major, `channels` bytes per pixel, exactly width*height*channels bytes (anything else throws).
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** PNG colour types for 1, 3 and 4 channels: grayscale, truecolour, truecolour with alpha. */
const COLOR_TYPE = { 1: 0, 3: 2, 4: 6 } as const;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(
  width: number,
  height: number,
  channels: 1 | 3 | 4,
  pixels: Uint8Array,
): Uint8Array {
  if (!Number.isSafeInteger(width) || !Number.isSafeInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`encodePng: width and height must be positive integers, got ${width}x${height}`);
  }
  if (width > 0x7fffffff || height > 0x7fffffff)
    throw new RangeError(`encodePng: ${width}x${height} is too large`);
  const colorType = COLOR_TYPE[channels];
  if (colorType === undefined)
    throw new RangeError(`encodePng: channels must be 1, 3 or 4, got ${String(channels)}`);
  const stride = width * channels;
  if (pixels.length !== stride * height) {
    throw new RangeError(
      `encodePng: ${width}x${height}x${channels} needs ${stride * height} bytes of pixels, got ${pixels.length}`,
    );
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = colorType;
  // compression 0 (deflate), filter method 0, interlace 0: already zero
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // filter type 0 (None) per row: simple, and deflate still removes most redundancy of small summary images
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
