// Markdown from log files cannot take the server down (issue 12): a tag description of 2,000 `>` and a 1 MB
// text summary of a list nested 1,000 deep are served (200) with their text shown escaped, the routes that
// list tags keep answering for every run, and the data around them is still served. Files written with our
// own writer here are the attacker's files; the shared limits come from contract/markdown-allowlist.ts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  MARKDOWN_MAX_DEPTH,
  markdownNestingDepth,
  markdownWithinBounds,
} from '../../../contract/markdown-allowlist.ts';
import { markdownToSafeHtml } from '../../../server/plugins/shared/markdown-renderer.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startTestServer, tempLogdir, type TestServer } from '../server/test-server.ts';

const QUOTES = '>'.repeat(2000);
const NESTED = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
const BIG_NESTED = NESTED.repeat(Math.ceil(1_000_000 / NESTED.length)).slice(0, 1_000_000);

let logdir: { dir: string; remove(): void };
let server: TestServer;
before(async () => {
  logdir = tempLogdir('trainboard-markdown-');
  const w = createSummaryWriter(join(logdir.dir, 'hostile'), { flushMs: 0 });
  w.scalar('loss', 0.5, 1, { description: QUOTES });
  w.scalar('loss', 0.25, 2);
  w.text('notes', BIG_NESTED, 1);
  w.close();
  const ok = createSummaryWriter(join(logdir.dir, 'plain'), { flushMs: 0 });
  ok.scalar('acc', 0.9, 1, { description: 'the *accuracy*' });
  ok.close();
  server = await startTestServer({ logdir: logdir.dir });
});
after(async () => {
  await server.close();
  logdir.remove();
});

describe('hostile Markdown in log files', () => {
  test('the nesting estimate sees 2,000 quote markers and a list 1,000 deep', () => {
    assert.equal(markdownNestingDepth(QUOTES), 2000);
    assert.ok(markdownNestingDepth(NESTED) > MARKDOWN_MAX_DEPTH);
    assert.equal(markdownWithinBounds('> one\n>> two\n- a\n  - b'), true);
    assert.equal(markdownWithinBounds('-'.repeat(80)), true, 'a rule of dashes is not nesting');
  });

  test('a description of 2,000 > renders as the escaped text instead of throwing', () => {
    assert.equal(markdownToSafeHtml(QUOTES), `<pre>${'&gt;'.repeat(2000)}</pre>`);
  });

  for (const path of ['/api/tags', '/data/plugin/scalars/tags', '/data/plugin/timeseries/tags']) {
    test(`${path} answers 200 for every run when one description is 2,000 >`, async () => {
      const res = await server.get(path);
      const body = await res.text();
      assert.equal(res.status, 200, body.slice(0, 300));
      assert.ok(body.includes('hostile') && body.includes('plain'), 'both runs are listed');
    });
  }

  test('the scalars tags route shows the hostile description escaped and the plain one rendered', async () => {
    const tags =
      await server.json<Record<string, Record<string, { description: string }>>>('/data/plugin/scalars/tags');
    assert.equal(tags.hostile?.loss?.description, `<pre>${'&gt;'.repeat(2000)}</pre>`);
    assert.equal(tags.plain?.acc?.description, '<p>the <em>accuracy</em></p>');
  });

  test('a 1 MB text summary nested 1,000 deep is served escaped, in both text modes', async () => {
    for (const mode of ['true', 'false&escape=all']) {
      const rows = await server.json<{ text: string }[]>(
        `/data/plugin/text/text?run=hostile&tag=notes&markdown=${mode}`,
      );
      assert.equal(rows.length, 1);
      assert.ok(rows[0]!.text.length >= 1_000_000, `markdown=${mode}: the whole text is there`);
      assert.ok(!rows[0]!.text.includes('<li>'), `markdown=${mode}: no list was built`);
    }
  });

  test('after the hostile renders the scalars around them are served', async () => {
    const points = await server.json<unknown[]>('/data/plugin/scalars/scalars?run=hostile&tag=loss');
    assert.equal(points.length, 2);
  });
});
