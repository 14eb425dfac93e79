// Large JSON bodies are streamed in slices (server/http/json-stream.ts): the text is exactly JSON.stringify's,
// a large body goes out chunked (a small one keeps its Content-Length), and /api/health answers meanwhile.
// How long the loop is held is measured by test/bench/event-loop.bench.ts, not asserted here.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { jsonPieces } from '../../../server/http/json-stream.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, waitFor, type HardenedServer } from './hardened-server.ts';

const cleanse = (_k: string, v: unknown): unknown =>
  typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;

const BIG = 1_000_000;
let logdir: { dir: string; remove(): void };
let server: HardenedServer;
before(async () => {
  logdir = tempDir('json-stream');
  const w = createSummaryWriter(join(logdir.dir, 'big'), { flushMs: 0 });
  for (let i = 0; i < BIG; i++) w.scalar('loss', 1 / (i + 1), i);
  w.close();
  server = await startHardenedServer({ logdir: logdir.dir });
  const loaded = await waitFor(async () => {
    const r = await fetch(`${server.url}/api/series?run=big&tag=loss&points=2`);
    return r.ok && ((await r.json()) as { total: number }).total === BIG;
  }, 60_000);
  assert.ok(loaded, 'the 1M-point run is loaded');
});
after(async () => {
  await server.close();
  logdir.remove();
});

describe('streamed JSON bodies', () => {
  test('jsonPieces gives the text of JSON.stringify for lists, objects, holes, toJSON and non-finite numbers', () => {
    const cases: unknown[] = [
      1,
      'x',
      null,
      [],
      {},
      [undefined, () => 1, NaN, -Infinity],
      { a: undefined, b: 1, c: [1, { d: new Date(0) }], f: () => 2 },
      { big: Array.from({ length: 50 }, (_, i) => ({ i, v: [i, i * 2, { x: i }] })) },
      Array.from({ length: 40 }, (_, i) => i),
      { x: { toJSON: () => [1, 2] } },
      { e: {}, f: [[]], 'k"ey': '\u2028' },
    ];
    for (const c of cases) assert.equal([...jsonPieces(c, cleanse)].join(''), JSON.stringify(c, cleanse));
  });

  test('a 1M-point response is streamed in chunks, whole, while a concurrent /api/health is answered', async () => {
    const big = fetch(`${server.url}/api/series?run=big&tag=loss`);
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200);
    const res = await big;
    assert.equal(res.headers.get('content-length'), null, 'no Content-Length: the body is streamed');
    assert.equal(res.headers.get('transfer-encoding'), 'chunked');
    const body = (await res.json()) as { points: unknown[] };
    assert.equal(body.points.length, BIG, 'every point is served');
  });

  test('a small response still goes out in one piece with its Content-Length', async () => {
    const res = await fetch(`${server.url}/api/series?run=big&tag=loss&points=10`);
    const text = await res.text();
    assert.equal(res.headers.get('content-length'), String(Buffer.byteLength(text)));
  });
});
