// Sessions from a real run store (trainboard.sqlite in a temp logdir, written through runstore/) merged with
// runs on disk: a session row groups its train/validation runs; runs from other tools show as disk-only
// sessions; a session's model summary and conceptual graph are served; status changes are pushed.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import { openRunStore, type RunStore } from '../../../runstore/run-store.ts';
import type {
  ApiModelResponse,
  ApiSessionResponse,
  ApiSessionsResponse,
  ClientToServerEvents,
  ServerToClientEvents,
} from '../../../contract/index.ts';
import { createApp } from '../../../server/app.ts';
import { concat, fileVersionRecord, scalarRecord } from './event-bytes.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

const logdir = tempLogdir();
let store: RunStore;
let server: TestServer;
const MODEL = JSON.stringify({
  class_name: 'Sequential',
  config: {
    name: 'sequential',
    layers: [
      { class_name: 'Dense', config: { name: 'dense', dtype: 'float32' } },
      { class_name: 'Dense', config: { name: 'out', dtype: 'float32' } },
    ],
  },
});

function writeRun(run: string): void {
  mkdirSync(join(logdir.dir, run), { recursive: true });
  writeFileSync(
    join(logdir.dir, run, 'events.out.tfevents.1700000000.h.1.0.v2'),
    concat([fileVersionRecord(), scalarRecord('epoch_loss', 0, 0.5)]),
  );
}

before(async () => {
  store = openRunStore(join(logdir.dir, 'trainboard.sqlite'));
  store.createSession({
    id: 'fm-1',
    task: 'fashion-mnist',
    backend: 'wasm',
    hparams: { lr: 0.01 },
    startedAt: Date.now() / 1000,
  });
  store.setModel('fm-1', MODEL, {
    rows: [
      {
        name: 'dense',
        className: 'Dense',
        outputShape: '[null,10]',
        params: 10,
        connectedTo: [],
        trainable: true,
      },
    ],
    totalParams: 10,
    trainableParams: 10,
    nonTrainableParams: 0,
  });
  store.recordEpoch('fm-1', 0, { loss: 0.5 });
  for (const run of ['fm-1/train', 'fm-1/validation', 'keras_run/train', 'keras_run/validation', 'loose'])
    writeRun(run);
  server = await startTestServer({ logdir: logdir.dir });
});

after(async () => {
  await server.close();
  store.close();
  logdir.remove();
});

test('a run-store session groups its runs and carries status, hparams and backend', async () => {
  const { sessions } = await server.json<ApiSessionsResponse>('/api/sessions');
  const fm = sessions.find((s) => s.id === 'fm-1');
  assert.ok(fm, JSON.stringify(sessions.map((s) => s.id)));
  assert.equal(fm.source, 'runstore');
  assert.equal(fm.status, 'running');
  assert.equal(fm.backend, 'wasm');
  assert.deepEqual(fm.hparams, { lr: 0.01 });
  assert.deepEqual(fm.runs, ['fm-1/train', 'fm-1/validation']);
  assert.equal(fm.hasModel, true);
});

test('runs without a SQLite row are disk-only sessions (train/validation grouped under their parent)', async () => {
  const { sessions } = await server.json<ApiSessionsResponse>('/api/sessions');
  const keras = sessions.find((s) => s.id === 'keras_run');
  assert.equal(keras?.source, 'disk');
  assert.equal(keras?.status, 'unknown');
  assert.deepEqual(keras?.runs, ['keras_run/train', 'keras_run/validation']);
  assert.deepEqual(sessions.find((s) => s.id === 'loose')?.runs, ['loose']);
});

test("a session's detail has its epochs; its model has the layer summary and the conceptual graph", async () => {
  const detail = await server.json<ApiSessionResponse>('/api/sessions/fm-1');
  assert.deepEqual(
    detail.epochs.map((e) => e.metrics),
    [{ loss: 0.5 }],
  );
  const model = await server.json<ApiModelResponse>('/api/sessions/fm-1/model');
  assert.equal(model.modelJson, MODEL);
  assert.equal(model.layerSummary?.totalParams, 10);
  assert.deepEqual(model.graph, [
    { name: 'sequential/dense', className: 'Dense', inputs: [] },
    { name: 'sequential/out', className: 'Dense', inputs: ['sequential/dense'] },
  ]);
  const missing = await server.get('/api/sessions/nope');
  assert.equal(missing.status, 404);
});

test('a status change in the run store is pushed as sessions:changed', async () => {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  try {
    await new Promise<void>((ok) => socket.once('connect', ok));
    await new Promise((r) => setTimeout(r, 1100)); // let the hub take its first snapshot
    const changed = new Promise<string[]>((ok) => socket.on('sessions:changed', (e) => ok(e.ids)));
    store.finish('fm-1', 'finished');
    assert.deepEqual(await changed, ['fm-1']);
    const { sessions } = await server.json<ApiSessionsResponse>('/api/sessions');
    assert.equal(sessions.find((s) => s.id === 'fm-1')?.status, 'finished');
  } finally {
    socket.disconnect();
  }
});

test('createApp works on a logdir with no run store', () => {
  const empty = tempLogdir();
  const app = createApp({ logdir: empty.dir, reloadIntervalSecs: 0, log: () => {} });
  return app.ready().then(async () => {
    await app.close();
    empty.remove();
  });
});
