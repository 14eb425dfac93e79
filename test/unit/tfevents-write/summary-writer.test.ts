// The file adapter on real files in a temp dir; the flush policy is checked with a fake timer, and once with the
// real unref'd timer and a polling reader.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { memoryByteSource } from '../../../tfevents/byte-source.ts';
import { createEventStreamReader } from '../../../tfevents/event-stream-reader.ts';
import { createRunInterpreter, type Sample } from '../../../tfevents/event-interpreter.ts';
import {
  createSummaryWriter,
  type SummaryWriteError,
  type TimerFn,
} from '../../../tfevents/node/summary-writer.ts';

const root = mkdtempSync(join(tmpdir(), 'tb-summary-writer-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = (): string => join(root, `run-${n++}`, 'train');

function readScalars(path: string): { samples: Sample[]; damaged: number; waiting: boolean } {
  const batch = createEventStreamReader(memoryByteSource(readFileSync(path)), path).readAvailable();
  const interp = createRunInterpreter();
  const samples = batch.events.flatMap((e) => interp.interpret(e.event));
  return { samples, damaged: batch.damaged.length + (batch.fatal ? 1 : 0), waiting: batch.waiting };
}
const scalarsIn = (path: string): [string, number, number][] =>
  readScalars(path).samples.flatMap((s) => (s.kind === 'scalar' ? [[s.tag, s.step, s.value]] : []));

/** A fake timer: run() fires what is due. */
function fakeTimer(): TimerFn & { pending: () => number; fire: () => void } {
  let due: (() => void)[] = [];
  const set: TimerFn = (fn) => {
    due.push(fn);
    return () => {
      due = due.filter((f) => f !== fn);
    };
  };
  return Object.assign(set, {
    pending: () => due.length,
    fire: () => {
      const now = due;
      due = [];
      for (const f of now) f();
    },
  });
}

describe('createSummaryWriter()', () => {
  test('creates the run directory and a Keras-named file holding the file-version event at once', () => {
    const dir = freshDir();
    const w = createSummaryWriter(dir, { host: 'testhost', now: () => 1795910664_500 });
    assert.equal(dirname(w.path), dir);
    assert.match(
      basename(w.path),
      new RegExp(`^events\\.out\\.tfevents\\.1795910664\\.testhost\\.${process.pid}\\.\\d+\\.v2$`),
    );
    assert.deepEqual(readdirSync(dir), [basename(w.path)]);
    const { samples } = readScalars(w.path);
    assert.deepEqual(samples, [{ kind: 'file_version', wallTime: 1795910664, version: 'brain.Event:2' }]);
    w.close();
  });

  test('numbers files with a per-process counter that grows across writers', () => {
    const dir = freshDir();
    const a = createSummaryWriter(dir, { host: 'h', now: () => 1e12 });
    const b = createSummaryWriter(dir, { host: 'h', now: () => 1e12 });
    const counter = (p: string): number => Number(basename(p).split('.')[6]);
    assert.ok(counter(b.path) > counter(a.path));
    a.close();
    b.close();
  });

  test('keeps a point in memory until the flush timer fires, then it is in the file', () => {
    const timer = fakeTimer();
    const w = createSummaryWriter(freshDir(), { setTimer: timer });
    w.scalar('loss', 0.5, 1);
    w.scalar('loss', 0.25, 2);
    assert.equal(timer.pending(), 1, 'one timer for the whole batch');
    assert.deepEqual(scalarsIn(w.path), []);
    timer.fire();
    assert.deepEqual(scalarsIn(w.path), [
      ['loss', 1, 0.5],
      ['loss', 2, 0.25],
    ]);
    w.close();
  });

  test('flush() is synchronous and cancels the pending timer', () => {
    const timer = fakeTimer();
    const w = createSummaryWriter(freshDir(), { setTimer: timer });
    w.scalar('acc', 0.75, 0);
    w.flush();
    assert.equal(timer.pending(), 0);
    assert.deepEqual(scalarsIn(w.path), [['acc', 0, 0.75]]);
    w.close();
  });

  test('flushes on size without waiting for the timer', () => {
    const timer = fakeTimer();
    const w = createSummaryWriter(freshDir(), { setTimer: timer, maxBufferBytes: 1000 });
    for (let step = 0; step < 30; step++) w.scalar('loss', step, step);
    const written = scalarsIn(w.path).length;
    assert.ok(written >= 10 && written < 30, `wrote ${written} of 30 before the timer`);
    timer.fire();
    assert.equal(scalarsIn(w.path).length, 30);
    w.close();
  });

  test('flushMs: 0 writes every point through at once', () => {
    const w = createSummaryWriter(freshDir(), { flushMs: 0 });
    w.scalar('loss', 1, 0);
    assert.deepEqual(scalarsIn(w.path), [['loss', 0, 1]]);
    w.close();
  });

  test('with the default policy a point becomes readable within 1 s without flush() (real timer)', async () => {
    const w = createSummaryWriter(freshDir());
    const start = Date.now();
    w.scalar('live', 42, 3);
    let seen: [string, number, number][] = [];
    while (Date.now() - start < 1000 && seen.length === 0) {
      await new Promise((r) => setTimeout(r, 20));
      seen = scalarsIn(w.path);
    }
    assert.deepEqual(seen, [['live', 3, 42]]);
    w.close();
  });

  test('points still buffered when the process calls process.exit() are flushed on exit', () => {
    const dir = freshDir();
    const writerUrl = pathToFileURL(
      join(import.meta.dirname, '../../../tfevents/node/summary-writer.ts'),
    ).href;
    const code = [
      `const { createSummaryWriter } = await import(${JSON.stringify(writerUrl)});`,
      `const w = createSummaryWriter(${JSON.stringify(dir)}, { flushMs: 60000 });`,
      `w.scalar('loss', 0.125, 7);`,
      `process.exit(0);`,
    ].join('\n');
    const r = spawnSync(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', code],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(r.status, 0, r.stderr);
    const [file] = readdirSync(dir);
    assert.deepEqual(scalarsIn(join(dir, file!)), [['loss', 7, 0.125]]);
  });

  test('a write the file system refuses (file size limit) goes to onError; the records before it stay intact', () => {
    const dir = freshDir();
    const writerUrl = pathToFileURL(
      join(import.meta.dirname, '../../../tfevents/node/summary-writer.ts'),
    ).href;
    const code = [
      `const { createSummaryWriter } = await import(${JSON.stringify(writerUrl)});`,
      `const errors = [];`,
      `const w = createSummaryWriter(${JSON.stringify(dir)}, { flushMs: 0, onError: (e) => errors.push(e.op + ' ' + e.message) });`,
      `for (let step = 0; step < 100; step++) w.scalar('loss', step, step);`,
      `w.close();`,
      `console.log(JSON.stringify(errors));`,
    ].join('\n');
    // ulimit -f 2 caps files at 2 KiB; SIGXFSZ is ignored so that write() fails with EFBIG instead of killing node.
    const tsx = import.meta.resolve('tsx');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `trap '' XFSZ; ulimit -f 2; exec "${process.execPath}" --import ${tsx} --input-type=module -e "$CODE"`,
      ],
      { encoding: 'utf8', env: { ...process.env, CODE: code } },
    );
    assert.equal(r.status, 0, r.stderr);
    const errors = JSON.parse(r.stdout.trim().split('\n').pop()!) as string[];
    assert.ok(
      errors.some((e) => /^write .*EFBIG/.test(e)),
      r.stdout,
    );
    const [file] = readdirSync(dir);
    const { damaged } = readScalars(join(dir, file!));
    const points = scalarsIn(join(dir, file!));
    assert.equal(damaged, 0);
    assert.ok(points.length > 10 && points.length < 100, `${points.length} points fit in 2 KiB`);
    assert.deepEqual(
      points.map((p) => p[1]),
      points.map((_, i) => i),
    );
  });

  test('close() flushes what is buffered and later writes go to onError, not to the caller', () => {
    const errors: SummaryWriteError[] = [];
    const timer = fakeTimer();
    const w = createSummaryWriter(freshDir(), { setTimer: timer, onError: (e) => errors.push(e) });
    w.scalar('loss', 2, 5);
    w.close();
    assert.deepEqual(scalarsIn(w.path), [['loss', 5, 2]]);
    assert.equal(timer.pending(), 0);
    w.scalar('loss', 3, 6);
    assert.deepEqual(
      errors.map((e) => e.op),
      ['closed'],
    );
    assert.deepEqual(scalarsIn(w.path), [['loss', 5, 2]]);
    w.close(); // twice is fine
  });

  test('a run dir that is a file goes to onError with the path, and nothing throws into the loop', () => {
    const parent = join(root, `blocked-${n++}`);
    writeFileSync(parent, 'not a directory');
    const errors: SummaryWriteError[] = [];
    const w = createSummaryWriter(join(parent, 'train'), { flushMs: 0, onError: (e) => errors.push(e) });
    w.scalar('loss', 1, 0);
    w.flush();
    w.close();
    assert.ok(errors.length >= 1);
    assert.equal(errors[0]!.op, 'open');
    assert.ok(errors[0]!.message.includes(parent), errors[0]!.message);
    assert.match(errors[0]!.message, /ENOTDIR|EEXIST/);
  });

  test('points written while the directory cannot be created reach the file once it can', () => {
    const parent = join(root, `later-${n++}`);
    writeFileSync(parent, 'in the way');
    const errors: SummaryWriteError[] = [];
    const w = createSummaryWriter(join(parent, 'train'), { flushMs: 0, onError: (e) => errors.push(e) });
    w.scalar('loss', 1, 0);
    w.scalar('loss', 0.5, 1);
    rmSync(parent);
    w.flush();
    assert.deepEqual(scalarsIn(w.path), [
      ['loss', 0, 1],
      ['loss', 1, 0.5],
    ]);
    assert.equal(readScalars(w.path).damaged, 0);
    assert.ok(errors.every((e) => e.op === 'open'));
    w.close();
  });

  test('after a failed flush it retries on its own timer, so points land without any further write', () => {
    const parent = join(root, `retry-${n++}`);
    writeFileSync(parent, 'in the way');
    const timer = fakeTimer();
    const errors: SummaryWriteError[] = [];
    const w = createSummaryWriter(join(parent, 'train'), { setTimer: timer, onError: (e) => errors.push(e) });
    assert.equal(timer.pending(), 1, 'a retry is scheduled after the failed first flush');
    w.scalar('loss', 1, 0);
    timer.fire(); // fails again: still no directory
    assert.equal(timer.pending(), 1);
    rmSync(parent);
    timer.fire();
    assert.equal(timer.pending(), 0);
    assert.deepEqual(scalarsIn(w.path), [['loss', 0, 1]]);
    assert.ok(errors.length >= 2 && errors.every((e) => e.op === 'open'));
    w.close();
  });

  test('close() after failures reports the unwritten bytes and leaves no timer behind', () => {
    const parent = join(root, `close-fail-${n++}`);
    writeFileSync(parent, 'x');
    const timer = fakeTimer();
    const errors: SummaryWriteError[] = [];
    const w = createSummaryWriter(join(parent, 'run'), { setTimer: timer, onError: (e) => errors.push(e) });
    w.scalar('loss', 1, 0);
    w.close();
    assert.equal(timer.pending(), 0);
    assert.match(errors.at(-1)!.message, /closed with \d+ unwritten bytes/);
  });

  test('an onError that throws does not break the caller either', () => {
    const parent = join(root, `throwing-${n++}`);
    writeFileSync(parent, 'x');
    const w = createSummaryWriter(join(parent, 'run'), {
      flushMs: 0,
      onError: () => {
        throw new Error('boom');
      },
    });
    assert.doesNotThrow(() => w.scalar('loss', 1, 0));
    w.close();
  });

  test('bad arguments are caller bugs and throw at once, without writing anything', () => {
    const w = createSummaryWriter(freshDir(), { flushMs: 0 });
    assert.throws(() => w.scalar('', 1, 0), /tag must be a non-empty string/);
    assert.throws(() => w.scalar('loss', 1, Number.NaN), /step must be a safe integer/);
    assert.throws(() => w.scalar('loss', 1, 0, { wallTime: Number.NaN }), /wall time must be finite/);
    assert.deepEqual(scalarsIn(w.path), []);
    w.close();
  });

  test('writes every kind through its builder into one readable file', () => {
    const w = createSummaryWriter(freshDir(), { flushMs: 0, now: () => 1700000000_000 });
    w.scalar('loss', 0.5, 0, { description: 'training loss' });
    w.histogram('weights', [1, 2, 3, 4], 0, { buckets: 2 });
    w.text('notes', '**hi**', 0);
    w.kerasModel('{"class_name":"Sequential","config":{"name":"s","layers":[]}}');
    w.sessionStart({ lr: 0.1, opt: 'adam', bn: true }, { groupName: 'g' });
    w.sessionEnd('success');
    w.close();
    const { samples, damaged } = readScalars(w.path);
    assert.equal(damaged, 0);
    assert.deepEqual(
      samples.map((s) => s.kind),
      ['file_version', 'scalar', 'histogram', 'text', 'keras_model', 'hparams', 'hparams'],
    );
    const hp = samples.filter((s) => s.kind === 'hparams').map((s) => s.kind === 'hparams' && s.data);
    assert.equal(hp[0] && hp[0].sessionStartInfo?.startTimeSecs, 1700000000);
    assert.equal(hp[1] && hp[1].sessionEndInfo?.endTimeSecs, 1700000000);
  });
});
