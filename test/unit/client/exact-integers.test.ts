// The client's JSON parsing keeps the exact digits of int64 steps beyond 2^53 for its labels, from the text
// the server sends (JSON.parse rounds 9007199254740993 to 9007199254740992), and ignores digits inside strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exactIntegerText, parseJsonKeepingIntegers } from '../../../client/api/exact-integers.ts';

test('parseJsonKeepingIntegers() maps each rounded step to its exact digits, JSON.parse’s value unchanged', () => {
  const text =
    '{"points":[[9007199254740993,1.5,0.0],[-9007199254740995,2.0,-0.0],[12,3,4]],"tag":"x 9007199254740999"}';
  assert.deepEqual(parseJsonKeepingIntegers(text), JSON.parse(text));
  assert.equal(exactIntegerText(Number('9007199254740993')), '9007199254740993');
  assert.equal(exactIntegerText(Number('-9007199254740995')), '-9007199254740995');
  assert.equal(exactIntegerText(12), undefined, 'a safe integer needs no entry');
  assert.equal(
    exactIntegerText(Number('9007199254740999')),
    undefined,
    'digits inside a string are not a number',
  );
  parseJsonKeepingIntegers('[1.5e300, 12345678901234567.5]');
  assert.equal(exactIntegerText(Number('12345678901234567.5')), undefined, 'a float token is not an integer');
});

test('the digits of a fraction are not an integer, and a long integer after a fraction is still kept', () => {
  // a double printed with 17 significant digits: its fraction has 16+ digits
  const text = '[[1,1795000000.0100002,0.12345678901234567],[9007199254740997,2,0.5]]';
  assert.deepEqual(parseJsonKeepingIntegers(text), JSON.parse(text));
  assert.equal(exactIntegerText(Number('12345678901234567')), undefined, 'fraction digits make no entry');
  assert.equal(exactIntegerText(Number('9007199254740997')), '9007199254740997');
});
