// The hparams JSON keys come in the order TensorBoard's Python writes them (json_format.MessageToJson with
// always_print_fields_with_no_presence, on the venv's own api_pb2): set fields by field number, then the
// defaults in declaration order, at every level of an Experiment and a SessionGroup.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { inProtoJsonOrder } from '../../../server/plugins/hparams/proto-json-order.ts';
import { python } from './frontend-servers.ts';

const skip = !existsSync(python) && process.env.CI !== 'true' ? 'needs .venv/bin/python' : false;

const SCRIPT = `
import json, sys
from google.protobuf import json_format
from tensorboard.plugins.hparams import api_pb2
out = []
for kind, obj in json.load(sys.stdin):
    msg = json_format.ParseDict(obj, getattr(api_pb2, kind)())
    out.append(json_format.MessageToJson(msg, always_print_fields_with_no_presence=True))
print(json.dumps(out))
`;

/** The key paths of a JSON value, in order. */
function keyPaths(x: unknown, at = ''): string[] {
  if (Array.isArray(x)) return x.flatMap((v, i) => keyPaths(v, `${at}[${i}]`));
  if (typeof x !== 'object' || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => [`${at}.${k}`, ...keyPaths(v, `${at}.${k}`)]);
}

test('experiment and session-group keys are in MessageToJson order', { skip }, () => {
  const experiment = {
    name: '',
    description: 'd',
    user: '',
    timeCreatedSecs: 0,
    hparamInfos: [
      {
        name: 'lr',
        displayName: '',
        description: '',
        type: 'DATA_TYPE_FLOAT64',
        differs: true,
        domainInterval: { minValue: 0.1, maxValue: 0.2 },
      },
      {
        name: 'opt',
        displayName: 'Optimizer',
        description: '',
        type: 'DATA_TYPE_STRING',
        differs: false,
        domainDiscrete: ['a'],
      },
    ],
    metricInfos: [
      { name: { group: '', tag: 'acc' }, displayName: '', description: '', datasetType: 'DATASET_UNKNOWN' },
    ],
  };
  const group = {
    name: 'g',
    hparams: { lr: 0.1 },
    metricValues: [],
    sessions: [
      {
        name: 's',
        startTimeSecs: 5,
        endTimeSecs: 0,
        status: 'STATUS_UNKNOWN',
        modelUri: '',
        monitorUrl: '',
        metricValues: [{ name: { group: 'eval', tag: 'acc' }, value: 0, trainingStep: 3, wallTimeSecs: 9 }],
      },
    ],
    monitorUrl: '',
  };
  const r = spawnSync(python, ['-c', SCRIPT], {
    input: JSON.stringify([
      ['Experiment', experiment],
      ['SessionGroup', group],
    ]),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const [tbExperiment, tbGroup] = (JSON.parse(r.stdout) as string[]).map((s) => JSON.parse(s) as unknown);
  assert.deepEqual(keyPaths(inProtoJsonOrder(experiment, 'Experiment')), keyPaths(tbExperiment));
  assert.deepEqual(keyPaths(inProtoJsonOrder(group, 'SessionGroup')), keyPaths(tbGroup));
});
