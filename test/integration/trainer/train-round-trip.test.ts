// Trains every task briefly through the real `trainboard` command (in process, CPU backend, tiny limits) and
// reads the session back with the tfevents reader and the run store: runs, tags, steps and status.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main } from '../../../cli/main.ts';
import { openRunStore } from '../../../runstore/run-store.ts';
import { loadModelFromDir } from '../../../trainer/callbacks/model-checkpoint.ts';
import { readLogdir, scalarSteps } from './logdir-reader.ts';

const logdir = mkdtempSync(join(tmpdir(), 'trainer-rt-'));
after(() => rmSync(logdir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const cases = [
  { task: 'perceptron', epochs: 2, accuracy: true, extra: [] as string[] },
  { task: 'xor', epochs: 2, accuracy: true, extra: [] },
  { task: 'fashion-mnist', epochs: 2, accuracy: true, extra: ['--limit', '64', '--batch-size', '16'] },
  { task: 'regression', epochs: 2, accuracy: false, extra: ['--limit', '40'] },
  { task: 'wide-deep', epochs: 2, accuracy: false, extra: ['--limit', '40'] },
];

describe('trainboard train <task> round trip', () => {
  for (const c of cases) {
    test(`${c.task}: event files hold Keras runs, tags and steps; the store row is finished`, async () => {
      const run = `rt-${c.task}`;
      const r = await cli([
        'train',
        c.task,
        '--logdir',
        logdir,
        '--run',
        run,
        '--epochs',
        String(c.epochs),
        '--backend',
        'cpu',
        ...c.extra,
      ]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /backend: cpu/);
      const runs = readLogdir(logdir);
      const train = runs.get(`${run}/train`);
      const val = runs.get(`${run}/validation`);
      assert.ok(train && val, `runs: ${[...runs.keys()].join(', ')}`);
      assert.equal(train.damaged + val.damaged, 0);
      const steps = [...Array(c.epochs).keys()];
      assert.deepEqual(scalarSteps(train, 'epoch_loss'), steps);
      assert.deepEqual(scalarSteps(train, 'epoch_learning_rate'), steps);
      assert.deepEqual(scalarSteps(val, 'epoch_loss'), steps);
      assert.equal(scalarSteps(val, 'evaluation_loss_vs_iterations').length, c.epochs);
      if (c.accuracy) {
        assert.deepEqual(scalarSteps(train, 'epoch_accuracy'), steps);
        assert.deepEqual(scalarSteps(val, 'epoch_accuracy'), steps);
      }
      assert.equal(train.plugins.get('keras'), 'graph_keras_model');
      assert.equal(train.plugins.get('model_summary'), 'text');
      assert.ok([...train.plugins.values()].includes('histograms'), 'weight histograms');
      assert.equal(runs.get(run)?.plugins.get('_hparams_/session_start_info'), 'hparams');
      assert.equal(val.plugins.get('test_evaluation'), 'text');

      const store = openRunStore(join(logdir, 'trainboard.sqlite'), { readonly: true });
      const s = store.getSession(run);
      store.close();
      assert.ok(s);
      assert.equal(s.status, 'finished');
      assert.equal(s.task, c.task);
      assert.equal(s.backend, 'cpu');
      assert.equal(s.backendReason, 'cpu (forced with --backend cpu)');
      assert.equal(s.epochs.length, c.epochs);
      assert.ok(s.modelJson?.includes('class_name'));
      assert.ok((s.layerSummary?.totalParams ?? 0) > 0);
      assert.ok(Number.isFinite(s.finalMetrics.loss), JSON.stringify(s.finalMetrics));
      assert.ok(Object.keys(s.finalMetrics).some((k) => k.startsWith('test_')));
      assert.equal(s.hparams.learning_rate !== undefined, true);
    });
  }

  test('the best checkpoint is written as model.json + weights.bin and loads back', async () => {
    const dir = join(logdir, 'rt-xor', 'checkpoints', 'best');
    assert.ok(existsSync(join(dir, 'model.json')) && existsSync(join(dir, 'weights.bin')));
    const model = await loadModelFromDir(dir);
    assert.deepEqual(
      model.layers
        .map((l) => l.name)
        .filter((n) => n !== 'input1' && !n.startsWith('hidden_1_input'))
        .slice(-2),
      ['hidden_1', 'output'],
    );
    model.dispose();
  });

  test('search: experiment config at the root, session start/end per trial, one finished row per trial', async () => {
    const r = await cli([
      'search',
      'xor',
      '--trials',
      '2',
      '--epochs',
      '2',
      '--logdir',
      logdir,
      '--run',
      'rt-search',
      '--backend',
      'cpu',
    ]);
    assert.equal(r.code, 0, r.err);
    const runs = readLogdir(logdir);
    assert.equal(runs.get('rt-search')?.plugins.get('_hparams_/experiment'), 'hparams');
    for (const t of ['trial-01', 'trial-02']) {
      const session = runs.get(`rt-search/${t}`);
      assert.equal(session?.plugins.get('_hparams_/session_start_info'), 'hparams');
      assert.equal(session?.plugins.get('_hparams_/session_end_info'), 'hparams');
      assert.equal(scalarSteps(runs.get(`rt-search/${t}/validation`), 'epoch_loss').length, 2);
    }
    const store = openRunStore(join(logdir, 'trainboard.sqlite'), { readonly: true });
    const trials = store.listSessions().filter((s) => s.id.startsWith('rt-search/'));
    store.close();
    assert.deepEqual(trials.map((s) => [s.id, s.status]).sort(), [
      ['rt-search/trial-01', 'finished'],
      ['rt-search/trial-02', 'finished'],
    ]);
    assert.ok(
      trials.every(
        (s) => typeof s.hparams.neurons === 'number' && typeof s.hparams.hidden_layers === 'number',
      ),
    );
  });

  test('lr-find logs loss and learning rate per step and stores the suggested rate', async () => {
    const r = await cli([
      'lr-find',
      'regression',
      '--steps',
      '20',
      '--logdir',
      logdir,
      '--run',
      'rt-lr',
      '--backend',
      'cpu',
    ]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /suggested learning rate: \d/);
    const train = readLogdir(logdir).get('rt-lr/train');
    const steps = scalarSteps(train, 'lr_find_loss');
    assert.ok(steps.length >= 5 && steps.length <= 20);
    assert.deepEqual(scalarSteps(train, 'lr_find_learning_rate'), steps);
    const store = openRunStore(join(logdir, 'trainboard.sqlite'), { readonly: true });
    const s = store.getSession('rt-lr');
    store.close();
    assert.equal(s?.status, 'finished');
    assert.ok((s?.finalMetrics.suggested_learning_rate ?? 0) > 0);
  });

  test('summary prints the Keras summary with connected-to for the functional model', async () => {
    const r = await cli(['summary', 'wide-deep']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Connected to/);
    assert.match(r.out, /concat \(Concatenate\)/);
    assert.match(r.out, /Total params: 1,237/);
  });

  test('bad usage: unknown task, bad numbers and escaping run names exit 2 with one clear line', async () => {
    for (const [args, pattern] of [
      [['train', 'nope'], /unknown task 'nope'/],
      [['train', 'xor', '--epochs', '0'], /--epochs must be an integer >= 1/],
      [['train', 'xor', '--learning-rate=-1'], /--learning-rate must be > 0/],
      [['train', 'xor', '--backend', 'gpu'], /--backend must be one of/],
      [['train', 'xor', '--run', '../escape'], /--run '..\/escape'/],
      [['search', 'wide-deep', '--trials', '2'], /cannot be searched/],
      [['lr-find', 'perceptron'], /not trained by gradient descent/],
    ] as const) {
      const r = await cli([...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.out}`);
      assert.match(r.err, pattern);
      assert.equal(r.err.split('\n').length, 1);
    }
  });
});
