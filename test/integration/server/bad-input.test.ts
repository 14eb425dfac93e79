// Bad input never crashes the server or loses data: path traversal in run names, tags and static paths; huge,
// negative or malformed numbers; malformed JSON and form bodies; unknown routes. Each answers with a clear JSON
// error and a stable code.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ApiErrorBody } from '../../../contract/index.ts';
import { concat, fileVersionRecord, scalarRecord } from './event-bytes.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

const logdir = tempLogdir();
const clientDir = join(logdir.dir, '..', `${logdir.dir.split('/').pop()}-client`);
let server: TestServer;

before(async () => {
  const run = join(logdir.dir, 'exp', 'train');
  mkdirSync(run, { recursive: true });
  writeFileSync(
    join(run, 'events.out.tfevents.1700000000.h.1.0.v2'),
    concat([
      fileVersionRecord(),
      ...Array.from({ length: 50 }, (_, s) => scalarRecord('loss', s, 1 / (s + 1))),
    ]),
  );
  mkdirSync(clientDir, { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>client</title>');
  writeFileSync(join(logdir.dir, 'secret.txt'), 'do not serve');
  server = await startTestServer({ logdir: logdir.dir, clientDir });
});
after(async () => {
  await server.close();
  logdir.remove();
  const { rmSync } = await import('node:fs');
  rmSync(clientDir, { recursive: true, force: true });
});

async function expectError(res: Response, status: number, code: string): Promise<ApiErrorBody> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  const body = JSON.parse(text) as ApiErrorBody;
  assert.equal(body.error.code, code, text);
  assert.ok(body.error.message.length > 0);
  return body;
}

describe('path traversal', () => {
  for (const run of [
    '../secret.txt',
    '../../etc/passwd',
    'exp/../../secret.txt',
    '/etc/passwd',
    'exp/train\0',
  ]) {
    test(`run name ${JSON.stringify(run)} is an unknown run (404), never a file read`, async () => {
      const q = `run=${encodeURIComponent(run)}&tag=loss`;
      await expectError(await server.get(`/data/plugin/scalars/scalars?${q}`), 404, 'not_found');
      await expectError(await server.get(`/api/series?${q}`), 404, 'not_found');
    });
  }
  test('a tag with ../ is an unknown tag (404)', async () => {
    await expectError(
      await server.get('/data/plugin/scalars/scalars?run=exp%2Ftrain&tag=..%2F..%2Fsecret.txt'),
      404,
      'not_found',
    );
  });
  for (const path of [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ]) {
    test(`static path ${path} does not escape the client directory`, async () => {
      const res = await server.get(path);
      const text = await res.text();
      assert.ok(res.status === 404 || res.status === 400, `${res.status}`);
      assert.ok(!text.includes('do not serve') && !text.includes('root:'), text.slice(0, 200));
    });
  }
  test('the client index is served at /', async () => {
    const res = await server.get('/');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<title>client<\/title>/);
  });
});

describe('numbers', () => {
  const bad = [
    'points=-5',
    'points=1',
    'points=1e308',
    'points=2.5',
    'points=abc',
    'points=',
    'width=0',
    'width=99999999999',
    'xmin=NaN',
    'xmin=Infinity',
    'xmin=5&xmax=1',
    'points=10&width=10',
    'x=time',
    'points=10&points=20',
  ];
  for (const q of bad) {
    test(`/api/series?${q} is a 400 bad_param`, async () => {
      await expectError(await server.get(`/api/series?run=exp%2Ftrain&tag=loss&${q}`), 400, 'bad_param');
    });
  }
  test('a missing run parameter is a 400 naming it', async () => {
    const body = await expectError(await server.get('/api/series?tag=loss'), 400, 'bad_param');
    assert.match(body.error.message, /'run'/);
  });
  test('images sample=-1 is a 400; a forged blob_key is a 400', async () => {
    await expectError(
      await server.get('/data/plugin/images/images?run=exp%2Ftrain&tag=x&sample=-1'),
      400,
      'bad_param',
    );
    await expectError(await server.get('/data/plugin/images/individualImage?blob_key=%%%'), 400, 'bad_param');
    const forged = Buffer.from(JSON.stringify(['', 'images', '../x', 't', 1e300, -4])).toString('base64url');
    await expectError(
      await server.get(`/data/plugin/images/individualImage?blob_key=${forged}`),
      400,
      'bad_param',
    );
  });
  test('extreme but valid ranges answer normally, with no points lost', async () => {
    const body = await server.json<{ points: unknown[] }>(
      '/api/series?run=exp%2Ftrain&tag=loss&xmin=-1e300&xmax=1e300&points=10000000',
    );
    assert.equal(body.points.length, 50);
  });
});

describe('bodies', () => {
  const post = (path: string, body: string, type: string): Promise<Response> =>
    fetch(server.url + path, { method: 'POST', body, headers: { 'Content-Type': type } });
  test('malformed JSON to POST /api/series is a 400 bad_body', async () => {
    await expectError(await post('/api/series', '{"series": [', 'application/json'), 400, 'bad_body');
  });
  test('a JSON body of the wrong shape is a 400 bad_param', async () => {
    await expectError(await post('/api/series', '{"series": 5}', 'application/json'), 400, 'bad_param');
    await expectError(
      await post('/api/series', '{"series": [{"run": 1}]}', 'application/json'),
      400,
      'bad_param',
    );
  });
  test('malformed JSON to the hparams routes is a 400 bad_body', async () => {
    for (const route of ['experiment', 'session_groups', 'metric_evals'])
      await expectError(
        await post(`/data/plugin/hparams/${route}`, '{nope', 'application/json'),
        400,
        'bad_body',
      );
  });
  test('an invalid hparams filter regexp is a 400 bad_param', async () => {
    const body = JSON.stringify({ colParams: [{ hparam: 'lr', filterRegexp: '(' }] });
    await expectError(
      await post('/data/plugin/hparams/session_groups', body, 'application/json'),
      400,
      'bad_param',
    );
  });
  test('a malformed timeSeries requests field is a 400 bad_body', async () => {
    await expectError(
      await post('/data/plugin/timeseries/timeSeries', 'requests=%5B', 'application/x-www-form-urlencoded'),
      400,
      'bad_body',
    );
  });
  test('scalars_multirun without a tag is a 400; GET is a 405', async () => {
    await expectError(
      await post(
        '/data/plugin/scalars/scalars_multirun',
        'runs=exp%2Ftrain',
        'application/x-www-form-urlencoded',
      ),
      400,
      'bad_param',
    );
    await expectError(await server.get('/data/plugin/scalars/scalars_multirun'), 405, 'method_not_allowed');
  });
  test('a body over 1 MB is a 413', async () => {
    await expectError(
      await post('/api/series', `{"series":[],"pad":"${'x'.repeat(1_100_000)}"}`, 'application/json'),
      413,
      'payload_too_large',
    );
  });
});

describe('routes', () => {
  test('unknown /data/plugin and /api routes are 404 JSON errors', async () => {
    await expectError(await server.get('/data/plugin/nope/tags'), 404, 'not_found');
    await expectError(await server.get('/experiment/x/data/plugin/scalars/nope'), 404, 'not_found');
    await expectError(await server.get('/api/nope'), 404, 'not_found');
  });
  test('after all of the above, the data is intact', async () => {
    const got = await server.json<unknown[]>('/data/plugin/scalars/scalars?run=exp%2Ftrain&tag=loss');
    assert.equal(got.length, 50);
  });
});
