import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32c, crc32cUpdate, maskedCrc32c } from '../../../tfevents/masked-crc32c.ts';
import { readTestVectors } from '../../support/shared-fixtures.ts';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

test('crc32c() matches the published check value and RFC 3720 vector', () => {
  assert.equal(crc32c(ascii('123456789')), 0xe3069283);
  assert.equal(crc32c(new Uint8Array(32)), 0x8a9136aa);
  assert.equal(crc32c(new Uint8Array(0)), 0);
});

test('maskedCrc32c() matches the TFRecord vectors from test-vectors.txt', () => {
  const v = readTestVectors();
  assert.equal(maskedCrc32c(ascii('123456789')), v.masked['123456789']);
  assert.equal(maskedCrc32c(new Uint8Array(0)), v.masked['']);
  assert.equal(maskedCrc32c(ascii('\x1a\x11CRC test, one two')), 0x5794d08a);
  assert.equal(maskedCrc32c(new Uint8Array(32)), 0x0fd7fffa);
});

test('crc32c() of a sub-range equals the CRC of the copied bytes, for every alignment', () => {
  const data = Uint8Array.from({ length: 100 }, (_, i) => (i * 37 + 11) & 0xff);
  for (let start = 0; start < 9; start++) {
    for (let end = start; end <= 40; end += 3) {
      assert.equal(crc32c(data, start, end), crc32c(data.slice(start, end)));
    }
  }
});

test('crc32cUpdate() continues a CRC over a second piece: pieces hash as the whole', () => {
  const whole = ascii('123456789 and a tail that is longer than eight bytes');
  for (const cut of [0, 1, 7, 8, 9, 20, whole.length]) {
    const a = whole.subarray(0, cut);
    const b = whole.subarray(cut);
    assert.equal(crc32cUpdate(crc32c(a), b), crc32c(whole), `cut at ${cut}`);
  }
});
