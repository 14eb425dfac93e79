// TensorBoard's run order: sortInWalkOrder against a top-down walk in raw readdir order of a real directory
// tree, and the store's tensorboardRuns(): computed once per change of the runs (added, gone, back), not per call;
// list() and inTensorBoardOrder() follow it whatever order a filter names runs in; runs() stays in name order.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, opendirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createWalkOrder, sortInWalkOrder } from '../../../server/ingest/walk-order.ts';
import { createSeriesStore, type SeriesStore } from '../../../server/store/series-store.ts';
import { encodeEvent } from '../../../tfevents/event-codec.ts';
import { createRunInterpreter } from '../../../tfevents/event-interpreter.ts';
import { scalarValue } from '../../../tfevents/summaries/scalar-summary.ts';

/** One scalar point of tag `loss` in `run`. */
function feed(store: SeriesStore, run: string): void {
  const interp = createRunInterpreter();
  const event = encodeEvent({
    wallTime: 1_700_000_000,
    step: 0,
    summary: { value: [scalarValue('loss', 1)] },
  });
  store.applyData(run, interp.interpretPayloadData(event), interp.tags());
}

/** Run names of a top-down walk (os.walk) of `dir` in raw readdir order, parents before children. */
function walk(dir: string, rel = ''): string[] {
  const out: string[] = [];
  const d = opendirSync(join(dir, rel));
  for (let e = d.readSync(); e !== null; e = d.readSync()) {
    const name = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(name, ...walk(dir, name));
  }
  d.closeSync();
  return out;
}

function tree(names: readonly string[]): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-walk-order-'));
  for (const n of names) mkdirSync(join(dir, n), { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const NAMES = ['m', 'b', 'x/q', 'x/a', 'x', 'c/d/e', 'c/d', 'k', 'a', 'z/y'];

test('sortInWalkOrder is the top-down walk in raw readdir order, the logdir itself first', () => {
  const t = tree(NAMES);
  try {
    const expected = ['.', ...walk(t.dir).filter((n) => NAMES.includes(n))];
    assert.deepEqual(sortInWalkOrder(t.dir, ['.', ...[...NAMES].sort()]), expected);
    assert.deepEqual(sortInWalkOrder(t.dir, [...NAMES].reverse().concat('.')), expected);
  } finally {
    t.remove();
  }
});

test('runs whose directory is gone come after the readable ones, in input order', () => {
  const t = tree(['a', 'b']);
  try {
    const order = sortInWalkOrder(t.dir, ['gone2', 'a', 'gone1/x', 'b']);
    assert.deepEqual(order.slice(2), ['gone2', 'gone1/x']);
    assert.deepEqual(order.slice(0, 2), walk(t.dir));
    assert.deepEqual(sortInWalkOrder(join(t.dir, 'nowhere'), ['b', 'a']), ['b', 'a']);
  } finally {
    t.remove();
  }
});

test('the store orders runs once per change of the runs, and list() follows that order', () => {
  const t = tree(NAMES);
  try {
    let computed = 0;
    const store = createSeriesStore({
      logdir: t.dir,
      tensorboardOrder: (runs) => {
        computed++;
        return sortInWalkOrder(t.dir, runs);
      },
    });
    for (const n of [...NAMES].sort()) store.ensureRun(n);
    const walked = walk(t.dir).filter((n) => NAMES.includes(n));
    assert.deepEqual(
      store.tensorboardRuns().map((r) => r.name),
      walked,
    );
    store.tensorboardRuns();
    store.inTensorBoardOrder(['a']);
    assert.equal(computed, 1, 'cached between changes');
    assert.deepEqual(
      store.runs().map((r) => r.name),
      [...NAMES].sort(),
      'runs() keeps name order',
    );
    const asked = [...NAMES].sort().reverse();
    assert.deepEqual(
      store.inTensorBoardOrder([...asked, 'unknown', asked[0]!]).map((r) => r.name),
      walked,
    );
    store.setRunPresent('m', false);
    store.tensorboardRuns();
    assert.equal(computed, 2, 'a run gone reorders');
    store.setRunPresent('m', true);
    store.ensureRun('m'); // known: no change
    store.tensorboardRuns();
    assert.equal(computed, 3, 'a run back reorders');
    mkdirSync(join(t.dir, 'new'));
    store.ensureRun('new');
    assert.ok(store.tensorboardRuns().some((r) => r.name === 'new'));
    assert.equal(computed, 4, 'a run added reorders');
    for (const n of NAMES) feed(store, n);
    const listed = (filter?: { runs: string[] }): string[] =>
      store.list('scalars', 'scalar', filter).map((l) => l.run);
    assert.deepEqual(listed(), walked, 'the run without scalars is not listed');
    assert.deepEqual(listed({ runs: asked }), walked, "a filter's order is not the answer's");
  } finally {
    t.remove();
  }
});

test('a kept WalkOrder reads again only the directories whose entries changed, and orders as a fresh walk', () => {
  const t = tree(['a', 'b', 'x/q', 'x/r', 'y/s']);
  try {
    const order = createWalkOrder(t.dir);
    const runs = ['a', 'b', 'x/q', 'x/r', 'y/s'];
    assert.deepEqual(order.sort(runs), sortInWalkOrder(t.dir, runs));
    const first = order.reads();
    assert.equal(first, 3); // the logdir, x and y
    order.sort(runs);
    assert.equal(order.reads(), first, 'nothing changed: no directory is read again');
    mkdirSync(join(t.dir, 'x', 'p'));
    const inX = [...runs, 'x/p'];
    assert.deepEqual(order.sort(inX), sortInWalkOrder(t.dir, inX));
    assert.equal(order.reads(), first + 1, 'only x is read again');
    for (const n of ['c', 'd', 'e', 'f', 'g']) mkdirSync(join(t.dir, n));
    const top = [...inX, 'c', 'd', 'e', 'f', 'g'];
    assert.deepEqual(order.sort(top), sortInWalkOrder(t.dir, top));
    assert.equal(order.reads(), first + 2, 'only the logdir is read again');
    // y removed and made again: a new inode, read again even if the mtime came out equal
    rmSync(join(t.dir, 'y'), { recursive: true });
    mkdirSync(join(t.dir, 'y', 't'), { recursive: true });
    const back = [...top.filter((n) => n !== 'y/s'), 'y/t'];
    assert.deepEqual(order.sort(back), sortInWalkOrder(t.dir, back));
    assert.ok(order.reads() >= first + 3);
  } finally {
    t.remove();
  }
});

test('warm() reads the listings a sort needs ahead, so the sort reads none and orders as a fresh walk', async () => {
  const t = tree(['p/train', 'q/train', 'r/eval', 'a']);
  try {
    const runs = ['p/train', 'q/train', 'r/eval', 'a'];
    const order = createWalkOrder(t.dir);
    await order.warm(runs);
    const warmed = order.reads();
    assert.equal(warmed, 4); // the logdir, p, q and r
    assert.deepEqual(order.sort(runs), sortInWalkOrder(t.dir, runs));
    assert.equal(order.reads(), warmed, 'sort() found every listing kept');
    mkdirSync(join(t.dir, 'q', 'val'));
    const more = [...runs, 'q/val'];
    assert.deepEqual(
      order.sort(more),
      sortInWalkOrder(t.dir, more),
      'a directory changed since warm() is read again',
    );
  } finally {
    t.remove();
  }
});

test('a sort told which runs changed checks only the directories on their paths, and still orders as a fresh walk', () => {
  const names = ['p/train', 'q/train', 'r/eval', 'a'];
  const t = tree(names);
  try {
    const order = createWalkOrder(t.dir);
    order.sort(names, names);
    const checked = order.checks();
    assert.equal(checked, 4); // the logdir, p, q and r
    order.sort(names, []);
    assert.equal(order.checks(), checked, 'nothing changed: no directory checked');
    mkdirSync(join(t.dir, 'q', 'val'));
    const more = [...names, 'q/val'];
    assert.deepEqual(order.sort(more, ['q/val']), sortInWalkOrder(t.dir, more));
    assert.equal(order.checks(), checked + 2, 'the logdir and q checked, p and r trusted');
    // r/eval removed and made again under a new inode: a run gone and back, named as changed
    rmSync(join(t.dir, 'r'), { recursive: true });
    mkdirSync(join(t.dir, 'r', 'eval'), { recursive: true });
    assert.deepEqual(order.sort(more, ['r/eval', 'r/eval']), sortInWalkOrder(t.dir, more));
  } finally {
    t.remove();
  }
});

test('the store tells its order which runs were added, gone or back since it last asked', () => {
  const t = tree(['a', 'b', 'c']);
  try {
    const told: string[][] = [];
    const store = createSeriesStore({
      logdir: t.dir,
      tensorboardOrder: (runs, changed) => {
        told.push([...changed]);
        return sortInWalkOrder(t.dir, runs);
      },
    });
    for (const n of ['a', 'b']) store.ensureRun(n);
    store.tensorboardRuns();
    store.setRunPresent('a', false);
    store.ensureRun('c');
    store.tensorboardRuns();
    store.setRunPresent('a', true);
    store.tensorboardRuns();
    assert.deepEqual(told, [['a', 'b'], ['a', 'c'], ['a']]);
  } finally {
    t.remove();
  }
});
