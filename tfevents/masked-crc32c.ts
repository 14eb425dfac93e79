// CRC-32C (Castagnoli) and TFRecord's masked form. Invariant: maskedCrc32c(b) equals what TensorFlow's
// record writer stores for b (vectors in ../shared/tensorboard/test-vectors.txt).
//
// Slicing-by-8 in plain TypeScript rather than the SSE4.2 addon @node-rs/crc32: event records are mostly
// 40-100 bytes, where the addon's per-call cost dominates (measured here: 60-byte input 71 ns vs 92 ns, 12-byte
// 24 ns vs 93 ns; only 4 KiB+ blobs favour the addon, ~1 GB/s vs ~9 GB/s). It also keeps tfevents/ free of
// Node APIs.

const POLY = 0x82f63b78; // reflected Castagnoli polynomial
const MASK_DELTA = 0xa282ead8;

const TABLES = buildTables();

function buildTables(): Uint32Array {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let s = 1; s < 8; s++) {
      c = (t[c & 0xff]! ^ (c >>> 8)) >>> 0;
      t[s * 256 + n] = c;
    }
  }
  return t;
}

/** CRC-32C of bytes[start, end). */
export function crc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  return crc32cUpdate(0, bytes, start, end);
}

/**
 * The CRC-32C of A followed by bytes[start, end), given crc32cSoFar = the CRC-32C of A (0 when A is empty), so
 * a long input can be checked piece by piece: crc32cUpdate(crc32c(a), b) === crc32c(a ++ b).
 */
export function crc32cUpdate(crc32cSoFar: number, bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = TABLES;
  let crc = ~crc32cSoFar >>> 0;
  let i = start;
  const end8 = start + ((end - start) & ~7);
  while (i < end8) {
    const lo = (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) ^ crc;
    crc =
      t[7 * 256 + (lo & 0xff)]! ^
      t[6 * 256 + ((lo >>> 8) & 0xff)]! ^
      t[5 * 256 + ((lo >>> 16) & 0xff)]! ^
      t[4 * 256 + (lo >>> 24)]! ^
      t[3 * 256 + bytes[i + 4]!]! ^
      t[2 * 256 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
    i += 8;
  }
  while (i < end) crc = t[(crc ^ bytes[i++]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** TFRecord's mask: rotate right by 15 bits, then add 0xa282ead8 (mod 2^32). */
export function maskCrc(crc: number): number {
  return (((crc >>> 15) | (crc << 17)) + MASK_DELTA) >>> 0;
}

/** masked CRC-32C of bytes[start, end), as stored in a TFRecord header and footer. */
export function maskedCrc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  return maskCrc(crc32c(bytes, start, end));
}
