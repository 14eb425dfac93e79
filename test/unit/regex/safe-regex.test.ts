// The linear-time regex module: TensorBoard's two ways of applying a filter (re.search, re.match), patterns
// that backtracking engines take exponential time on, and the RE2 refusals documented in safe-regex.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_PATTERN_LENGTH, RegexSyntaxError, compileSafeRegex } from '../../../server/regex/safe-regex.ts';

test("compileSafeRegex() in 'search' mode matches anywhere, as Python's re.search", () => {
  const re = compileSafeRegex('loss$');
  assert.equal(re.test('epoch_loss'), true);
  assert.equal(re.test('loss/epoch'), false);
});

test("compileSafeRegex() in 'match' mode is anchored at the start only, as Python's re.match", () => {
  const re = compileSafeRegex('epoch', 'match');
  assert.equal(re.test('epoch_loss'), true);
  assert.equal(re.test('val_epoch_loss'), false);
  assert.equal(compileSafeRegex('a|b', 'match').test('xb'), false, 'the anchor covers every alternative');
});

test('patterns exponential for backtracking engines give the right answer on long inputs', () => {
  const nested = compileSafeRegex('(a|a)*b', 'match');
  assert.equal(nested.test('a'.repeat(10_000)), false);
  assert.equal(nested.test(`${'a'.repeat(10_000)}b`), true);
  const any = compileSafeRegex('([\\s\\S]|[\\s\\S])*Q');
  assert.equal(any.test('x'.repeat(100_000)), false);
  assert.equal(any.test(`${'x'.repeat(100_000)}Q`), true);
});

test('backreferences, lookarounds, \\Z and repeats over 1000 are refused with RegexSyntaxError', () => {
  for (const p of ['(a)\\1', '(?=a)a', '(?<!a)b', 'a\\Z', 'a{1001}', '(x{1000}){1000}'])
    assert.throws(() => compileSafeRegex(p), RegexSyntaxError, p);
});

test('an unbalanced pattern is refused rather than escaping the start anchor', () => {
  assert.throws(() => compileSafeRegex('a)|(b', 'match'), RegexSyntaxError);
});

test('a pattern longer than MAX_PATTERN_LENGTH is refused', () => {
  assert.throws(() => compileSafeRegex('a'.repeat(MAX_PATTERN_LENGTH + 1)), RegexSyntaxError);
});

test('Python spellings RE2 shares are accepted: (?P<name>...), (?i), classes', () => {
  assert.equal(compileSafeRegex('(?i)(?P<kind>train|validation)/LOSS').test('train/loss'), true);
  assert.equal(compileSafeRegex('^[a-z_]+\\d{2}$').test('layer_07'), true);
});
