// The column file's decoded-block slabs are reused: reading far more blocks than its LRU holds (twice over, and
// again after a compaction's swap empties the LRU) allocates only the slabs the LRU holds at once, and every
// block read is the one written (a reused slab never shows another block's points).
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BLOCK_POINTS, encodeBlock } from '../../../server/store/column-cache/block-codec.ts';
import { openColumnFile } from '../../../server/store/column-cache/column-file.ts';

test('reading 4,000 blocks through an LRU of 64 slabs allocates 64 slabs, before and after a swap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-colfile-slabs-'));
  try {
    const file = openColumnFile(join(dir, 'columns.bin'), { lruBytes: 2 ** 20 });
    const steps = Float64Array.from({ length: BLOCK_POINTS }, (_, i) => i);
    const walls = steps.map((s) => 1.7e9 + s);
    const blocks: [number, number][] = [];
    for (let b = 0; b < 2000; b++) {
      const values = steps.map((s) => Math.sin(s + b)); // float64 values: a full-size block
      const buf = encodeBlock(steps, walls, values, BLOCK_POINTS);
      blocks.push([file.append(buf), buf.length]);
    }
    const readAll = (): void => {
      for (const [b, [at, bytes]] of blocks.entries()) {
        const cols = file.block(at, bytes);
        assert.ok(Object.is(cols.values[7], Math.sin(7 + b)), `block ${b}`);
      }
    };
    readAll();
    readAll();
    assert.equal(file.reads(), 4000);
    const held = file.lruBytes() / (2 ** 20 / 64);
    assert.ok(file.slabs() <= 64, `${file.slabs()} slabs allocated for ${file.reads()} reads`);
    copyFileSync(join(dir, 'columns.bin'), join(dir, 'copy.bin'));
    file.swap(join(dir, 'copy.bin'));
    assert.equal(file.lruBytes(), 0, 'the swap empties the LRU');
    readAll();
    assert.ok(
      file.slabs() <= 64,
      `${file.slabs()} slabs after the swap (the LRU held about ${held.toFixed(0)})`,
    );
    file.close(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
