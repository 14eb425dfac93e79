// /api/export streams full-resolution points in chunks (issue 12: streamed responses for large exports): the
// JSON and CSV of a 50,000-point run over several chunks hold every point, in order, equal to what /api/series
// serves, with NaN as TensorBoard's string (CSV: floats as Python's repr, as TensorBoard's CSV), the body is sent chunked, and an unknown run is a 404 before any byte.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ApiExportResponse, ApiSeriesResponse } from '../../../contract/index.ts';
import { pythonFloatRepr } from '../../../server/http/python-float.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, waitFor, type HardenedServer } from './hardened-server.ts';

const N = 50_000;
let logdir: { dir: string; remove(): void };
let server: HardenedServer;
before(async () => {
  logdir = tempDir('export');
  const w = createSummaryWriter(join(logdir.dir, 'big'), { flushMs: 0 });
  for (let i = 0; i < N; i++) {
    w.scalar('loss', i === 7 ? NaN : 1 / (i + 1), i);
    if (i % 10 === 0) w.scalar('=acc', i / N, i);
  }
  w.close();
  server = await startHardenedServer({ logdir: logdir.dir });
  assert.ok(
    await waitFor(async () => {
      const r = await fetch(`${server.url}/api/series?run=big&tag=loss&points=2`);
      return r.ok && ((await r.json()) as { total: number }).total === N;
    }, 30_000),
  );
});
after(async () => {
  await server.close();
  logdir.remove();
});

async function series(tag: string): Promise<ApiSeriesResponse> {
  const r = await fetch(`${server.url}/api/series?run=big&tag=${encodeURIComponent(tag)}`);
  return (await r.json()) as ApiSeriesResponse;
}

describe('/api/export streams', () => {
  test('the JSON export holds every point of every tag, as /api/series serves them, sent chunked', async () => {
    const res = await fetch(`${server.url}/api/export?run=big&run=big`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('transfer-encoding'), 'chunked');
    const body = (await res.json()) as ApiExportResponse;
    assert.deepEqual(Object.keys(body.runs), ['big']);
    assert.deepEqual(Object.keys(body.runs.big!).sort(), ['=acc', 'loss']);
    assert.deepEqual(body.runs.big!.loss, (await series('loss')).points);
    assert.deepEqual(body.runs.big!['=acc'], (await series('=acc')).points);
    assert.equal(body.runs.big!.loss[7]![2], 'NaN');
  });

  test('the CSV export has one line per point, formula prefixes defused', async () => {
    const res = await fetch(`${server.url}/api/export?run=big&format=csv`);
    assert.equal(res.status, 200);
    const lines = (await res.text()).trimEnd().split('\n');
    assert.equal(lines[0], 'run,tag,step,wall_time,value');
    assert.equal(lines.length, 1 + N + N / 10);
    const loss = (await series('loss')).points;
    const lossLines = lines.filter((l) => l.startsWith('big,loss,'));
    assert.equal(lossLines.length, N);
    const [step, wall, value] = loss[N - 1]!;
    assert.equal(
      lossLines[N - 1],
      `big,loss,${step},${pythonFloatRepr(wall)},${pythonFloatRepr(Number(value))}`,
    );
    assert.equal(lossLines[7], `big,loss,${loss[7]![0]},${pythonFloatRepr(loss[7]![1])},nan`);
    assert.ok(lines.some((l) => l.startsWith("big,'=acc,")));
  });

  test('an export naming an unknown run is a 404 with nothing streamed', async () => {
    const res = await fetch(`${server.url}/api/export?run=big&run=nope`);
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_found');
  });
});
