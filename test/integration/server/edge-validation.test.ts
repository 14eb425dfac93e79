// parseQuery/parseBody at the edge: a real Express server with the contract's schemas and the app's error
// middleware answers bad queries and bodies with 400 `bad_param` naming the field, and hands good ones to the
// route typed (numbers as numbers, repeated parameters as lists, snake_case proto-JSON as camelCase).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import express from 'express';
import {
  ApiSeriesBatchBody,
  ApiSeriesQuery,
  ApiTagsQuery,
  HparamsSessionGroupsBody,
  TimeSeriesForm,
  type ApiErrorBody,
} from '../../../contract/index.ts';
import { errorMiddleware } from '../../../server/http/http-error.ts';
import { silentLogger } from '../../../server/logging/server-logger.ts';
import { parseBody, parseQuery } from '../../../server/http/request-params.ts';

let server: Server;
let base: string;

before(async () => {
  const app = express();
  app.set('query parser', 'simple');
  app.get('/series', (req, res) => void res.json(parseQuery(ApiSeriesQuery, req)));
  app.get('/tags', (req, res) => void res.json(parseQuery(ApiTagsQuery, req)));
  app.post('/series', express.json(), (req, res) => void res.json(parseBody(ApiSeriesBatchBody, req)));
  app.post(
    '/timeSeries',
    express.urlencoded({ extended: false }),
    (req, res) => void res.json(parseBody(TimeSeriesForm, req)),
  );
  app.post(
    '/session_groups',
    express.json(),
    (req, res) => void res.json(parseBody(HparamsSessionGroupsBody, req)),
  );
  app.use(errorMiddleware(silentLogger));
  server = createServer(app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

async function badParam(res: Response, field: RegExp): Promise<void> {
  const text = await res.text();
  assert.equal(res.status, 400, text);
  const body = JSON.parse(text) as ApiErrorBody;
  assert.equal(body.error.code, 'bad_param');
  assert.match(body.error.message, field);
}

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${base}${path}`, { method: 'POST', body, headers: { 'Content-Type': type } });

test('bad queries are 400 bad_param naming the parameter', async () => {
  await badParam(await fetch(`${base}/series?tag=t`), /'run' is required/);
  await badParam(await fetch(`${base}/series?run=r&tag=t&points=1e3`), /'points'/);
  await badParam(await fetch(`${base}/series?run=r&tag=t&points=5&points=6`), /'points'.*once/);
  await badParam(await fetch(`${base}/series?run=r&tag=t&x=time`), /'x'.*step, relative, wall/);
});

test('good queries reach the route typed', async () => {
  const r = await fetch(`${base}/series?run=r&tag=t&points=10&xmin=-2.5`);
  assert.deepEqual(await r.json(), { run: 'r', tag: 't', points: 10, xmin: -2.5 });
  assert.deepEqual(await (await fetch(`${base}/tags?run=a&run=b`)).json(), { run: ['a', 'b'] });
});

test('bad bodies are 400 bad_param naming the field; good ones come out typed', async () => {
  await badParam(await post('/series', '{"series":[{"run":1,"tag":"t"}]}'), /'series\.0\.run'/);
  await badParam(
    await post('/series', JSON.stringify({ series: Array(1001).fill({ run: 'r', tag: 't' }) })),
    /1000/,
  );
  await badParam(
    await post('/timeSeries', 'requests=%5B', 'application/x-www-form-urlencoded'),
    /'requests'.*JSON/,
  );
  await badParam(
    await post('/session_groups', '{"col_params":[{"hparam":"lr","filter_regexp":5}]}'),
    /filterRegexp/,
  );
  const ok = await post('/session_groups', '{"start_index":"2","col_params":[{"hparam":"lr"}]}');
  assert.deepEqual(await ok.json(), { startIndex: 2, colParams: [{ hparam: 'lr' }] });
});
