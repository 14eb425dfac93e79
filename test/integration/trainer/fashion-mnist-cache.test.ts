// The Fashion-MNIST loader on real files: rows that are not 784 pixels are skipped with a warning naming the
// file, a damaged cache is refused with its path (and left for the user to delete), and the real cache splits
// 55,000 / 5,000 / 10,000.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadFashionMnist, readClassFiles } from '../../../trainer/data/fashion-mnist-dataset.ts';

const tmp = mkdtempSync(join(tmpdir(), 'fmnist-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('readClassFiles() skips rows that are not 784 pixels with a warning naming the file', () => {
  const dir = join(tmp, 'src');
  mkdirSync(dir);
  const row = (v: number) => new Array<number>(784).fill(v);
  for (let c = 0; c < 10; c++) {
    const data = c === 0 ? [[], row(1), [], row(2)] : [row(c)];
    writeFileSync(join(dir, `${c}.json`), JSON.stringify({ data }));
  }
  const warnings: string[] = [];
  const { labels, pixels } = readClassFiles(dir, (l) => warnings.push(l));
  assert.equal(labels.length, 11);
  assert.equal(pixels.length, 11 * 784);
  assert.deepEqual([...labels.slice(0, 3)], [0, 0, 1]);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /0\.json: skipped 2 row/);
});

test('readClassFiles() names the file that does not parse', () => {
  const dir = join(tmp, 'bad');
  mkdirSync(dir);
  writeFileSync(join(dir, '0.json'), '{"data": [');
  assert.throws(
    () => readClassFiles(dir, () => undefined),
    (e: Error) => e.message.includes(join(dir, '0.json')),
  );
});

test('a damaged cache is refused with its path and left in place', () => {
  const cacheDir = join(tmp, 'cache');
  mkdirSync(cacheDir);
  const file = join(cacheDir, 'fashion-mnist-v1.bin');
  writeFileSync(file, 'not a cache');
  assert.throws(
    () => loadFashionMnist({ cacheDir }),
    (e: Error) => e.message.includes(file) && /delete it/.test(e.message),
  );
  assert.equal(readFileSync(file, 'utf8'), 'not a cache');
});

test('the real data set splits 55,000 train / 5,000 validation / 10,000 test with every class in test', () => {
  const d = loadFashionMnist({ warn: () => undefined });
  assert.deepEqual([d.train.rows, d.validation.rows, d.test.rows], [55_000, 5_000, 10_000]);
  const counts = new Array<number>(10).fill(0);
  for (const l of d.test.labels) counts[l]!++;
  assert.ok(
    counts.every((n) => n > 800),
    counts.join(','),
  );
  assert.ok(d.train.pixels.some((p) => p === 255));
});
