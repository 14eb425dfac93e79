// The /api/runs JSON made from per-run pieces (server/api/run-summaries-json.ts) on a real series store fed by the
// real interpreter: the bytes equal the summaries serialized afresh, and only runs that changed are summarized.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { tensorboard } from '../../../proto/index.ts';
import type { RunSummary } from '../../../contract/index.ts';
import { encodeEvent } from '../../../tfevents/event-codec.ts';
import { createRunInterpreter } from '../../../tfevents/event-interpreter.ts';
import { scalarValue } from '../../../tfevents/summaries/scalar-summary.ts';
import { plainJsonText } from '../../../server/api/plain-json.ts';
import { createRunSummariesJson } from '../../../server/api/run-summaries-json.ts';
import { createSeriesStore } from '../../../server/store/series-store.ts';
import type { RunView } from '../../../server/store/data-provider.ts';

const interpreters = new Map<string, ReturnType<typeof createRunInterpreter>>();
function feed(store: ReturnType<typeof createSeriesStore>, run: string, events: tensorboard.IEvent[]): void {
  let interp = interpreters.get(run);
  if (!interp) interpreters.set(run, (interp = createRunInterpreter()));
  for (const e of events) store.applyData(run, interp.interpretPayloadData(encodeEvent(e)), interp.tags());
}
const point = (tag: string, step: number): tensorboard.IEvent => ({
  wallTime: 1_700_000_000 + step,
  step,
  summary: { value: [scalarValue(tag, step / 10)] },
});

const summarize = (run: RunView, session: string): RunSummary => ({
  run: run.name,
  session,
  startTime: run.startTime,
  lastWallTime: run.lastWallTime,
  files: run.fileCount,
  points: run.pointCount(),
  tags: { scalars: [...run.tags().keys()].sort() } as RunSummary['tags'],
  damaged: [],
  damagedCount: run.damagedCount(),
  restarts: [],
});
const sessionOf = (run: RunView): string => `s-${run.name}`;
const fresh = (runs: readonly RunView[]): string =>
  `{"runs":[${runs.map((r) => plainJsonText(summarize(r, sessionOf(r)))).join(',')}]}`;

test('run summaries JSON equals the summaries made afresh, and summarizes only the runs that changed', async () => {
  const store = createSeriesStore({ logdir: '/nonexistent' });
  const json = createRunSummariesJson();
  let made = 0;
  const counting = (run: RunView, session: string): RunSummary => (made++, summarize(run, session));
  assert.equal((await json.bytes([], sessionOf, counting)).toString(), '{"runs":[]}');

  for (const run of ['a', 'b', 'c']) feed(store, run, [point('loss', 0), point('loss', 1)]);
  const first = await json.bytes(store.runs(), sessionOf, counting);
  assert.equal(first.toString(), fresh(store.runs()));
  assert.equal(made, 3);

  feed(store, 'b', [point('loss', 2), point('acc', 2)]);
  const second = await json.bytes(store.runs(), sessionOf, counting);
  assert.equal(second.toString(), fresh(store.runs()));
  assert.equal(made, 4, 'only run b is summarized again');

  // a run first in one answer and later in another: its piece's separator is right in both
  const tail = store.runs().slice(1);
  assert.equal((await json.bytes(tail, sessionOf, counting)).toString(), fresh(tail));
  assert.equal(
    (await json.bytes(store.runs(), () => 'moved', counting)).toString().match(/moved/g)?.length,
    3,
  );
});
