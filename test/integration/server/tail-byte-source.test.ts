// The shared read window of the tailers: records that straddle the window, records larger than it, two files
// read in turn through one window, growth seen only on refresh(), and views of plain Uint8Array (so a decoder's
// slice() copies).
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRecord } from '../../../tfevents/record-reader.ts';
import { createReadWindow, openTailByteSource } from '../../../server/ingest/tail-byte-source.ts';
import { concat, scalarRecord } from './event-bytes.ts';
import { tempLogdir } from './test-server.ts';

function readAll(source: ReturnType<typeof openTailByteSource>, from = 0): { steps: number; next: number } {
  let offset = from;
  let steps = 0;
  for (;;) {
    const r = readRecord(source, offset);
    if (r.kind !== 'record') return { steps, next: offset };
    assert.ok(!Buffer.isBuffer(r.payload));
    steps++;
    offset = r.next;
  }
}

test('two files read in turn through one small window yield every record', () => {
  const dir = tempLogdir();
  try {
    const a = join(dir.dir, 'a');
    const b = join(dir.dir, 'b');
    writeFileSync(a, concat(Array.from({ length: 50 }, (_, s) => scalarRecord('loss', s, s))));
    writeFileSync(
      b,
      concat(Array.from({ length: 30 }, (_, s) => scalarRecord(`tag-${'x'.repeat(200)}`, s, s))),
    );
    const w = createReadWindow(64); // smaller than some records
    const sa = openTailByteSource(a, w);
    const sb = openTailByteSource(b, w);
    let oa = 0;
    let ob = 0;
    let na = 0;
    let nb = 0;
    for (let i = 0; i < 60; i++) {
      const ra = readRecord(sa, oa);
      if (ra.kind === 'record') [oa, na] = [ra.next, na + 1];
      const rb = readRecord(sb, ob);
      if (rb.kind === 'record') [ob, nb] = [rb.next, nb + 1];
    }
    assert.deepEqual([na, nb], [50, 30]);
    sa.close();
    sb.close();
  } finally {
    dir.remove();
  }
});

test('growth is seen on refresh(), and reading resumes at the offset', () => {
  const dir = tempLogdir();
  try {
    const f = join(dir.dir, 'f');
    writeFileSync(f, concat([scalarRecord('loss', 0, 0)]));
    const s = openTailByteSource(f, createReadWindow(1 << 20));
    const first = readAll(s);
    assert.equal(first.steps, 1);
    appendFileSync(f, concat([scalarRecord('loss', 1, 1), scalarRecord('loss', 2, 2)]));
    assert.equal(readAll(s, first.next).steps, 0, 'not before refresh()');
    s.refresh();
    assert.equal(readAll(s, first.next).steps, 2);
    s.close();
  } finally {
    dir.remove();
  }
});
