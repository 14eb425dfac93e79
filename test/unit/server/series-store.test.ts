// The series store fed by the real interpreter on real event bytes: its three data classes, restart purges across
// all of them, and its change stream (subscribe) with drainChanges() as a buffering subscriber of that stream.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tensorboard } from '../../../proto/index.ts';
import { encodeEvent } from '../../../tfevents/event-codec.ts';
import { createRunInterpreter } from '../../../tfevents/event-interpreter.ts';
import { createEventStreamReader } from '../../../tfevents/event-stream-reader.ts';
import { openFileByteSource } from '../../../tfevents/node/file-byte-source.ts';
import { scalarValue } from '../../../tfevents/summaries/scalar-summary.ts';
import { textValue } from '../../../tfevents/summaries/text-summary.ts';
import { createSeriesStore } from '../../../server/store/series-store.ts';
import type { StoreChange } from '../../../server/store/store-change.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';

function feed(store: ReturnType<typeof createSeriesStore>, run: string, events: tensorboard.IEvent[]): void {
  const interp = createRunInterpreter();
  for (const e of events) store.applyData(run, interp.interpretPayloadData(encodeEvent(e)), interp.tags());
}

const summary = (step: number, value: tensorboard.Summary.IValue): tensorboard.IEvent => ({
  wallTime: 1_700_000_000 + step,
  step,
  summary: { value: [value] },
});

test('a real event file is stored by data class and plugin, as its tags say', () => {
  const dir = join(fixturesDir, 'tf-summary');
  const store = createSeriesStore({ logdir: dir });
  const interp = createRunInterpreter();
  for (const f of readdirSync(dir).filter((n) => n.includes('tfevents'))) {
    const src = openFileByteSource(join(dir, f));
    const reader = createEventStreamReader(src, f);
    reader.visitPayloads(
      (_o, p) => store.applyData('.', interp.interpretPayloadData(p), interp.tags()),
      (d) => assert.fail(d.message),
    );
    src.close();
  }
  const run = store.run('.')!;
  for (const info of run.tags().values()) {
    const stored =
      info.plugin === 'scalars'
        ? run.scalars(info.tag)?.length
        : (run.tensors(info.plugin, info.tag) ?? run.blobSequences(info.plugin, info.tag))?.length;
    assert.ok((stored ?? 0) > 0, `${info.plugin}/${info.tag} is stored`);
    assert.deepEqual(
      store
        .list(info.plugin, info.dataClass === 'unknown' ? 'tensor' : info.dataClass)
        .some((s) => s.tag === info.tag),
      true,
      `${info.plugin}/${info.tag} is listed under ${info.dataClass}`,
    );
  }
});

test('a SessionLog START purges scalars, tensors and blob sequences of the run from its step on', () => {
  const store = createSeriesStore({ logdir: '/none' });
  // the session's first START purges nothing (TensorBoard's loader): the restart is the second one
  const events: tensorboard.IEvent[] = [
    { wallTime: 1_700_000_000, fileVersion: 'brain.Event:2' },
    { wallTime: 1_700_000_000, step: 0, sessionLog: { status: tensorboard.SessionLog.SessionStatus.START } },
  ];
  for (let s = 0; s < 5; s++)
    events.push(summary(s, scalarValue('loss', s)), summary(s, textValue('note', `n${s}`)));
  events.push({
    wallTime: 1_700_000_010,
    step: 2,
    sessionLog: { status: tensorboard.SessionLog.SessionStatus.START },
  });
  events.push({ wallTime: 1_700_000_011, step: 2, graphDef: new Uint8Array([1, 2, 3]) });
  feed(store, 'r', events);
  const run = store.run('r')!;
  assert.equal(run.scalars('loss')!.length, 2);
  assert.deepEqual(
    run
      .tensors('text', 'note')!
      .points()
      .map((p) => p.step),
    [0, 1],
  );
  assert.equal(run.blobSequences('graphs', '__run_graph__')!.length, 1);
  assert.equal(run.restarts().length, 1);
});

test('subscribe() sees every change in order, and drainChanges() returns the same changes merged', () => {
  const store = createSeriesStore({ logdir: '/none' });
  const seen: StoreChange[] = [];
  const stop = store.subscribe((c) => seen.push(c));
  feed(store, 'r', [
    { wallTime: 1_700_000_000, fileVersion: 'brain.Event:2' },
    summary(0, scalarValue('loss', 1)),
    summary(1, scalarValue('loss', 2)),
    summary(1, textValue('note', 'hello')),
  ]);
  store.reportDamage('r', {
    file: 'r/ev',
    offset: 7,
    reason: 'data-crc',
    message: 'r/ev: bad data CRC at byte 7',
  });
  stop();
  store.ensureRun('later');
  assert.deepEqual(
    seen.map((c) => (c.kind === 'points-appended' ? `${c.kind}:${c.plugin}/${c.tag}` : c.kind)),
    [
      'run-added',
      'points-appended:scalars/loss',
      'tags-added',
      'points-appended:scalars/loss',
      'points-appended:text/note',
      'tags-added',
      'damage',
    ],
  );
  const drained = store.drainChanges();
  assert.deepEqual(drained.runsAdded, ['r', 'later']);
  assert.deepEqual([...drained.scalars.get('r')!], ['loss']);
  assert.deepEqual([...drained.plugins.get('r')!.get('text')!], ['note']);
  assert.deepEqual(
    drained.newTags.map((n) => [n.run, n.tags.map((t) => t.tag)]),
    [['r', ['loss', 'note']]],
  );
  assert.equal(drained.damage[0]!.damage[0]!.offset, 7);
  const empty = store.drainChanges();
  assert.equal(empty.runsAdded.length + empty.scalars.size + empty.newTags.length + empty.damage.length, 0);
});

test('stored tensors and blobs are copies: overwriting the payload they were read from changes nothing', () => {
  const store = createSeriesStore({ logdir: '/none' });
  const interp = createRunInterpreter();
  const payload = encodeEvent(summary(0, textValue('note', 'kept')));
  store.applyData('r', interp.interpretPayloadData(payload), interp.tags());
  const image = encodeEvent(
    summary(0, { tag: 'img', image: { width: 1, height: 1, encodedImageString: new Uint8Array([9, 9, 9]) } }),
  );
  store.applyData('r', interp.interpretPayloadData(image), interp.tags());
  payload.fill(0);
  image.fill(0);
  const text = store.run('r')!.tensors('text', 'note')!.points()[0]!.value;
  assert.equal(new TextDecoder().decode(text.stringVal![0]), 'kept');
  assert.deepEqual([...store.run('r')!.blobSequences('images', 'img')!.points()[0]!.value[2]!], [9, 9, 9]);
});
