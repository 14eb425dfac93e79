// The fast writer of POST /api/series answers (server/api/series-json.ts) must send exactly the bytes of the
// generic JSON writer (tb-json.ts + json-stream.ts), whose conventions are TensorBoard's: checked here on answers
// with every number the generic writer spells specially, and on random ones (fast-check).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ApiSeriesBatchResponse, ScalarPoint } from '../../../contract/index.ts';
import { seriesBatchJson } from '../../../server/api/series-json.ts';
import { JsonInt64 } from '../../../server/http/json-int64.ts';
import { jsonNumber, tbJsonBytes } from '../../../server/http/tb-json.ts';

const point = (step: number | JsonInt64, wall: number, value: number): ScalarPoint =>
  [step as unknown as number, wall, jsonNumber(value)] as ScalarPoint;

test('an answer with NaN, infinities, -0, doubles past 2^53, int64 steps and errors: the generic bytes', async () => {
  const answer: ApiSeriesBatchResponse = {
    series: [
      {
        run: 'a/"quoted" ü',
        tag: 'loss',
        xAxis: 'step',
        total: 7,
        inRange: 7,
        downsampled: false,
        points: [
          point(0, 1795000000.01, 0.1234567890123456),
          point(1, 1795000000.02, NaN),
          point(2, 1795000000.03, Infinity),
          point(3, -0, -Infinity),
          point(4, 2 ** 53, -0),
          point(new JsonInt64(9007199254740993n), 3e20, 1e-7),
          point(2 ** 60, 1, 1e21),
        ],
      },
      { run: 'b', tag: 'gone', error: { code: 'not_found', message: "no scalar series 'gone'" } },
      { run: 'c', tag: 'empty', xAxis: 'wall', total: 0, inRange: 0, downsampled: false, points: [] },
    ],
  };
  assert.equal((await seriesBatchJson(answer)).toString(), (await tbJsonBytes(answer)).toString());
});

test('random answers: the generic bytes', async () => {
  const num = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(-0, 2 ** 53, 2 ** 53 + 2, -(2 ** 60), 1e21, 5e-324),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          run: fc.string(),
          tag: fc.string(),
          points: fc.array(fc.tuple(num, num, num), { maxLength: 20 }),
        }),
        { maxLength: 5 },
      ),
      async (items) => {
        const answer: ApiSeriesBatchResponse = {
          series: items.map((it) => ({
            run: it.run,
            tag: it.tag,
            xAxis: 'step',
            total: it.points.length,
            inRange: it.points.length,
            downsampled: false,
            points: it.points.map(([s, w, v]) => point(s, w, v)),
          })),
        };
        assert.equal((await seriesBatchJson(answer)).toString(), (await tbJsonBytes(answer)).toString());
      },
    ),
    { numRuns: 200 },
  );
});

test('answers larger than one byte chunk (json-chunks.ts): the generic bytes across chunk boundaries', async () => {
  const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 2 ** 53, 1e21, NaN, -Infinity));
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(fc.tuple(fc.integer(), num, num), { minLength: 2000, maxLength: 6000 }), {
        minLength: 1,
        maxLength: 4,
      }),
      async (lists) => {
        const answer: ApiSeriesBatchResponse = {
          series: lists.map((pts, k) => ({
            run: `run ü ${k}`,
            tag: 'loss',
            xAxis: 'step',
            total: pts.length,
            inRange: pts.length,
            downsampled: false,
            points: pts.map(([s, w, v]) => point(s, w, v)),
          })),
        };
        const bytes = await seriesBatchJson(answer);
        assert.ok(lists.length < 3 || bytes.length > 64 * 1024, `${bytes.length} bytes span chunks`);
        assert.equal(bytes.toString(), (await tbJsonBytes(answer)).toString());
      },
    ),
    { numRuns: 12 },
  );
});
