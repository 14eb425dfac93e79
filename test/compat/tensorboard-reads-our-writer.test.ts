// The core proof of the write side: files written by OUR writer are read by REAL TensorBoard 2.21. Its Python
// plugin_event_accumulator sees the same scalars (steps, wall times, float32 values), histogram rows equal to
// its own histogram_pb, text, PNG images, and the hparams plugin data; its graphs plugin builds the conceptual
// graph from our graph_keras_model; its HTTP server (Python loader, and the Rust data server) serves scalars,
// histograms, text, images, the Keras graph and both hparams sessions with their metrics.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { encodePng } from '../../tfevents/node/png-encoder.ts';
import { createSummaryWriter } from '../../tfevents/node/summary-writer.ts';
import { histogramBuckets } from '../../tfevents/summaries/histogram-summary.ts';
import { repoRoot } from '../support/shared-fixtures.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const haveTensorBoard =
  existsSync(python) && spawnSync(python, ['-c', 'import tensorboard'], { stdio: 'ignore' }).status === 0;
const skip = haveTensorBoard
  ? false
  : `no Python with tensorboard at ${python} (run: bash scripts/setup-python.sh)`;
const script = join(repoRoot, 'test', 'compat', 'python', 'read_with_tensorboard.py');

test(
  'real TensorBoard is available for this compatibility test (required when CI=true)',
  { skip: !skip ? false : process.env.CI !== 'true' && skip },
  () => {
    assert.ok(haveTensorBoard, `${skip}`);
  },
);

const f32 = Math.fround;
const BASE = 1795000000;
const wall = (step: number): number => BASE + step * 0.5 + 0.125;
const losses = [2.5, 1.25, 0.8, 0.61, 0.55];
const weights = (step: number): number[] =>
  Array.from({ length: 200 }, (_, i) => Math.sin(i * 0.37 + step) * (1 + step));
const pixels = Uint8Array.from({ length: 4 * 3 * 3 }, (_, i) => (i * 23) & 0xff);
const png = encodePng(4, 3, 3, pixels);

/** A Keras-3-format functional model with two inputs and two outputs, as model.to_json() emits it. */
function wideDeepModelJson(): string {
  const tensor = (layer: string, shape: number[]) => ({
    class_name: '__keras_tensor__',
    config: { shape: [null, ...shape], dtype: 'float32', keras_history: [layer, 0, 0] },
  });
  const input = (name: string, width: number) => ({
    module: 'keras.layers',
    class_name: 'InputLayer',
    config: {
      batch_shape: [null, width],
      dtype: 'float32',
      sparse: false,
      ragged: false,
      name,
      optional: false,
    },
    registered_name: null,
    name,
    inbound_nodes: [],
  });
  const layer = (class_name: string, name: string, config: object, args: unknown[]) => ({
    module: 'keras.layers',
    class_name,
    config: { name, trainable: true, ...config },
    registered_name: null,
    name,
    inbound_nodes: [{ args, kwargs: {} }],
  });
  const dense = (name: string, units: number, from: string, width: number) =>
    layer('Dense', name, { units, activation: units > 1 ? 'relu' : 'linear', use_bias: true }, [
      tensor(from, [width]),
    ]);
  return JSON.stringify({
    module: 'keras.src.models.functional',
    class_name: 'Functional',
    config: {
      name: 'wide_deep',
      trainable: true,
      layers: [
        input('deep_input', 6),
        dense('hidden', 30, 'deep_input', 6),
        input('wide_input', 5),
        layer('Concatenate', 'concatenate', { axis: -1 }, [
          [tensor('wide_input', [5]), tensor('hidden', [30])],
        ]),
        dense('main_output', 1, 'concatenate', 35),
        dense('aux_output', 1, 'hidden', 30),
      ],
      input_layers: [
        ['wide_input', 0, 0],
        ['deep_input', 0, 0],
      ],
      output_layers: [
        ['main_output', 0, 0],
        ['aux_output', 0, 0],
      ],
    },
    registered_name: 'Functional',
  });
}

const trials = [
  {
    run: 'hparams/trial-0',
    hp: { lr: 0.01, optimizer: 'adam', units: 8, bn: true },
    status: 'success',
    loss: [0.9, 0.7, 0.5],
    val: [1.0, 0.8, 0.65],
  },
  {
    run: 'hparams/trial-1',
    hp: { lr: 0.1, optimizer: 'sgd', units: 16, bn: false },
    status: 'failure',
    loss: [1.5, 1.2, 1.1],
    val: [1.6, 1.4, 1.3],
  },
] as const;

/** The same wide-and-deep model built with TF.js; its toJSON() has Keras 2 style inbound nodes. */
function tfjsWideDeepModelJson(): string {
  const wide = tf.input({ shape: [5], name: 'wide_input' });
  const deep = tf.input({ shape: [6], name: 'deep_input' });
  const hidden = tf.layers
    .dense({ units: 30, activation: 'relu', name: 'hidden' })
    .apply(deep) as tf.SymbolicTensor;
  const concat = tf.layers.concatenate({ name: 'concatenate' }).apply([wide, hidden]) as tf.SymbolicTensor;
  const main = tf.layers.dense({ units: 1, name: 'main_output' }).apply(concat) as tf.SymbolicTensor;
  const aux = tf.layers.dense({ units: 1, name: 'aux_output' }).apply(hidden) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [wide, deep], outputs: [main, aux], name: 'wide_deep' });
  return JSON.stringify(model.toJSON(null, false));
}

function writeLogdir(logdir: string): void {
  const train = createSummaryWriter(join(logdir, 'model', 'train'));
  const validation = createSummaryWriter(join(logdir, 'model', 'validation'));
  train.kerasModel(wideDeepModelJson());
  losses.forEach((loss, step) => {
    train.scalar('epoch_loss', loss, step, { wallTime: wall(step), description: 'training **loss**' });
    validation.scalar('epoch_loss', loss * 1.1, step, { wallTime: wall(step) + 0.01 });
    train.scalar('nan_probe', step === 2 ? Number.NaN : step, step, { wallTime: wall(step) });
  });
  for (const step of [0, 1])
    train.histogram('hidden/kernel/histogram', weights(step), step, { wallTime: wall(step) });
  train.histogram('constant/histogram', [3, 3, 3], 0, { buckets: 4, wallTime: wall(0) });
  train.text('notes', '**step** 0 <b>raw</b>', 0);
  train.text(
    'table',
    [
      ['a', 'b'],
      ['c', 'd'],
    ],
    0,
  );
  train.image('sample', [{ width: 4, height: 3, png }], 0, { wallTime: wall(0) });
  train.close();
  validation.close();
  const tfjsRun = createSummaryWriter(join(logdir, 'tfjs', 'train'));
  tfjsRun.kerasModel(tfjsWideDeepModelJson());
  tfjsRun.close();

  const root = createSummaryWriter(join(logdir, 'hparams'));
  root.hparamsExperiment({
    hparams: [
      { name: 'lr', domain: { min: 0.001, max: 0.1 } },
      { name: 'optimizer', domain: { values: ['adam', 'sgd'] } },
      { name: 'units', domain: { values: [8, 16] } },
      { name: 'bn', domain: { values: [true, false] } },
    ],
    metrics: [
      { tag: 'epoch_loss', displayName: 'loss' },
      { tag: 'epoch_loss', group: 'validation', displayName: 'val loss' },
    ],
  });
  root.close();
  trials.forEach((t, i) => {
    const session = createSummaryWriter(join(logdir, t.run));
    const val = createSummaryWriter(join(logdir, t.run, 'validation'));
    session.sessionStart(t.hp, { startTimeSecs: BASE + 100 * i });
    t.loss.forEach((v, step) => session.scalar('epoch_loss', v, step, { wallTime: wall(step) + 100 * i }));
    t.val.forEach((v, step) => val.scalar('epoch_loss', v, step, { wallTime: wall(step) + 100 * i }));
    session.sessionEnd(t.status, BASE + 100 * i + 50);
    session.close();
    val.close();
  });
  writeFileSync(
    join(logdir, '..', 'spec.json'),
    JSON.stringify({
      histograms: { w0: { data: weights(0) }, w1: { data: weights(1) }, c: { data: [3, 3, 3], buckets: 4 } },
    }),
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

interface RunningTensorBoard {
  url: string;
  child: ChildProcess;
  log: () => string;
}

async function startTensorBoard(
  logdir: string,
  loadFast: boolean,
  runCount: number,
): Promise<RunningTensorBoard> {
  const port = await freePort();
  const bin = join(dirname(python), 'tensorboard');
  const child = spawn(
    bin,
    ['--logdir', logdir, '--host', '127.0.0.1', '--port', String(port), `--load_fast=${loadFast}`],
    {
      stdio: ['pipe', 'ignore', 'pipe'], // stdin open: the Rust data server is started with --die-after-stdin
    },
  );
  let log = '';
  child.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const runs = (await (await fetch(`${url}/data/runs`)).json()) as string[];
      if (runs.length >= runCount) return { url, child, log: () => log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`TensorBoard (load_fast=${loadFast}) did not serve ${runCount} runs within 60 s:\n${log}`);
}

async function stop(tb: RunningTensorBoard | undefined): Promise<void> {
  if (!tb || tb.child.exitCode !== null || tb.child.pid === undefined) return;
  const exited = new Promise((r) => tb.child.once('exit', r));
  tb.child.stdin?.end();
  process.kill(tb.child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (tb.child.exitCode === null) process.kill(tb.child.pid, 'SIGKILL');
}

type Num = number | 'NaN' | 'Infinity' | '-Infinity';
interface PyTag {
  plugin: string;
  content: string;
  description: string;
  hparams?: Record<string, unknown>;
  points: {
    step: number;
    wall_time?: number;
    value?: Num;
    dtype?: number;
    rows?: Num[][];
    shape?: number[];
    strings?: string[];
    width?: string;
    height?: string;
    images?: { size: number[]; mode: string; pixels: string }[];
    nodes?: [string, string[], string][];
  }[];
}
interface PyReport {
  runs: Record<string, { file_version: number; tags: Record<string, PyTag> }>;
  histogram_reference: Record<string, Num[][]>;
}

const clean = (x: number): Num =>
  Number.isNaN(x) ? 'NaN' : x === Infinity ? 'Infinity' : x === -Infinity ? '-Infinity' : x;
const rowsOf = (b: Float64Array): Num[][] =>
  Array.from({ length: b.length / 3 }, (_, i) => [...b.subarray(i * 3, i * 3 + 3)].map(clean));
const expectedNodes: [string, string[], string][] = [
  ['wide_deep/deep_input', [], 'InputLayer'],
  ['wide_deep/hidden', ['wide_deep/deep_input'], 'Dense'],
  ['wide_deep/wide_input', [], 'InputLayer'],
  ['wide_deep/concatenate', ['wide_deep/wide_input', 'wide_deep/hidden'], 'Concatenate'],
  ['wide_deep/main_output', ['wide_deep/concatenate'], 'Dense'],
  ['wide_deep/aux_output', ['wide_deep/hidden'], 'Dense'],
];
const allRuns = [
  'hparams',
  'hparams/trial-0',
  'hparams/trial-0/validation',
  'hparams/trial-1',
  'hparams/trial-1/validation',
  'model/train',
  'model/validation',
  'tfjs/train',
];

describe('real TensorBoard reads what our writer wrote', { skip }, () => {
  let tmp = '';
  let logdir = '';
  let py: PyReport;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'tb-compat-writer-'));
    logdir = join(tmp, 'logs');
    writeLogdir(logdir);
    const r = spawnSync(python, [script, logdir, join(tmp, 'spec.json')], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    assert.equal(r.status, 0, r.stderr);
    py = JSON.parse(r.stdout) as PyReport;
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const tag = (run: string, name: string): PyTag => {
    const t = py.runs[run]?.tags[name];
    assert.ok(
      t,
      `TensorBoard sees no tag ${name} in run ${run}; it sees ${JSON.stringify(Object.keys(py.runs[run]?.tags ?? {}))}`,
    );
    return t;
  };

  test('every run is found, each with file version 2', () => {
    assert.deepEqual(Object.keys(py.runs).sort(), allRuns);
    for (const run of allRuns) assert.equal(py.runs[run]!.file_version, 2, run);
  });

  test('plugin_event_accumulator sees our scalars with the same steps, wall times and float32 values', () => {
    const points = (run: string) =>
      tag(run, 'epoch_loss').points.map((p) => [p.step, p.wall_time, p.value, p.dtype]);
    assert.deepEqual(
      points('model/train'),
      losses.map((l, s) => [s, wall(s), f32(l), 1]),
    );
    assert.deepEqual(
      points('model/validation'),
      losses.map((l, s) => [s, wall(s) + 0.01, f32(l * 1.1), 1]),
    );
    assert.equal(tag('model/train', 'epoch_loss').plugin, 'scalars');
    assert.equal(tag('model/train', 'epoch_loss').description, 'training **loss**');
  });

  test('a NaN scalar stays NaN at its step', () => {
    assert.deepEqual(
      tag('model/train', 'nan_probe').points.map((p) => p.value),
      [0, 1, 'NaN', 3, 4],
    );
  });

  test("histogram rows equal TensorBoard's own histogram_pb on the same data (DT_DOUBLE [30,3])", () => {
    const h = tag('model/train', 'hidden/kernel/histogram');
    assert.equal(h.plugin, 'histograms');
    assert.deepEqual(
      h.points.map((p) => p.dtype),
      [2, 2],
    );
    assert.deepEqual(h.points[0]!.rows, py.histogram_reference.w0);
    assert.deepEqual(h.points[1]!.rows, py.histogram_reference.w1);
    assert.deepEqual(h.points[1]!.rows, rowsOf(histogramBuckets(weights(1))));
    assert.deepEqual(tag('model/train', 'constant/histogram').points[0]!.rows, py.histogram_reference.c);
  });

  test('text is read as a rank-0 string and a 2x2 table', () => {
    const notes = tag('model/train', 'notes').points[0]!;
    assert.deepEqual([notes.shape, notes.strings], [[], ['**step** 0 <b>raw</b>']]);
    const table = tag('model/train', 'table').points[0]!;
    assert.deepEqual(
      [table.shape, table.strings],
      [
        [2, 2],
        ['a', 'b', 'c', 'd'],
      ],
    );
  });

  test('the image is [width, height, png] and Pillow decodes our PNG to the same RGB pixels', () => {
    const img = tag('model/train', 'sample');
    assert.equal(img.plugin, 'images');
    const p = img.points[0]!;
    assert.deepEqual([p.width, p.height], ['4', '3']);
    assert.deepEqual(p.images, [{ size: [4, 3], mode: 'RGB', pixels: Buffer.from(pixels).toString('hex') }]);
  });

  test('the graphs plugin builds the conceptual graph of the two-input, two-output Keras model', () => {
    const k = tag('model/train', 'keras');
    assert.deepEqual([k.plugin, k.content], ['graph_keras_model', '1']);
    assert.deepEqual(k.points[0]!.nodes, expectedNodes);
  });

  test('a TF.js model JSON gets the same conceptual graph, edges included', () => {
    const byName = (nodes: [string, string[], string][]) =>
      [...nodes].sort((a, b) => a[0].localeCompare(b[0]));
    assert.deepEqual(byName(tag('tfjs/train', 'keras').points[0]!.nodes!), byName(expectedNodes));
  });

  test('the hparams plugin parses our experiment, both session starts and both session ends', () => {
    const exp = tag('hparams', '_hparams_/experiment').hparams as {
      hparamInfos: { name: string; type: string }[];
      metricInfos: unknown[];
    };
    assert.deepEqual(
      exp.hparamInfos.map((h) => [h.name, h.type]),
      [
        ['lr', 'DATA_TYPE_FLOAT64'],
        ['optimizer', 'DATA_TYPE_STRING'],
        ['units', 'DATA_TYPE_FLOAT64'],
        ['bn', 'DATA_TYPE_BOOL'],
      ],
    );
    assert.equal(exp.metricInfos.length, 2);
    trials.forEach((t, i) => {
      const start = tag(t.run, '_hparams_/session_start_info').hparams as {
        hparams: Record<string, unknown>;
        startTimeSecs: number;
      };
      assert.deepEqual(start.hparams, t.hp); // MessageToDict gives Struct values as plain JSON
      assert.equal(start.startTimeSecs, BASE + 100 * i);
      const end = tag(t.run, '_hparams_/session_end_info').hparams as { status: string; endTimeSecs: number };
      assert.deepEqual(end, {
        status: t.status === 'success' ? 'STATUS_SUCCESS' : 'STATUS_FAILURE',
        endTimeSecs: BASE + 100 * i + 50,
      });
    });
  });
});

interface SessionGroup {
  name: string;
  hparams: Record<string, unknown>;
  sessions: {
    name: string;
    status: string;
    startTimeSecs: number;
    endTimeSecs: number;
    metricValues: {
      name: { group: string; tag: string };
      value: number;
      trainingStep: number;
      wallTimeSecs: number;
    }[];
  }[];
}

const ALL_STATUSES = ['STATUS_FAILURE', 'STATUS_RUNNING', 'STATUS_SUCCESS', 'STATUS_UNKNOWN'];

for (const loadFast of [false, true]) {
  const loader = loadFast ? 'Rust data server (--load_fast=true)' : 'Python loader (--load_fast=false)';
  describe(`real TensorBoard's HTTP API serves our files: ${loader}`, { skip }, () => {
    let tmp = '';
    let tb: RunningTensorBoard | undefined;
    before(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'tb-compat-http-'));
      writeLogdir(join(tmp, 'logs'));
      tb = await startTensorBoard(join(tmp, 'logs'), loadFast, allRuns.length);
    });
    after(async () => {
      await stop(tb);
      rmSync(tmp, { recursive: true, force: true });
    });
    const get = async (path: string): Promise<Response> => {
      const res = await fetch(`${tb!.url}${path}`);
      assert.equal(res.status, 200, `GET ${path}: ${res.status} ${await res.clone().text()}\n${tb!.log()}`);
      return res;
    };
    const json = async <T>(path: string): Promise<T> => (await (await get(path)).json()) as T;
    const q = (o: Record<string, string>): string => new URLSearchParams(o).toString();

    test('lists every run', async () => {
      assert.deepEqual((await json<string[]>('/data/runs')).sort(), allRuns);
    });

    test('serves our scalars as [wall_time, step, value] with float32 values', async () => {
      const got = await json<unknown[]>(
        `/data/plugin/scalars/scalars?${q({ run: 'model/train', tag: 'epoch_loss' })}`,
      );
      assert.deepEqual(
        got,
        losses.map((l, s) => [wall(s), s, f32(l)]),
      );
      const tags =
        await json<Record<string, Record<string, { description: string }>>>('/data/plugin/scalars/tags');
      assert.match(tags['model/train']!.epoch_loss!.description, /<strong>loss<\/strong>/);
    });

    test('serves our histogram rows', async () => {
      const got = await json<[number, number, Num[][]][]>(
        `/data/plugin/histograms/histograms?${q({ run: 'model/train', tag: 'hidden/kernel/histogram' })}`,
      );
      assert.deepEqual(
        got.map(([w, s]) => [w, s]),
        [
          [wall(0), 0],
          [wall(1), 1],
        ],
      );
      got.forEach(([, s, rows]) => {
        const ours = rowsOf(histogramBuckets(weights(s)));
        assert.equal(rows.length, ours.length);
        rows.forEach((row, i) =>
          row.forEach((x, j) => assert.ok(Math.abs(Number(x) - Number(ours[i]![j])) < 1e-6)),
        );
      });
    });

    test('renders our text as sanitized Markdown HTML', async () => {
      const [point] = await json<{ step: number; text: string }[]>(
        `/data/plugin/text/text?${q({ run: 'model/train', tag: 'notes' })}`,
      );
      assert.match(point!.text, /<strong>step<\/strong> 0/);
      assert.doesNotMatch(point!.text, /<b>raw<\/b>/);
    });

    test('serves our PNG back byte for byte', async () => {
      const [entry] = await json<{ step: number; query: string }[]>(
        `/data/plugin/images/images?${q({ run: 'model/train', tag: 'sample', sample: '0' })}`,
      );
      const res = await get(`/data/plugin/images/individualImage?${entry!.query}`);
      assert.equal(res.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), Buffer.from(png));
    });

    test('builds the conceptual graph from our graph_keras_model', async () => {
      const info =
        await json<Record<string, { tags: Record<string, { conceptual_graph: boolean }> }>>(
          '/data/plugin/graphs/info',
        );
      assert.equal(info['model/train']!.tags.keras!.conceptual_graph, true);
      const text = await (
        await get(`/data/plugin/graphs/graph?${q({ run: 'model/train', tag: 'keras', conceptual: 'true' })}`)
      ).text();
      for (const [name, inputs, cls] of expectedNodes) {
        assert.ok(text.includes(`name: "${name}"`), `node ${name} in\n${text}`);
        for (const input of inputs) assert.ok(text.includes(`input: "${input}"`), `input ${input}`);
        assert.ok(text.includes(`s: "${cls}"`), `class ${cls}`);
      }
    });

    test('the hparams plugin serves our experiment config: hparams with domains, metrics with groups', async () => {
      const res = await fetch(`${tb!.url}/experiment/defaultExperimentId/data/plugin/hparams/experiment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          experimentName: 'defaultExperimentId',
          hparamsLimit: 1000,
          includeMetrics: true,
        }),
      });
      assert.equal(res.status, 200, await res.clone().text());
      const exp = (await res.json()) as {
        hparamInfos: { name: string; type: string; domainInterval?: object; domainDiscrete?: unknown[] }[];
        metricInfos: { name: { group: string; tag: string }; displayName: string }[];
      };
      assert.deepEqual(
        exp.hparamInfos.map((h) => [h.name, h.type, h.domainInterval ?? h.domainDiscrete]).sort(),
        [
          ['bn', 'DATA_TYPE_BOOL', [true, false]],
          ['lr', 'DATA_TYPE_FLOAT64', { minValue: 0.001, maxValue: 0.1 }],
          ['optimizer', 'DATA_TYPE_STRING', ['adam', 'sgd']],
          ['units', 'DATA_TYPE_FLOAT64', [8, 16]],
        ],
      );
      assert.deepEqual(
        exp.metricInfos.map((m) => [m.name.group, m.name.tag, m.displayName]),
        [
          ['', 'epoch_loss', 'loss'],
          ['validation', 'epoch_loss', 'val loss'],
        ],
      );
    });

    test('the hparams plugin lists both sessions with their hparams, status and last metric values', async () => {
      const res = await fetch(
        `${tb!.url}/experiment/defaultExperimentId/data/plugin/hparams/session_groups`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            experimentName: 'defaultExperimentId',
            allowedStatuses: ALL_STATUSES,
            startIndex: 0,
            sliceSize: 100,
          }),
        },
      );
      assert.equal(res.status, 200, await res.clone().text());
      const body = (await res.json()) as { sessionGroups: SessionGroup[]; totalSize: number };
      assert.equal(body.totalSize, 2);
      const groups = [...body.sessionGroups].sort((a, b) => a.name.localeCompare(b.name));
      trials.forEach((t, i) => {
        const g = groups[i]!;
        assert.equal(g.name, t.run);
        assert.deepEqual(g.hparams, t.hp);
        const s = g.sessions[0]!;
        assert.equal(s.status, t.status === 'success' ? 'STATUS_SUCCESS' : 'STATUS_FAILURE');
        assert.deepEqual([s.startTimeSecs, s.endTimeSecs], [BASE + 100 * i, BASE + 100 * i + 50]);
        const metric = (group: string) =>
          s.metricValues.find((m) => m.name.tag === 'epoch_loss' && m.name.group === group);
        assert.deepEqual(
          [
            metric('')?.value,
            metric('')?.trainingStep,
            metric('validation')?.value,
            metric('validation')?.trainingStep,
          ],
          [f32(t.loss[2]), 2, f32(t.val[2]), 2],
        );
        assert.equal(metric('')?.wallTimeSecs, wall(2) + 100 * i);
      });
    });
  });
}
