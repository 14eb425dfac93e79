// The plugins' queries, checked by the contract's schemas (contract/http-queries.ts) through parseQuery on a
// real server: a value outside what the schema allows, or a parameter given twice where one is expected, is a
// 400 `bad_param` whose message names the parameter, before any run is looked up (so an empty logdir answers
// the same way); a well-formed query for an unknown run is a 404.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ApiErrorBody } from '../../../contract/index.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

const logdir = tempLogdir();
let server: TestServer;
before(async () => {
  server = await startTestServer({ logdir: logdir.dir });
});
after(async () => {
  await server.close();
  logdir.remove();
});

const long = 'a'.repeat(1001);
const bad: [path: string, param: string][] = [
  ['/data/plugin/text/text?run=r&tag=t&escape=some', 'escape'],
  ['/data/plugin/text/text?run=r&tag=t&markdown=yes', 'markdown'],
  ['/data/plugin/scalars/scalars?run=r&tag=t&format=xml', 'format'],
  ['/data/plugin/audio/audio?run=r&tag=t&sample=1.5', 'sample'],
  ['/data/plugin/audio/individualAudio?blob_key=a&blob_key=b', 'blob_key'],
  ['/data/plugin/graphs/graph?run=r&conceptual=yes', 'conceptual'],
  ['/data/plugin/graphs/graph?run=r&limit_attr_size=0', 'limit_attr_size'],
  ['/data/plugin/graphs/run_metadata?run=r', 'tag'],
  [`/data/plugin/custom_scalars/scalars?run=r&tag=${long}`, 'tag'],
  ['/data/plugin/timeseries/timeSeries?requests=%5B%5D&requests=%5B%5D', 'requests'],
  ['/data/plugin/timeseries/imageData', 'imageId'],
  ['/data/plugin/hparams/experiment?request=%7B%7D&request=%7B%7D', 'request'],
  ['/data/plugin/histograms/histograms?run=r&run=s&tag=t', 'run'],
];
for (const [path, param] of bad)
  test(`${path.slice(0, 90)} is a 400 bad_param naming '${param}'`, async () => {
    const res = await server.get(path);
    const body = (await res.json()) as ApiErrorBody;
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.equal(body.error.code, 'bad_param');
    assert.match(body.error.message, new RegExp(`'${param}'`));
  });

test('a well-formed query for an unknown run is a 404', async () => {
  for (const path of ['/data/plugin/graphs/graph?run=r']) {
    const res = await server.get(path);
    assert.equal(res.status, 404, path);
  }
});

test("text for an unknown run or tag is an empty list, as TensorBoard's text_impl answers", async () => {
  for (const path of [
    '/data/plugin/text/text?run=r&tag=t',
    '/data/plugin/text/text?run=r&tag=t&markdown=false',
  ]) {
    const res = await server.get(path);
    assert.equal(res.status, 200, path);
    assert.equal(await res.text(), '[]', path);
  }
});
