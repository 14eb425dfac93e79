// Structure checks of our PNGs (chunk layout, CRCs, pixels after inflate); the compat test also decodes one with
// Pillow and has TensorBoard serve it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crc32, inflateSync } from 'node:zlib';
import { encodePng } from '../../../tfevents/node/png-encoder.ts';

interface Chunk {
  type: string;
  data: Buffer;
}

function chunks(png: Uint8Array): Chunk[] {
  const b = Buffer.from(png);
  assert.equal(b.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
  const out: Chunk[] = [];
  for (let at = 8; at < b.length;) {
    const len = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + len);
    assert.equal(b.readUInt32BE(at + 8 + len), crc32(b.subarray(at + 4, at + 8 + len)), `${type} CRC`);
    out.push({ type, data });
    at += 12 + len;
  }
  return out;
}

describe('encodePng()', () => {
  for (const [channels, colorType] of [
    [1, 0],
    [3, 2],
    [4, 6],
  ] as const) {
    test(`${channels}-channel pixels become an 8-bit PNG of colour type ${colorType} with valid chunk CRCs`, () => {
      const [w, h] = [5, 3];
      const pixels = Uint8Array.from({ length: w * h * channels }, (_, i) => (i * 17) & 0xff);
      const cs = chunks(encodePng(w, h, channels, pixels));
      assert.deepEqual(
        cs.map((c) => c.type),
        ['IHDR', 'IDAT', 'IEND'],
      );
      const ihdr = cs[0]!.data;
      assert.deepEqual(
        [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]],
        [w, h, 8, colorType, 0, 0, 0],
      );
      const raw = inflateSync(cs[1]!.data);
      const stride = w * channels;
      assert.equal(raw.length, (stride + 1) * h);
      for (let y = 0; y < h; y++) {
        assert.equal(raw[y * (stride + 1)], 0, 'filter type None');
        assert.deepEqual(
          [...raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))],
          [...pixels.subarray(y * stride, (y + 1) * stride)],
        );
      }
    });
  }

  test('rejects a pixel buffer of the wrong size, naming both sizes', () => {
    assert.throws(() => encodePng(2, 2, 3, new Uint8Array(11)), /needs 12 bytes of pixels, got 11/);
  });

  test('rejects zero or fractional sizes and unsupported channel counts', () => {
    assert.throws(() => encodePng(0, 2, 1, new Uint8Array(0)), /positive integers/);
    assert.throws(() => encodePng(1.5, 2, 1, new Uint8Array(3)), /positive integers/);
    assert.throws(() => encodePng(1, 1, 2 as 1, new Uint8Array(2)), /channels must be 1, 3 or 4/);
  });
});
