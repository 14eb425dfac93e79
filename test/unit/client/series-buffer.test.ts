import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  appendPoints,
  lastStep,
  mergePoints,
  purgeFrom,
  seriesFromFetch,
  toNumber,
} from '../../../client/scalars/series-buffer.ts';

test('seriesFromFetch() keeps step order, converts TensorBoard non-finite strings and counts the server total', () => {
  const s = seriesFromFetch(
    [
      [0, 10, 1],
      [5, 11, 'NaN'],
      [9, 12, '-Infinity'],
    ],
    1000,
    true,
  );
  assert.deepEqual(s.steps, [0, 5, 9]);
  assert.ok(Number.isNaN(s.values[1]));
  assert.equal(s.values[2], -Infinity);
  assert.equal(s.rawCount, 1000);
  assert.equal(s.downsampled, true);
});

test('appendPoints() accepts only steps after the last one held and grows the raw count by them', () => {
  const s = seriesFromFetch(
    [
      [0, 10, 1],
      [1, 11, 2],
    ],
    2,
    false,
  );
  assert.equal(
    appendPoints(s, [
      [1, 11, 2],
      [2, 12, 3],
      [3, 13, 'Infinity'],
    ]),
    2,
  );
  assert.deepEqual(s.steps, [0, 1, 2, 3]);
  assert.equal(s.rawCount, 4);
  assert.equal(appendPoints(s, [[0, 9, 5]]), 0, 'an old step (duplicate push) is dropped');
  assert.equal(lastStep(s), 3);
});

test('purgeFrom() drops points at and after the restart step; a downsampled buffer asks for a refetch', () => {
  const full = seriesFromFetch(
    [
      [0, 1, 1],
      [1, 2, 1],
      [2, 3, 1],
    ],
    3,
    false,
  );
  assert.equal(purgeFrom(full, 1), false);
  assert.deepEqual(full.steps, [0]);
  assert.equal(full.rawCount, 1);
  const sampled = seriesFromFetch(
    [
      [0, 1, 1],
      [50, 2, 1],
      [99, 3, 1],
    ],
    100,
    true,
  );
  assert.equal(purgeFrom(sampled, 60), true);
});

test('toNumber() maps JSON numbers and TensorBoard strings', () => {
  assert.equal(toNumber(2.5), 2.5);
  assert.equal(toNumber('Infinity'), Infinity);
  assert.ok(Number.isNaN(toNumber('NaN')));
});

test('mergePoints() fills dropped steps in between points already held, keeping step order and held points', () => {
  const s = seriesFromFetch(
    [
      [0, 1, 0],
      [1, 2, 1],
      [5, 6, 5],
    ],
    3,
    false,
  );
  assert.equal(
    mergePoints(s, [
      [1, 2, 99],
      [2, 3, 2],
      [3, 4, 'NaN'],
      [4, 5, 4],
    ]),
    3,
  );
  assert.deepEqual(s.steps, [0, 1, 2, 3, 4, 5]);
  assert.equal(s.values[1], 1, 'a held point is not replaced');
  assert.ok(Number.isNaN(s.values[3]));
  assert.equal(s.rawCount, 3, 'the caller sets the total');
});
