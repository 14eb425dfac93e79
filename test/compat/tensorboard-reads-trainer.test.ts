// Real TensorBoard 2.21 reads sessions written by the trainer: its scalars equal ours, its graphs plugin builds
// the wide-and-deep model's conceptual graph with both inputs and both outputs, its hparams plugin lists the
// trials of a small search with their hparams and final metrics, and histograms and text are listed.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../../cli/main.ts';
import { readLogdir } from '../integration/trainer/logdir-reader.ts';
import { repoRoot } from '../support/shared-fixtures.ts';
import { freePort } from '../support/free-port.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const haveTensorBoard =
  existsSync(python) && spawnSync(python, ['-c', 'import tensorboard'], { stdio: 'ignore' }).status === 0;
const skip = haveTensorBoard
  ? false
  : `no Python with tensorboard at ${python} (run: bash scripts/setup-python.sh)`;

test(
  'real TensorBoard is available for the trainer compatibility test (required when CI=true)',
  { skip: !skip ? false : process.env.CI !== 'true' && skip },
  () => {
    assert.ok(haveTensorBoard, `${skip}`);
  },
);

async function cli(args: string[]): Promise<void> {
  const err: string[] = [];
  const code = await main(args, { stdout: () => undefined, stderr: (l) => err.push(l) });
  assert.equal(code, 0, err.join('\n'));
}

interface SessionGroup {
  name: string;
  hparams: Record<string, unknown>;
  sessions: { status: string; metricValues: { name: { group: string; tag: string }; value: number }[] }[];
}

describe("real TensorBoard reads the trainer's sessions", { skip }, () => {
  let tmp = '';
  let logdir = '';
  let child: ChildProcess | undefined;
  let url = '';
  let log = '';

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'tb-trainer-'));
    logdir = join(tmp, 'logs');
    await cli([
      'train',
      'wide-deep',
      '--logdir',
      logdir,
      '--run',
      'wd',
      '--epochs',
      '3',
      '--limit',
      '40',
      '--backend',
      'cpu',
    ]);
    await cli([
      'search',
      'xor',
      '--trials',
      '2',
      '--epochs',
      '2',
      '--logdir',
      logdir,
      '--run',
      'search',
      '--backend',
      'cpu',
    ]);
    const port = await freePort();
    child = spawn(
      join(dirname(python), 'tensorboard'),
      ['--logdir', logdir, '--host', '127.0.0.1', '--port', String(port), '--load_fast=false'],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    url = `http://127.0.0.1:${port}`;
    const expectedRuns = readLogdir(logdir).size;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        const runs = (await (await fetch(`${url}/data/runs`)).json()) as string[];
        if (runs.length >= expectedRuns) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`TensorBoard did not serve ${expectedRuns} runs within 60 s:\n${log}`);
  });

  after(async () => {
    if (child?.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.stdin?.end();
      process.kill(child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) process.kill(child.pid, 'SIGKILL');
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  const json = async <T>(path: string, body?: object): Promise<T> => {
    const res = await fetch(
      `${url}${path}`,
      body
        ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
        : {},
    );
    assert.equal(res.status, 200, `${path}: ${res.status} ${await res.clone().text()}\n${log}`);
    return (await res.json()) as T;
  };
  const q = (o: Record<string, string>): string => new URLSearchParams(o).toString();

  test('its scalars equal ours (steps and float32 values) in train and validation', async () => {
    const ours = readLogdir(logdir);
    for (const [run, tag] of [
      ['wd/train', 'epoch_loss'],
      ['wd/train', 'epoch_main_output_loss'],
      ['wd/validation', 'epoch_loss'],
      ['wd/validation', 'evaluation_loss_vs_iterations'],
    ] as const) {
      const theirs = await json<[number, number, number][]>(
        `/data/plugin/scalars/scalars?${q({ run, tag })}`,
      );
      const mine = ours
        .get(run)!
        .samples.flatMap((s) =>
          s.kind === 'scalar' && s.tag === tag ? [[s.step, Math.fround(s.value)]] : [],
        );
      assert.deepEqual(
        theirs.map(([, step, value]) => [step, value]),
        mine,
        `${run} ${tag}`,
      );
      assert.ok(mine.length === 3, `${run} ${tag}: ${mine.length} points`);
    }
  });

  test('its graphs plugin builds the wide-and-deep conceptual graph with both inputs and both outputs', async () => {
    const info =
      await json<Record<string, { tags: Record<string, { conceptual_graph: boolean }> }>>(
        '/data/plugin/graphs/info',
      );
    assert.equal(info['wd/train']?.tags.keras?.conceptual_graph, true);
    const res = await fetch(
      `${url}/data/plugin/graphs/graph?${q({ run: 'wd/train', tag: 'keras', conceptual: 'true' })}`,
    );
    assert.equal(res.status, 200);
    const text = await res.text();
    for (const name of [
      'wide_input',
      'deep_input',
      'hidden_1',
      'hidden_2',
      'concat',
      'main_output',
      'aux_output',
    ]) {
      assert.ok(text.includes(`name: "wide_deep/${name}"`), `node ${name} in\n${text.slice(0, 2000)}`);
    }
    assert.ok(
      text.includes('input: "wide_deep/wide_input"') && text.includes('input: "wide_deep/hidden_2"'),
      'concat has both inputs',
    );
    assert.ok(text.includes('input: "wide_deep/concat"'), 'main_output follows concat');
  });

  test('its hparams plugin lists the search trials with hparams and final metrics', async () => {
    const body = await json<{ sessionGroups: SessionGroup[] }>(
      '/experiment/defaultExperimentId/data/plugin/hparams/session_groups',
      {
        experimentName: 'defaultExperimentId',
        allowedStatuses: ['STATUS_FAILURE', 'STATUS_RUNNING', 'STATUS_SUCCESS', 'STATUS_UNKNOWN'],
        startIndex: 0,
        sliceSize: 100,
      },
    );
    const trials = body.sessionGroups
      .filter((g) => g.name.startsWith('search/'))
      .sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(
      trials.map((g) => g.name),
      ['search/trial-01', 'search/trial-02'],
    );
    const ours = readLogdir(logdir);
    for (const g of trials) {
      assert.equal(typeof g.hparams.learning_rate, 'number');
      assert.equal(typeof g.hparams.neurons, 'number');
      assert.equal(typeof g.hparams.hidden_layers, 'number');
      const s = g.sessions[0]!;
      assert.equal(s.status, 'STATUS_SUCCESS');
      const val = s.metricValues.find((m) => m.name.group === 'validation' && m.name.tag === 'epoch_loss');
      const last = ours
        .get(`${g.name}/validation`)!
        .samples.filter((x) => x.kind === 'scalar' && x.tag === 'epoch_loss')
        .pop();
      assert.ok(val && last && last.kind === 'scalar');
      assert.equal(val.value, Math.fround(last.value));
      assert.ok(s.metricValues.some((m) => m.name.group === 'train' && m.name.tag === 'epoch_accuracy'));
    }
  });

  test('histograms (weights) and text (layer summary) are listed', async () => {
    const hist = await json<Record<string, Record<string, unknown>>>('/data/plugin/histograms/tags');
    assert.ok(
      Object.keys(hist['wd/train'] ?? {}).includes('hidden_1/kernel'),
      JSON.stringify(hist['wd/train']),
    );
    const text = await json<Record<string, string[]>>('/data/plugin/text/tags');
    assert.ok(text['wd/train']?.includes('model_summary'), JSON.stringify(text));
  });
});
