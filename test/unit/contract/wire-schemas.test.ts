// The contract's schemas on the inputs hostile and careless clients send: each bad input is refused with the
// field it is about, each good one comes out typed (numbers as numbers, repeated parameters as lists).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ApiExportQuery,
  ApiSeriesBatchBody,
  ApiSeriesQuery,
  HparamsSessionGroupsBody,
  SampledQuery,
  SeriesSubscribeRequestSchema,
  SeriesUnsubscribeRequestSchema,
  TimeSeriesForm,
  parseWire,
  type WireSchema,
} from '../../../contract/index.ts';

function refused(schema: WireSchema, input: unknown, field: string): string {
  const r = parseWire(schema, input);
  assert.equal(r.ok, false, `accepted ${JSON.stringify(input)}`);
  if (r.ok) throw new Error('unreachable');
  assert.equal(r.field, field, r.message);
  assert.ok(r.message.length > 0);
  return r.message;
}

describe('socket payloads', () => {
  test('unsubscribe payloads that killed the hub (tags:5, {}, true, null) are refused naming the field', () => {
    assert.match(refused(SeriesUnsubscribeRequestSchema, { run: 'train', tags: 5 }, 'tags'), /tags/);
    assert.match(refused(SeriesUnsubscribeRequestSchema, {}, 'run'), /'run' is required/);
    refused(SeriesUnsubscribeRequestSchema, true, '');
    refused(SeriesUnsubscribeRequestSchema, null, '');
    refused(SeriesUnsubscribeRequestSchema, { run: 'train', tags: [1] }, 'tags.0');
  });
  test('subscribe bounds names, tag counts and lastSteps values', () => {
    refused(SeriesSubscribeRequestSchema, { run: 'x'.repeat(5000) }, 'run');
    refused(
      SeriesSubscribeRequestSchema,
      { run: 'r', tags: Array.from({ length: 10_001 }, (_, i) => `t${i}`) },
      'tags',
    );
    refused(SeriesSubscribeRequestSchema, { run: 'r', lastSteps: { a: 'x' } }, 'lastSteps.a');
    refused(SeriesSubscribeRequestSchema, { run: 'r', lastStep: Number.NaN }, 'lastStep');
    const ok = parseWire(SeriesSubscribeRequestSchema, { run: 'r', tags: ['loss'], lastSteps: { loss: 3 } });
    assert.deepEqual(ok, { ok: true, value: { run: 'r', tags: ['loss'], lastSteps: { loss: 3 } } });
  });
});

describe('HTTP queries', () => {
  test('numbers come from decimal text only, once, within bounds', () => {
    for (const points of ['1', '-5', '2.5', 'abc', '', '1e3', '0x10', '1e308'])
      refused(ApiSeriesQuery, { run: 'r', tag: 't', points }, 'points');
    refused(ApiSeriesQuery, { run: 'r', tag: 't', points: ['10', '20'] }, 'points');
    refused(ApiSeriesQuery, { run: 'r', tag: 't', xmin: 'NaN' }, 'xmin');
    assert.match(
      refused(ApiSeriesQuery, { run: 'r', tag: 't', points: '10', width: '10' }, ''),
      /points.*width/,
    );
    assert.match(refused(ApiSeriesQuery, { run: 'r', tag: 't', xmin: '5', xmax: '1' }, ''), /xmin/);
    const r = parseWire(ApiSeriesQuery, {
      run: 'r',
      tag: 't',
      points: '10',
      xmin: '-1e300',
      x: 'wall',
      _: '1',
    });
    assert.ok(r.ok);
    if (r.ok) assert.deepEqual([r.value.points, r.value.xmin, r.value.x], [10, -1e300, 'wall']);
  });
  test('a missing parameter is named; defaults fill optional ones', () => {
    assert.match(refused(ApiSeriesQuery, { tag: 't' }, 'run'), /'run'/);
    assert.deepEqual(parseWire(SampledQuery, { run: 'r', tag: 't' }), {
      ok: true,
      value: { run: 'r', tag: 't', sample: 0 },
    });
    refused(SampledQuery, { run: 'r', tag: 't', sample: '-1' }, 'sample');
    assert.deepEqual(parseWire(ApiExportQuery, { run: 'a' }), {
      ok: true,
      value: { run: ['a'], tag: [], format: 'json' },
    });
    refused(ApiExportQuery, {}, 'run');
  });
});

describe('bodies', () => {
  test('series batches are capped at 1000 and need string run and tag', () => {
    const one = { run: 'r', tag: 't' };
    refused(ApiSeriesBatchBody, { series: Array.from({ length: 1001 }, () => one) }, 'series');
    refused(ApiSeriesBatchBody, { series: [{ run: 5, tag: 't' }] }, 'series.0.run');
    refused(ApiSeriesBatchBody, { series: [one], points: 10, width: 10 }, '');
    refused(ApiSeriesBatchBody, [], 'series');
    assert.ok(parseWire(ApiSeriesBatchBody, { series: [one], width: 800 }).ok);
  });
  test('timeseries requests: bad JSON and long lists are refused, odd entries kept for per-entry errors', () => {
    refused(TimeSeriesForm, { requests: '[' }, 'requests');
    refused(TimeSeriesForm, { requests: '{}' }, 'requests');
    refused(
      TimeSeriesForm,
      { requests: JSON.stringify(Array.from({ length: 1001 }, () => ({}))) },
      'requests',
    );
    assert.deepEqual(parseWire(TimeSeriesForm, { requests: '[{"plugin":"scalars","tag":"t"},5]' }), {
      ok: true,
      value: { requests: [{ plugin: 'scalars', tag: 't' }, {}] },
    });
  });
  test('hparams bodies accept snake_case and int64 strings, and bound filter regexes', () => {
    const r = parseWire(HparamsSessionGroupsBody, {
      start_index: '3',
      col_params: [{ hparam: 'lr', filter_regexp: 'a' }],
    });
    assert.deepEqual(r, {
      ok: true,
      value: { startIndex: 3, colParams: [{ hparam: 'lr', filterRegexp: 'a' }] },
    });
    refused(HparamsSessionGroupsBody, { colParams: [{}] }, 'colParams.0');
    refused(
      HparamsSessionGroupsBody,
      { colParams: [{ hparam: 'lr', filterRegexp: 'a'.repeat(1001) }] },
      'colParams.0.filterRegexp',
    );
    refused(HparamsSessionGroupsBody, { sliceSize: -1 }, 'sliceSize');
  });
});
