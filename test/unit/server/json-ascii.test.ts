// The /data routes' JSON escapes non-ASCII characters exactly as Python's json.dumps does by default
// (ensure_ascii), checked against the venv's real Python on strings with every kind of character: accents, CJK,
// astral (emoji: surrogate pairs), DEL, U+2028, controls, a lone surrogate, quotes and backslashes. The sliced
// writer escapes the same way across slice boundaries, and keeps UTF-8 for the 'utf8' (our /api) answers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { asciiJson, asciiJsonString } from '../../../server/http/json-ascii.ts';
import { jsonTextSliced } from '../../../server/http/json-stream.ts';
import { python } from '../../compat/tensorboard-oracle.ts';

const SAMPLES = [
  'plain ascii/loss',
  'café',
  '日本',
  'run 😀',
  '🎵🚀 x',
  'del\u007f',
  'line\u2028sep\u2029',
  'ctl\u0000\u0001\u001f\n\t\r\b\f',
  'quote " and \\ backslash',
  'lone \ud800 surrogate',
  '~ \u0080 \u00ff \u0100 \uffff',
];

test(
  'asciiJsonString spells every string as Python’s json.dumps does',
  { skip: !existsSync(python) && 'no venv python' },
  () => {
    // the strings travel to Python as ASCII-only JSON (JSON.stringify escapes lone surrogates), so no encoding
    // of the pipe decides the answer
    const input = asciiJson(JSON.stringify(SAMPLES));
    const r = spawnSync(
      python,
      ['-c', 'import json,sys\nfor s in json.loads(sys.stdin.read()): print(json.dumps(s))'],
      { input, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const want = r.stdout.trimEnd().split('\n');
    assert.deepEqual(
      SAMPLES.map((s) => asciiJsonString(s)),
      want,
    );
  },
);

test('ASCII-only JSON comes back as the same string', () => {
  const text = JSON.stringify({ runs: ['a', 'b/c'], n: [1, 2.5] });
  assert.equal(asciiJson(text), text);
});

test('the sliced writer escapes across slice boundaries in ascii, and keeps UTF-8 in utf8', async () => {
  // > 256 K characters: several slices, with astral characters (two UTF-16 units) at every offset
  const names = Array.from({ length: 40_000 }, (_, i) => `${'é'.repeat(i % 3)}日本 😀 ${i}`);
  const body = { names };
  const utf8 = await jsonTextSliced(body, (_k, v) => v);
  assert.equal(utf8, JSON.stringify(body));
  const ascii = await jsonTextSliced(body, (_k, v) => v, 'ascii');
  assert.equal(ascii, asciiJson(JSON.stringify(body)));
  assert.ok(/^[\x20-\x7e]*$/.test(ascii), 'printable ASCII only');
  assert.deepEqual(JSON.parse(ascii), body);
});
