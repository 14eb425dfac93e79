// The form-POST routes answer multipart/form-data (what TensorBoard's frontend sends, built here by the
// platform's own FormData) exactly as they answer urlencoded bodies, and refuse oversized or file-carrying
// multipart bodies with a clear error, on a real server over the shared fixtures.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixturesDir } from '../../support/shared-fixtures.ts';
import { startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ logdir: fixturesDir });
});
after(() => server.close());

const post = (path: string, body: FormData | URLSearchParams | string, type?: string): Promise<Response> =>
  fetch(server.url + path, { method: 'POST', body, ...(type ? { headers: { 'Content-Type': type } } : {}) });

async function okJson(res: Response): Promise<unknown> {
  const text = await res.text();
  assert.equal(res.status, 200, text);
  return JSON.parse(text);
}

async function errorCode(res: Response): Promise<string> {
  const body = (await res.json()) as { error?: { code?: string } };
  return `${res.status} ${body.error?.code ?? ''}`;
}

describe('multipart/form-data bodies', () => {
  test('timeseries/timeSeries answers a multipart body as it answers the urlencoded one', async () => {
    const requests = JSON.stringify([
      { plugin: 'scalars', tag: 'loss' },
      { plugin: 'histograms', tag: 'weights', run: 'tf-summary' },
    ]);
    const form = new FormData();
    form.append('requests', requests);
    const multipart = await okJson(await post('/data/plugin/timeseries/timeSeries', form));
    const urlencoded = await okJson(
      await post('/data/plugin/timeseries/timeSeries', new URLSearchParams({ requests })),
    );
    assert.deepEqual(multipart, urlencoded);
    const first = (multipart as { runToSeries?: Record<string, unknown[]> }[])[0];
    assert.ok((first?.runToSeries?.['tf-summary'] ?? []).length > 0, 'the scalar series has points');
  });

  test('scalars/scalars_multirun reads one tag and repeated runs from a multipart body', async () => {
    const form = new FormData();
    form.append('tag', 'compare');
    form.append('runs', 'pytorch/compare_a');
    form.append('runs', 'pytorch/compare_b');
    const multipart = (await okJson(await post('/data/plugin/scalars/scalars_multirun', form))) as Record<
      string,
      unknown[]
    >;
    assert.deepEqual(Object.keys(multipart).sort(), ['pytorch/compare_a', 'pytorch/compare_b']);
    const params = new URLSearchParams([
      ['tag', 'compare'],
      ['runs', 'pytorch/compare_a'],
      ['runs', 'pytorch/compare_b'],
    ]);
    assert.deepEqual(multipart, await okJson(await post('/data/plugin/scalars/scalars_multirun', params)));
  });

  test('a multipart body without the tag field is a 400 naming the field', async () => {
    const form = new FormData();
    form.append('runs', 'pytorch/compare_a');
    assert.equal(await errorCode(await post('/data/plugin/scalars/scalars_multirun', form)), '400 bad_param');
  });

  test('a multipart file part is refused with 400', async () => {
    const form = new FormData();
    form.append('requests', new Blob(['[]'], { type: 'application/json' }), 'requests.json');
    assert.equal(await errorCode(await post('/data/plugin/timeseries/timeSeries', form)), '400 bad_body');
  });

  test('a multipart field over 1 MiB is a 413', async () => {
    const form = new FormData();
    form.append('requests', `[${' '.repeat(1_100_000)}]`);
    assert.equal(
      await errorCode(await post('/data/plugin/timeseries/timeSeries', form)),
      '413 payload_too_large',
    );
  });

  test('a chunked multipart body over 1 MiB with no Content-Length is a 413', async () => {
    const boundary = 'tbfrontboundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="requests"\r\n\r\n[`;
    const chunks = [head, ...Array.from({ length: 12 }, () => ' '.repeat(100_000))];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await fetch(`${server.url}/data/plugin/timeseries/timeSeries`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    });
    assert.equal(await errorCode(res), '413 payload_too_large');
  });

  test('a malformed multipart body (no boundary) is a 400', async () => {
    const res = await post('/data/plugin/timeseries/timeSeries', 'requests=[]', 'multipart/form-data');
    assert.equal(await errorCode(res), '400 bad_body');
  });

  test('after the refused bodies the server still answers', async () => {
    const got = (await server.json<unknown[]>('/data/plugin/scalars/scalars?run=tf-summary&tag=loss')).length;
    assert.ok(got > 0);
  });
});
