// The decode workers' chunk decoder on real files: whole records only, scalar fields decoded into columns
// exactly as the event says, and a file that is no longer the caller's refused.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeChunk, PAYLOAD, SCALAR } from '../../../server/ingest/chunk-decoder.ts';
import { concat, fileVersionRecord, scalarRecord } from './event-bytes.ts';

function withFile(bytes: Uint8Array, fn: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-chunk-'));
  try {
    const path = join(dir, 'events.out.tfevents.1.host.1.0.v2');
    writeFileSync(path, bytes);
    fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('decodeChunk frames whole records only and leaves a record cut by the range end for the caller', () => {
  const records = [
    fileVersionRecord(),
    ...Array.from({ length: 10 }, (_, s) => scalarRecord('loss', s, s / 4)),
  ];
  const starts = records.map((_, i) => records.slice(0, i).reduce((a, r) => a + r.length, 0));
  withFile(concat(records), (path) => {
    const { dev, ino } = statSync(path);
    const maxBytes = starts[7]! + 5; // 5 bytes into record 7 (step 6)
    const r = decodeChunk({ path, dev, ino, rel: 'r/f', start: 0, maxBytes });
    assert.ok(r.ok);
    const c = r.chunk;
    assert.equal(c.count, 7);
    assert.equal(c.end, starts[7]);
    assert.deepEqual([...c.offsets.subarray(0, 7)], starts.slice(0, 7));
    assert.equal(c.kinds[0], PAYLOAD); // the file version is no scalar
    for (let i = 1; i < 7; i++) {
      assert.equal(c.kinds[i], SCALAR);
      assert.equal(c.tags[c.tagIndex[i]!], 'loss');
      const p = c.tagStart[c.tagIndex[i]!]! + i - 1; // the tag's (i-1)-th point
      assert.equal(c.steps[p], i - 1);
      assert.equal(c.values[p], (i - 1) / 4);
      assert.equal(c.wallTimes[p], 1_700_000_000 + i - 1);
    }
    // reading on from `end` gets the rest, its payloads located in the chunk's own bytes
    const rest = decodeChunk({ path, dev, ino, rel: 'r/f', start: c.end, maxBytes: 1 << 20 });
    assert.ok(rest.ok);
    assert.equal(rest.chunk.count, 4);
    assert.equal(rest.chunk.end, statSync(path).size);
    const at = rest.chunk.payloadAt[0]!;
    const payload = rest.chunk.bytes.subarray(at, at + rest.chunk.payloadLength[0]!);
    assert.deepEqual(payload, records[7]!.subarray(12, records[7]!.length - 4));
  });
});

test('decodeChunk refuses a file that is not the one the caller has open (another inode)', () => {
  withFile(concat([fileVersionRecord(), scalarRecord('loss', 0, 1)]), (path) => {
    const { dev, ino } = statSync(path);
    const r = decodeChunk({ path, dev, ino: ino + 1, rel: 'r/f', start: 0, maxBytes: 1 << 20 });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.message, /^r\/f: replaced/);
  });
});
