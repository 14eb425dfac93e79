// TensorBoard's session groups as rows of our HParams table: every session with its group's hparams and its
// metrics (sub-run metrics named group/tag), statuses mapped, and sessions of our run store left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tbHparamsSessions } from '../../../client/hparams/tb-hparams-sessions.ts';

test('tbHparamsSessions() turns session groups into labelled rows and skips our own sessions', () => {
  const rows = tbHparamsSessions(
    {
      sessionGroups: [
        {
          name: 'g1',
          hparams: { lr: 0.01, opt: 'adam' },
          sessions: [
            {
              name: 'exp/s0',
              status: 'STATUS_SUCCESS',
              metricValues: [
                { name: { tag: 'loss', group: '' }, value: 0.5 },
                { name: { tag: 'epoch_accuracy', group: 'validation' }, value: 'NaN' },
              ],
            },
          ],
        },
        { name: 'g2', sessions: [{ name: 'empty/s0' }] },
        { name: 'g3', hparams: { lr: 1 }, sessions: [{ name: 'mine-20261201/train' }] },
      ],
    },
    ['mine-20261201'],
  );
  assert.deepEqual(
    rows.map((r) => r.id),
    ['exp/s0', 'empty/s0'],
  );
  assert.deepEqual(rows[0], {
    id: 'exp/s0',
    status: 'finished',
    hparams: { lr: 0.01, opt: 'adam' },
    finalMetrics: { loss: 0.5, 'validation/epoch_accuracy': NaN },
    origin: 'tensorboard',
  });
  assert.deepEqual(rows[1], {
    id: 'empty/s0',
    status: 'unknown',
    hparams: {},
    finalMetrics: {},
    origin: 'tensorboard',
  });
});
