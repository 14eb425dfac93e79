import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileFilterRegex, type FilterRegex } from '../../../client/state/filter-regex.ts';
import { compileSafeRegex, RegexSyntaxError } from '../../../server/regex/safe-regex.ts';

function compiled(src: string): FilterRegex {
  const re = compileFilterRegex(src);
  assert.ok(re !== null && !(re instanceof Error), `${src} should compile`);
  return re;
}

test('compileFilterRegex() answers a catastrophic pattern on a long input (linear time, no backtracking)', () => {
  assert.equal(compiled('(a|a)*b').test('a'.repeat(40)), false);
  assert.equal(compiled('([\\s\\S]|[\\s\\S])*Q').test('x'.repeat(5000)), false);
  assert.equal(compiled('(a|a)*b').test(`${'a'.repeat(40)}b`), true);
});

test('compileFilterRegex() accepts and refuses exactly the patterns the server accepts and refuses', () => {
  const patterns = [
    'train',
    '^run-\\d+/val',
    '(?i)LOSS',
    '(?P<lr>lr-[\\d.]+)',
    'a{1001}',
    '(a)\\1',
    '(?=x)',
    '(',
  ];
  for (const p of patterns) {
    let server: boolean;
    try {
      compileSafeRegex(p);
      server = true;
    } catch (err) {
      assert.ok(err instanceof RegexSyntaxError);
      server = false;
    }
    assert.equal(!(compileFilterRegex(p) instanceof Error), server, p);
  }
  assert.ok(compileFilterRegex('a'.repeat(4097)) instanceof Error);
});

test('compileFilterRegex() matches case-insensitively anywhere, like the native filter it replaces', () => {
  const re = compiled('Val');
  assert.equal(re.test('run-1/validation'), true);
  assert.equal(re.test('run-1/train'), false);
  assert.equal(compiled('^val').test('run-1/validation'), false);
});

test('compileFilterRegex() exec returns the whole match and its groups (undefined for an unmatched group)', () => {
  assert.deepEqual(compiled('^(lr-[\\d.]+)-(x)?').exec('lr-0.1-seed/train'), [
    'lr-0.1-',
    'lr-0.1',
    undefined,
  ]);
  assert.equal(compiled('^(lr-[\\d.]+)').exec('other'), null);
});

test('compileFilterRegex() returns null for an empty pattern and an Error with the reason for a bad one', () => {
  assert.equal(compileFilterRegex(''), null);
  const bad = compileFilterRegex('(');
  assert.ok(bad instanceof Error);
  assert.match(bad.message, /^invalid regular expression: /);
});

test('compileFilterRegex() answers a literal pattern exactly as RE2 does, ASCII or not', async () => {
  const { RE2JS } = await import('re2js');
  const names = ['run-1999/train', 'RUN-1999/Val', 'Ruſ-1', 'kelvin \u212a', 'café/run', 'x', ''];
  for (const p of ['run-1999', 'RUN', 's', 'k', 'caf', 'run ', '/']) {
    const oracle = RE2JS.compile(p, RE2JS.CASE_INSENSITIVE);
    const re = compiled(p);
    for (const n of names) assert.equal(re.test(n), oracle.test(n), `${p} on ${n}`);
  }
});

test('compileFilterRegex() execs a literal pattern as RE2 does, and accepts the longest literal', async () => {
  const { RE2JS } = await import('re2js');
  for (const [p, text] of [
    ['lr-0', 'LR-0.1/train'],
    ['k', 'kelvin \u212a'],
    ['run', 'other'],
  ] as const) {
    const m = RE2JS.compile(p, RE2JS.CASE_INSENSITIVE).matcher(text);
    assert.deepEqual(compiled(p).exec(text), m.find() ? [m.group(0)] : null, `${p} on ${text}`);
  }
  const longest = 'ab-'.repeat(1365) + 'a'; // 4,096 characters: the server accepts it
  assert.equal(compiled(longest).test(`x${longest}y`), true);
  assert.equal(compiled(longest).test(longest.slice(1)), false);
});
