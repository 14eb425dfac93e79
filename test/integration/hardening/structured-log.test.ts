// The structured log: one logfmt line per event with ts, level and module first; values with spaces, quotes,
// '=' or newlines are quoted and escaped so an event never spans two lines; prose lines from the server
// modules get a level and module; the damage log itemises each damage report once, with run, file and offset.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDamageLog } from '../../../server/logging/damage-log.ts';
import { classifyLine, createStructuredLog } from '../../../server/logging/structured-log.ts';
import { createSeriesStore } from '../../../server/store/series-store.ts';

const fixed = (): Date => new Date('2026-01-02T03:04:05.000Z');

test('an event is one logfmt line with quoted values and escaped newlines', () => {
  const lines: string[] = [];
  const log = createStructuredLog({ write: (l) => lines.push(l), now: fixed });
  log.event({ level: 'error', module: 'ingest', run: 'a b', file: 'x="y"', offset: 42, msg: 'two\nlines' });
  assert.deepEqual(lines, [
    'ts=2026-01-02T03:04:05.000Z level=error module=ingest run="a b" file="x=\\"y\\"" offset=42 msg="two\\nlines"',
  ]);
});

test('prose lines get a level and module; lines already in logfmt keep theirs; debug is filtered', () => {
  assert.deepEqual(classifyLine('logdir /x disappeared; serving what was read'), {
    level: 'warn',
    module: 'ingest',
    msg: 'logdir /x disappeared; serving what was read',
  });
  assert.equal(classifyLine('level=error module=http method=GET path=/ boom').module, 'http');
  assert.equal(classifyLine('level=error module=http method=GET path=/ boom').msg, 'method=GET path=/ boom');
  const lines: string[] = [];
  const log = createStructuredLog({ write: (l) => lines.push(l), now: fixed });
  log.event({ level: 'debug', module: 'x', msg: 'hidden' });
  assert.equal(lines.length, 0);
});

test('the damage log itemises each report once with run, file, offset and reason', () => {
  const store = createSeriesStore({ logdir: '/tmp/none' });
  const lines: string[] = [];
  const dl = createDamageLog({
    store,
    log: createStructuredLog({ write: (l) => lines.push(l), now: fixed }),
  });
  store.ensureRun('r');
  store.reportDamage('r', { file: 'r/ev', offset: 100, reason: 'data-crc', message: 'r/ev: bad crc at 100' });
  dl.check();
  dl.check();
  store.reportDamage('r', { file: 'r/ev', offset: 0, reason: 'unreadable', message: 'cannot open' });
  dl.check();
  dl.close();
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /level=error module=ingest run=r file=r\/ev offset=100 reason=data-crc msg=/);
  assert.match(lines[1]!, /level=warn module=ingest run=r file=r\/ev offset=0 reason=unreadable/);
});
