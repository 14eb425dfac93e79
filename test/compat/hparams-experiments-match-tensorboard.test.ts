// HParams on a logdir written with tf.summary's own hparams API holding several experiments (`hparams_config`
// in two runs) and a session whose hparams are empty, against real TensorBoard 2.21 on the same logdir: the
// experiment TensorBoard picks and the session groups (the empty-hparams session included) are the same JSON.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pythonSkip, runPythonWriter } from './tensorboard-oracle.ts';
import {
  startOurServer,
  startTensorBoard,
  type OurServer,
  type RealTensorBoard,
} from './tensorboard-frontend/frontend-servers.ts';

const skip = pythonSkip(['tensorboard', 'tensorflow']);

let logdir: string;
let ours: OurServer;
let tb: RealTensorBoard;
before(async () => {
  if (skip) return;
  logdir = mkdtempSync(join(tmpdir(), 'trainboard-hparams-experiments-'));
  runPythonWriter('write_hparams_experiments.py', [logdir]);
  ours = await startOurServer(logdir);
  tb = await startTensorBoard(logdir, Promise.resolve(ours.app.store.runs().length));
});
after(async () => {
  await ours?.close();
  await tb?.close();
  if (logdir) rmSync(logdir, { recursive: true, force: true });
});

async function both(route: string, request: unknown): Promise<[unknown, unknown]> {
  const init = {
    method: 'POST',
    body: JSON.stringify(request),
    headers: { 'content-type': 'application/json' },
  };
  const [a, b] = await Promise.all(
    [ours.url, tb.url].map((base) => fetch(`${base}/data/plugin/hparams/${route}`, init)),
  );
  assert.equal(a!.status, b!.status, route);
  return [await a!.json(), await b!.json()];
}

describe('several hparams experiments and empty hparams vs TensorBoard', { skip }, () => {
  test('the experiment is the one TensorBoard picks', async () => {
    const [mine, theirs] = await both('experiment', { experimentName: '' });

    assert.deepEqual(mine, theirs);
  });

  test('session groups, the empty-hparams session included, are TensorBoard’s', async () => {
    const [mine, theirs] = await both('session_groups', {
      experimentName: '',
      startIndex: 0,
      sliceSize: 100,
      allowedStatuses: ['STATUS_UNKNOWN', 'STATUS_SUCCESS', 'STATUS_FAILURE', 'STATUS_RUNNING'],
      colParams: [],
      aggregationType: 'AGGREGATION_AVG',
    });

    assert.deepEqual(mine, theirs);
  });
});
