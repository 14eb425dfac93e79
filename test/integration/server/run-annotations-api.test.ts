// The run-management API on a real server (security layer with a token, real SQLite file): PATCH stores a
// patch and pushes it to every connected socket; GET lists it; run names with `/` work raw and as %2F; bad
// bodies, unknown runs, non-JSON bodies, foreign origins and missing tokens are refused and store nothing;
// listing a logdir without a run store creates no file; event files are never touched; a run store locked past
// the wait answers 503.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ApiRunAnnotationResponse,
  ApiRunAnnotationsResponse,
  ClientToServerEvents,
  RunAnnotation,
  ServerToClientEvents,
} from '../../../contract/index.ts';
import { openSqliteRunAnnotationStore } from '../../../runstore/run-annotations.ts';
import { parseLogdirSpec } from '../../../server/ingest/logdir-spec.ts';
import { createSecurityLayer } from '../../../server/security/security-layer.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const TOKEN = 'run-annotations-test-token';
const logdir = tempLogdir();
let server: TestServer;
let eventFile = '';
let eventBytes: Buffer;
const sockets: Client[] = [];

before(async () => {
  const w = createSummaryWriter(join(logdir.dir, 'sess-a', 'train'), { flushMs: 0 });
  for (let step = 0; step < 5; step++) w.scalar('epoch_loss', 1 / (step + 1), step);
  w.close();
  eventFile = w.path;
  eventBytes = readFileSync(eventFile);
  server = await startTestServer({
    logdir: logdir.dir,
    security: createSecurityLayer({ authToken: TOKEN, loopbackOnly: true }),
  });
});

after(async () => {
  for (const s of sockets) s.disconnect();
  await server.close();
  logdir.remove();
});

const auth = { authorization: `Bearer ${TOKEN}` };

function patch(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/api/runs/annotations/${path}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function list(): Promise<RunAnnotation[]> {
  const res = await fetch(`${server.url}/api/runs/annotations`, { headers: auth });
  assert.equal(res.status, 200);
  return ((await res.json()) as ApiRunAnnotationsResponse).annotations;
}

function client(): Promise<Client> {
  const s: Client = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: { token: TOKEN },
  });
  sockets.push(s);
  return new Promise((ok, fail) => {
    s.on('connect', () => ok(s));
    s.on('connect_error', fail);
  });
}

test('listing a logdir with no run store answers [] and creates no file', async () => {
  assert.deepEqual(await list(), []);
  assert.equal(existsSync(join(logdir.dir, 'trainboard.sqlite')), false);
});

test('PATCH stores the fields given, answers the stored annotation and pushes it to every socket', async () => {
  const [a, b] = await Promise.all([client(), client()]);
  const pushed = Promise.all(
    [a, b].map((s) => new Promise<RunAnnotation>((ok) => s.once('runs:annotation', ok))),
  );
  const res = await patch('sess-a/train', {
    pinned: true,
    displayName: '  Baseline  ',
    color: '#A1B2C3',
    tags: ['lr-sweep', 'baseline', 'lr-sweep'],
    notes: 'first try\nwith warmup',
  });
  assert.equal(res.status, 200);
  const { annotation } = (await res.json()) as ApiRunAnnotationResponse;
  assert.equal(annotation.run, 'sess-a/train');
  assert.equal(annotation.displayName, 'Baseline', 'trimmed');
  assert.equal(annotation.color, '#a1b2c3', 'lower-cased');
  assert.deepEqual(annotation.tags, ['lr-sweep', 'baseline'], 'each tag once, in order');
  assert.equal(annotation.hidden, false);
  assert.deepEqual(await pushed, [annotation, annotation]);
  assert.deepEqual(await list(), [annotation]);
  assert.ok(existsSync(join(logdir.dir, 'trainboard.sqlite')), 'the first write creates the run store');
  assert.deepEqual(readFileSync(eventFile), eventBytes, 'the event file is unchanged');
  assert.deepEqual(
    readdirSync(join(logdir.dir, 'sess-a', 'train')),
    [basename(eventFile)],
    'nothing beside it',
  );
});

test('a run name with / works as %2F too, and an empty display name clears it', async () => {
  const res = await patch(encodeURIComponent('sess-a/train'), { displayName: '', archived: true });
  assert.equal(res.status, 200);
  const { annotation } = (await res.json()) as ApiRunAnnotationResponse;
  assert.equal(annotation.displayName, null);
  assert.equal(annotation.archived, true);
  assert.equal(annotation.pinned, true, 'untouched fields keep their value');
});

const BAD_BODIES: [string, unknown, RegExp][] = [
  ['a colour that is not #rrggbb', { color: 'red' }, /'color': must be a colour #rrggbb/],
  ['notes over 10 KB', { notes: 'é'.repeat(5121) }, /'notes': must be at most 10240 bytes/],
  ['33 tags', { tags: Array.from({ length: 33 }, (_, i) => `t${i}`) }, /'tags': must hold at most 32 tags/],
  ['a tag of 65 characters', { tags: ['x'.repeat(65)] }, /'tags.0': must hold tags of at most 64/],
  ['an empty tag', { tags: ['ok', '  '] }, /'tags.1': must not hold an empty tag/],
  [
    'a display name of 201 characters',
    { displayName: 'n'.repeat(201) },
    /'displayName': must be at most 200/,
  ],
  ['a control character in a name', { displayName: 'a\u0007b' }, /control characters/],
  ['a flag that is not a boolean', { pinned: 'yes' }, /'pinned': must be true or false/],
  ['an unknown field', { pinned: true, owner: 'me' }, /body must be an object of displayName/],
  ['an empty patch', {}, /body must change at least one field/],
  ['a list', [true], /body must be an object/],
];

for (const [what, body, message] of BAD_BODIES)
  test(`PATCH with ${what} is a 400 naming the problem and stores nothing`, async () => {
    const before = await list();
    const res = await patch('sess-a/train', body);
    assert.equal(res.status, 400);
    const err = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(err.error.code, 'bad_param');
    assert.match(err.error.message, message);
    assert.deepEqual(await list(), before);
  });

test('PATCH of a run the logdir does not hold is a 404 and stores nothing', async () => {
  const before = await list();
  const res = await patch('no-such-run', { pinned: true });
  assert.equal(res.status, 404);
  assert.deepEqual(await list(), before);
});

test('PATCH with a body that is not JSON is refused and stores nothing', async () => {
  const before = await list();
  const form = await patch('sess-a/train', 'pinned=true', {
    'content-type': 'application/x-www-form-urlencoded',
  });
  assert.equal(form.status, 415);
  const broken = await patch('sess-a/train', '{"pinned": tru');
  assert.equal(broken.status, 400);
  assert.deepEqual(await list(), before);
});

test('PATCH from a foreign origin (CSRF) is a 403 and stores nothing', async () => {
  const before = await list();
  const res = await patch('sess-a/train', { hidden: true }, { origin: 'http://evil.example' });
  assert.equal(res.status, 403);
  assert.deepEqual(await list(), before);
});

test('PATCH without the token is a 401 and stores nothing', async () => {
  const before = await list();
  const res = await fetch(`${server.url}/api/runs/annotations/sess-a/train`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hidden: true }),
  });
  assert.equal(res.status, 401);
  assert.deepEqual(await list(), before);
});

test('other methods on the annotation routes are a 405', async () => {
  const res = await fetch(`${server.url}/api/runs/annotations/sess-a/train`, {
    method: 'DELETE',
    headers: auth,
  });
  assert.equal(res.status, 405);
});

test('PATCH while another writer holds the run store past the wait is a 503 and stores nothing', async () => {
  const dir = tempLogdir();
  const w = createSummaryWriter(join(dir.dir, 'r'), { flushMs: 0 });
  w.scalar('loss', 1, 0);
  w.close();
  const file = join(dir.dir, 'trainboard.sqlite');
  const busy = await startTestServer({
    logdir: dir.dir,
    runAnnotations: openSqliteRunAnnotationStore(file, { busyTimeoutMs: 0, maxWaitMs: 40 }),
  });
  try {
    const first = await fetch(`${busy.url}/api/runs/annotations/r`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pinned: true }),
    });
    assert.equal(first.status, 200);
    const trainer = new Database(file);
    trainer.exec('BEGIN IMMEDIATE'); // a trainer's write transaction
    const res = await fetch(`${busy.url}/api/runs/annotations/r`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hidden: true }),
    });
    trainer.exec('ROLLBACK');
    trainer.close();
    assert.equal(res.status, 503);
    const err = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(err.error.code, 'unavailable');
    assert.match(err.error.message, /locked by another writer; retry/);
    const listed = (await busy.json<ApiRunAnnotationsResponse>('/api/runs/annotations')).annotations;
    assert.equal(listed[0]?.hidden, false);
    assert.equal(listed[0]?.pinned, true);
  } finally {
    await busy.close();
    dir.remove();
  }
});

test('a server with no run store (several logdirs, no --runstore) says why: GET lists none, PATCH is a 503', async () => {
  const spec = `a:${logdir.dir}`;
  const bare = await startTestServer({ logdir: spec, logdirSpec: parseLogdirSpec(spec) });
  try {
    const res = await fetch(`${bare.url}/api/runs/annotations`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as ApiRunAnnotationsResponse;
    assert.deepEqual(body.annotations, []);
    assert.match(body.unavailable ?? '', /run management needs a run store: .* --runstore/);
    const refused = await fetch(`${bare.url}/api/runs/annotations/a/sess-a/train`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pinned: true }),
    });
    assert.equal(refused.status, 503);
    const error = (await refused.json()) as { error: { code: string; message: string } };
    assert.equal(error.error.message, body.unavailable);
  } finally {
    await bare.close();
  }
});
