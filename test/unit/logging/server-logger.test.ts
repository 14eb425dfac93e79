// The server logger (pino underneath): one logfmt line per event with ts, level and module first and msg last;
// values with spaces, quotes, '=' or newlines are quoted and escaped so an event never spans two lines; every
// event carries its module from the child logger; debug is filtered unless asked for; `json` gives pino's JSON
// line with the same fields; the damage log itemises each damage report once, with run, file and offset.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDamageLog } from '../../../server/logging/damage-log.ts';
import { formatLogfmt } from '../../../server/logging/logfmt-line.ts';
import { createServerLogger } from '../../../server/logging/server-logger.ts';
import { createSeriesStore } from '../../../server/store/series-store.ts';

const fixed = (): Date => new Date('2026-01-02T03:04:05.000Z');

function collect(opts: Parameters<typeof createServerLogger>[0] = {}): {
  lines: string[];
  logger: ReturnType<typeof createServerLogger>;
} {
  const lines: string[] = [];
  return { lines, logger: createServerLogger({ write: (l) => lines.push(l), now: fixed, ...opts }) };
}

test('an event is one logfmt line with quoted values and escaped newlines', () => {
  const { lines, logger } = collect();
  logger.child({ module: 'ingest' }).error({ run: 'a b', file: 'x="y"', offset: 42 }, 'two\nlines');
  assert.deepEqual(lines, [
    'ts=2026-01-02T03:04:05.000Z level=error module=ingest run="a b" file="x=\\"y\\"" offset=42 msg="two\\nlines"',
  ]);
});

test('every event carries its level and the module of its child logger; debug is filtered by default', () => {
  const { lines, logger } = collect();
  const sessions = logger.child({ module: 'sessions' });
  sessions.debug({ file: '/x' }, 'hidden');
  sessions.warn({ file: '/x/trainboard.sqlite' }, 'run store is locked; serving the last sessions read');
  logger.child({ module: 'hub' }).info({ client: 'abc' }, 'ok');
  assert.deepEqual(lines, [
    'ts=2026-01-02T03:04:05.000Z level=warn module=sessions file=/x/trainboard.sqlite msg="run store is locked; serving the last sessions read"',
    'ts=2026-01-02T03:04:05.000Z level=info module=hub client=abc msg=ok',
  ]);
});

test('minLevel debug keeps debug events and minLevel error drops warnings', () => {
  const debug = collect({ minLevel: 'debug' });
  debug.logger.child({ module: 'http' }).debug({}, 'seen');
  assert.deepEqual(debug.lines, ['ts=2026-01-02T03:04:05.000Z level=debug module=http msg=seen']);
  const error = collect({ minLevel: 'error' });
  error.logger.child({ module: 'http' }).warn({}, 'dropped');
  assert.deepEqual(error.lines, []);
});

test('the json format writes pino JSON lines with the same fields, one per event', () => {
  const { lines, logger } = collect({ format: 'json' });
  logger.child({ module: 'ingest' }).warn({ run: 'r', file: 'r/ev', offset: 7 }, 'a\nb');
  assert.equal(lines.length, 1);
  assert.ok(!lines[0]!.includes('\n'));
  assert.deepEqual(JSON.parse(lines[0]!), {
    level: 'warn',
    ts: '2026-01-02T03:04:05.000Z',
    module: 'ingest',
    run: 'r',
    file: 'r/ev',
    offset: 7,
    msg: 'a\nb',
  });
});

test('logfmt quotes empty values, backslashes and carriage returns, and makes keys safe', () => {
  assert.equal(
    formatLogfmt({
      ts: 't',
      level: 'info',
      module: 'm',
      'a key': '',
      path: 'C:\\x',
      cr: 'a\rb',
      n: { k: 1 },
      msg: 'm',
    }),
    'ts=t level=info module=m a_key="" path="C:\\\\x" cr="a\\rb" n="{\\"k\\":1}" msg=m',
  );
});

test('the damage log itemises each report once with run, file, offset and reason', () => {
  const store = createSeriesStore({ logdir: '/tmp/none' });
  const { lines, logger } = collect();
  const dl = createDamageLog({ store, log: logger.child({ module: 'ingest' }) });
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

test('a sink that throws loses the line but never throws into the module that logs', () => {
  const logger = createServerLogger({
    write: () => {
      throw new Error('EPIPE');
    },
    now: fixed,
  });
  assert.doesNotThrow(() => logger.child({ module: 'ingest' }).error({ run: 'r' }, 'lost'));
});
