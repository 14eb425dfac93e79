// No HTML from log files reaches a response unsanitised where HTML is served: with hostile run names, tags,
// text summaries, hparams names/values and Keras layer names in the logdir, every data response is JSON (or
// plain text) with nosniff, never text/html; the text plugin's HTML is sanitised (no script, no handlers);
// error messages that echo a hostile parameter are JSON too; the only HTML pages are the static client's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOSTILE_RUN, HOSTILE_TAG, writeHostileLogdir } from './hostile-logdir.ts';
import { startHardenedServer, tempDir, type HardenedServer } from './hardened-server.ts';

const logdir = tempDir('html');
let s: HardenedServer;
const RUN = `sweep/${HOSTILE_RUN}`;
const q = encodeURIComponent;

before(async () => {
  writeHostileLogdir(logdir.dir);
  s = await startHardenedServer({ logdir: logdir.dir });
});
after(async () => {
  await s.close();
  logdir.remove();
});

const DATA_ROUTES = [
  '/data/runs',
  '/data/plugins_listing',
  '/data/plugin/scalars/tags',
  `/data/plugin/scalars/scalars?run=${q(RUN)}&tag=${q(HOSTILE_TAG)}`,
  '/data/plugin/text/tags',
  `/data/plugin/text/text?run=${q(RUN)}&tag=notes`,
  '/data/plugin/graphs/info',
  `/data/plugin/graphs/graph?run=${q(RUN)}&conceptual=true&tag=keras`,
  '/data/plugin/hparams/experiment',
  '/api/runs',
  `/api/tags?run=${q(RUN)}`,
  '/api/sessions',
  `/api/series?run=${q(RUN)}&tag=${q(HOSTILE_TAG)}`,
  `/api/series?run=${q(RUN)}&tag=${q('<b>no such tag</b>')}`,
  `/api/series?run=${q('<script>alert(1)</script>')}&tag=x`,
  `/data/plugin/scalars/scalars?run=${q('<script>alert(1)</script>')}&tag=x`,
  `/no/such/${q('<script>alert(1)</script>')}`,
];

test('every response carrying log strings is JSON or plain text with nosniff, never HTML', async () => {
  let sawHostile = 0;
  for (const path of DATA_ROUTES) {
    const res = await fetch(s.url + path);
    const type = res.headers.get('content-type') ?? '';
    const body = await res.text();
    assert.doesNotMatch(type, /html/, `${path}: ${type}`);
    assert.match(type, /^(application\/json|text\/plain|text\/x-protobuf)/, `${path}: ${type}`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    if (body.includes('onerror') || body.includes('<script')) sawHostile++;
  }
  assert.ok(sawHostile > 3, 'the hostile strings are served (as data), so the routes were exercised');
});

test('the text plugin HTML is sanitised: no script element, no event handler, the words kept', async () => {
  const res = await fetch(`${s.url}/data/plugin/text/text?run=${q(RUN)}&tag=notes`);
  const rows = (await res.json()) as { text: string }[];
  assert.equal(rows.length, 1);
  const html = rows[0]!.text;
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img[^>]*onerror/i);
  assert.doesNotMatch(html, /\son\w+=/i);
  assert.match(html, /<strong>bold<\/strong>/);
});

test('the hostile names are kept verbatim as data (nothing lost, nothing rewritten)', async () => {
  const runs = (await (await fetch(`${s.url}/data/runs`)).json()) as string[];
  assert.ok(runs.includes(RUN), JSON.stringify(runs));
  const tags = (await (await fetch(`${s.url}/api/tags?run=${q(RUN)}`)).text()).includes('window.__pwned=2');
  assert.ok(tags);
});

test('the only HTML pages are the client shell (no log strings in them)', async () => {
  for (const path of ['/', '/index.html']) {
    const res = await fetch(s.url + path);
    const body = await res.text();
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.doesNotMatch(body, /__pwned/);
  }
});
