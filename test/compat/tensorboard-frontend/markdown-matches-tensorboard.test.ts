// Our Markdown and text rendering gives, byte for byte, what TensorBoard's own plugin_util and text_plugin
// give (run in the venv's Python on the same inputs): HTML outside the allowlist escaped, markdown=false
// sanitised without Markdown, entities spelt as bleach spells them, tables laid out as Python-Markdown does.
// The few inputs where Python-Markdown and marked parse differently are listed in docs/, not here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { markdownToSafeHtml, safeHtml } from '../../../server/plugins/shared/markdown-renderer.ts';
import { textToHtml } from '../../../server/plugins/text/text-plugin.ts';
import { python } from './frontend-servers.ts';

const skip = !existsSync(python) && process.env.CI !== 'true' ? 'needs .venv/bin/python' : false;

type Nested = string | Nested[];
type Case =
  { kind: 'markdown' | 'safe'; text: string } | { kind: 'array'; text: Nested[]; markdown: boolean };

function tensorboardRenders(cases: Case[]): string[] {
  const r = spawnSync(python, [join(import.meta.dirname, 'render-with-tensorboard.py')], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`render-with-tensorboard.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

function shapeOf(x: Nested): number[] {
  return Array.isArray(x) ? [x.length, ...(x[0] === undefined ? [] : shapeOf(x[0]))] : [];
}

const flat = (x: Nested): string[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);

function ours(c: Case): string {
  if (c.kind === 'array') return textToHtml(shapeOf(c.text), flat(c.text), c.markdown);
  return c.kind === 'markdown' ? markdownToSafeHtml(c.text) : safeHtml(c.text);
}

const TEXTS = [
  'plain',
  'step **3** <b>bold</b> and *em*',
  '<i>i</i> <del>d</del> <s>s</s>',
  'a "quote" & \'apos\' < 3 > 2',
  '&amp; &lt; &#60; &#34; &copy;',
  '~~strike~~ http://example.com',
  '<script>alert(1)</script>',
  '<p>para</p>',
  '| a | b |\n|---|---|\n| 1 | x |',
  '| a |\n|---|\n| <b>x</b> |',
  '# Title\n\ntext',
  'Title\n=====',
  '```\ncode <x>\n```',
  '`a & b` and `<i>`',
  '[link](javascript:alert(1))',
  '[ok](http://a.b/?q=1&r=2 "t")',
  '![alt](http://i.png "t")',
  '- a\n- b',
  '> quote\n> more',
  'a  \nb',
  'a<br>b',
  '<a href="http://x" onclick="e">l</a>',
  '<div>blocked</div>',
  'x_y_z and __strong__ and a\\*b',
  'é ünïcode 🙂',
  '5 * 3 * 2 and x > y',
];

test('Markdown renders byte for byte as plugin_util.markdown_to_safe_html', { skip }, () => {
  const cases: Case[] = TEXTS.map((text) => ({ kind: 'markdown', text }));
  const expected = tensorboardRenders(cases);
  assert.deepEqual(cases.map(ours), expected);
});

test('markdown=false text is sanitised byte for byte as plugin_util.safe_html', { skip }, () => {
  const cases: Case[] = TEXTS.map((text) => ({ kind: 'safe', text }));
  assert.deepEqual(cases.map(ours), tensorboardRenders(cases));
});

test('text tensors of rank 1 to 3 become the tables of text_plugin.text_array_to_html', { skip }, () => {
  const cases: Case[] = [
    { kind: 'array', text: ['line 0', 'line <b>1</b>'], markdown: false },
    { kind: 'array', text: ['line 0', '**line 1**'], markdown: true },
    {
      kind: 'array',
      text: [
        ['a', 'b & c'],
        ['<i>d</i>', 'e'],
      ],
      markdown: true,
    },
    {
      kind: 'array',
      text: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      markdown: false,
    },
    { kind: 'array', text: [[['a', 'b']], [['c', 'd']]], markdown: true },
  ];
  const got = cases.map(ours);
  assert.ok(got[0]?.includes('<td>line 0</td>'), 'markdown=false cells carry no <p>');
  assert.deepEqual(got, tensorboardRenders(cases));
});
