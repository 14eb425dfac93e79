// Our linear-time filters against the oracle TensorBoard uses, Python's `re`: for every pattern both engines
// accept, compileSafeRegex(p, 'search' | 'match') answers as re.search / re.match do on each tag (tags as
// TensorBoard users write them, plus the ASCII/Unicode and "$ before a final newline" cases safe-regex.ts
// documents as different, which are checked to differ exactly there).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compileSafeRegex, type RegexMode } from '../../server/regex/safe-regex.ts';
import { repoRoot } from '../support/shared-fixtures.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const havePython = existsSync(python);
const skip = havePython || process.env.CI === 'true' ? false : `no Python at ${python}`;

const PATTERNS = [
  'loss',
  '^loss$',
  'epoch_(loss|accuracy)',
  '(train|validation)/.*',
  '[A-Z]+',
  '(?i)LOSS',
  'a+b*',
  '(a|a)*b',
  '([\\s\\S]|[\\s\\S])*Q',
  '\\.',
  'x{2,3}',
  '(?P<g>ab)+',
  '^$',
  '.*',
  'layer_\\d+/kernel',
  '\\w+/\\w+',
];
const TAGS = [
  'loss',
  'epoch_loss',
  'epoch_accuracy',
  'train/loss',
  'validation/epoch_loss',
  'LOSS',
  'aaab',
  'aaaaaaaaaaaaaaaaaaaaab',
  'aQ',
  'a.b',
  'xxxx',
  'ababab',
  '',
  'layer_12/kernel',
  'dense/bias',
  'héllo',
];
/** Where RE2 and Python's str patterns are documented to differ (Unicode \w and \d; $ before a final "\n"). */
const DIFFERENT: [string, string][] = [
  ['\\w+$', 'ü'],
  ['^\\d$', '٣'],
  ['loss$', 'loss\n'],
];

function pythonAnswers(cases: [string, string, RegexMode][]): boolean[] {
  const code = [
    'import json, re, sys',
    'cases = json.load(sys.stdin)',
    'print(json.dumps([(re.search if m == "search" else re.match)(p, t) is not None for p, t, m in cases]))',
  ].join('\n');
  const r = spawnSync(python, ['-c', code], { input: JSON.stringify(cases), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as boolean[];
}

test(
  'compileSafeRegex() answers as Python re.search and re.match on every pattern both accept',
  { skip },
  () => {
    const cases: [string, string, RegexMode][] = [];
    for (const p of PATTERNS)
      for (const t of TAGS) for (const m of ['search', 'match'] as const) cases.push([p, t, m]);
    const want = pythonAnswers(cases);
    const got = cases.map(([p, t, m]) => compileSafeRegex(p, m).test(t));
    const wrong = cases
      .filter((_, i) => got[i] !== want[i])
      .map(([p, t, m]) => `${m} ${p} on ${JSON.stringify(t)}`);
    assert.deepEqual(wrong, []);
  },
);

test('the documented differences from Python re are exactly where safe-regex.ts says', { skip }, () => {
  const want = pythonAnswers(DIFFERENT.map(([p, t]) => [p, t, 'search']));
  const got = DIFFERENT.map(([p, t]) => compileSafeRegex(p).test(t));
  assert.deepEqual(want, [true, true, true], 'Python matches these');
  assert.deepEqual(got, [false, false, false], 'RE2 does not');
});
