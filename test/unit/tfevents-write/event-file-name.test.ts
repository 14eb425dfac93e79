import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventFileName } from '../../../tfevents/event-file-name.ts';

describe('eventFileName()', () => {
  test('follows the Keras/TF 2 pattern events.out.tfevents.<secs>.<host>.<pid>.<n>.v2', () => {
    assert.equal(
      eventFileName({ wallSecs: 1795910664.73, host: 'vm', pid: 5668, counter: 0 }),
      'events.out.tfevents.1795910664.vm.5668.0.v2',
    );
  });

  test('pads seconds to 10 digits so that names sort in time order', () => {
    const early = eventFileName({ wallSecs: 999_999_999, host: 'h', pid: 1, counter: 1 });
    const late = eventFileName({ wallSecs: 1_000_000_000, host: 'h', pid: 1, counter: 0 });
    assert.equal(early, 'events.out.tfevents.0999999999.h.1.1.v2');
    assert.ok(early < late);
  });

  test('contains "tfevents", the substring TensorBoard uses to find event files', () => {
    assert.ok(eventFileName({ wallSecs: 1, host: 'x', pid: 2, counter: 3 }).includes('tfevents'));
  });

  test('rejects a host with a path separator, a NaN time, and negative pid or counter', () => {
    assert.throws(() => eventFileName({ wallSecs: 1, host: 'a/b', pid: 1, counter: 0 }), /host/);
    assert.throws(() => eventFileName({ wallSecs: 1, host: '', pid: 1, counter: 0 }), /host/);
    assert.throws(() => eventFileName({ wallSecs: Number.NaN, host: 'h', pid: 1, counter: 0 }), /wallSecs/);
    assert.throws(() => eventFileName({ wallSecs: 1, host: 'h', pid: -1, counter: 0 }), /pid/);
    assert.throws(() => eventFileName({ wallSecs: 1, host: 'h', pid: 1, counter: 0.5 }), /counter/);
  });
});
