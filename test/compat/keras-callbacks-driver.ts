// Drives Keras 3's callbacks (test/compat/python/keras_callbacks.py, one Python call per test file) and ours
// (on a real tiny tf.LayersModel) with the same cases, and reports both in one shape for the tests to compare.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import {
  csvLogger,
  earlyStopping,
  learningRateScheduler,
  modelCheckpoint,
  reduceLROnPlateau,
  terminateOnNaN,
  type LearningRateSchedule,
} from '../../trainer/callbacks/index.ts';
import { repoRoot } from '../support/shared-fixtures.ts';

export type Logs = Record<string, number>;

export interface CallbackCase {
  callback:
    | 'EarlyStopping'
    | 'ReduceLROnPlateau'
    | 'LearningRateScheduler'
    | 'TerminateOnNaN'
    | 'ModelCheckpoint'
    | 'CSVLogger';
  /** Keras's keyword arguments (snake_case); ours get the camelCase spelling. */
  kwargs?: Record<string, unknown>;
  epochs: Logs[];
  /** Batch logs per epoch, for callbacks acting on batches. */
  batches?: Logs[][];
  learning_rate?: number;
  /** CSVLogger append: the file's content before training. */
  append_to?: string;
}

export interface CallbackResult {
  epochs_run?: number;
  learning_rates?: number[];
  stop_batch?: [number, number] | null;
  stopped_epoch?: number;
  best_epoch?: number;
  best?: number | null;
  saved?: string[];
  csv?: string;
  error?: string;
  warnings: string[];
}

export const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
export const haveKeras =
  existsSync(python) && spawnSync(python, ['-c', 'import keras'], { stdio: 'ignore' }).status === 0;
/** The test option: skip without Keras, except under CI=true, where the tests fail instead. */
export const skipWithoutKeras =
  haveKeras || process.env.CI === 'true'
    ? false
    : `no Python with keras at ${python} (bash scripts/setup-python.sh)`;

function encode(_k: string, v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v))
    return { $f: Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf' };
  return v;
}

function decode(_k: string, v: unknown): unknown {
  if (v && typeof v === 'object' && '$f' in v)
    return Number((v as { $f: string }).$f.replace('inf', 'Infinity'));
  return v;
}

/** Keras's results for `cases` (and its metric directions when asked), from one Python process. */
export function runKeras(
  cases: CallbackCase[],
  directions = false,
): { results: CallbackResult[]; directions?: Record<string, 'max' | 'min' | null> } {
  const r = spawnSync(python, [join(repoRoot, 'test', 'compat', 'python', 'keras_callbacks.py')], {
    input: JSON.stringify({ cases, directions }, encode),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, KERAS_BACKEND: 'tensorflow', TF_CPP_MIN_LOG_LEVEL: '3' },
  });
  if (r.status !== 0) throw new Error(`keras_callbacks.py exited ${r.status}: ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!, decode) as ReturnType<typeof runKeras>;
}

function camelKwargs(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(kwargs).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]),
  );
}

export const SCHEDULES: Record<string, LearningRateSchedule> = {
  halve_odd: (epoch, lr) => (epoch % 2 === 1 ? lr * 0.5 : lr),
  exp_decay: (_epoch, lr) => lr * Math.exp(-0.1),
  table: (epoch) => [0.1, 0.05, 0.05, 0.01, 0.001, 0.0001][epoch % 6]!,
};

function tinyModel(lr: number): tf.LayersModel {
  const m = tf.sequential();
  m.add(tf.layers.dense({ units: 1, inputShape: [2], activation: 'sigmoid' }));
  m.compile({ optimizer: tf.train.sgd(lr), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return m;
}

/** Our callback for `c`, driven as TF.js's fit() drives it, reported like the Python driver reports Keras's. */
export async function runOurs(c: CallbackCase): Promise<CallbackResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'keras-cb-'));
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const model = tinyModel(c.learning_rate ?? 0.1);
  const saved: string[] = [];
  const out: CallbackResult = { warnings };
  try {
    const kw = camelKwargs(c.kwargs);
    let cb: tf.Callback & { stoppedEpoch?: number; bestEpoch?: number };
    switch (c.callback) {
      case 'EarlyStopping':
        cb = earlyStopping({ ...kw, warn, log: () => undefined });
        break;
      case 'ReduceLROnPlateau':
        cb = reduceLROnPlateau({ ...kw, warn, log: () => undefined });
        break;
      case 'LearningRateScheduler': {
        const { schedule, ...rest } = kw;
        cb = learningRateScheduler(SCHEDULES[schedule as string]!, { ...rest, warn });
        break;
      }
      case 'TerminateOnNaN':
        cb = terminateOnNaN({ ...kw, warn, log: () => undefined });
        break;
      case 'ModelCheckpoint': {
        const { filepath, ...rest } = kw;
        const suffix = rest.saveWeightsOnly ? '.weights.h5' : '.keras';
        cb = modelCheckpoint(join(tmp, String(filepath)), {
          ...rest,
          warn,
          onSaved: (i) => saved.push(relative(tmp, i.dir) + suffix),
        });
        break;
      }
      case 'CSVLogger':
        if (c.append_to !== undefined) writeFileSync(join(tmp, 'log.csv'), c.append_to);
        cb = csvLogger(join(tmp, 'log.csv'), { ...kw, warn });
        break;
    }
    cb.setModel(model);
    cb.setParams({ epochs: c.epochs.length, initialEpoch: 0, verbose: 0 });
    await cb.onTrainBegin();
    let epochsRun = 0;
    let stopBatch: [number, number] | null = null;
    const lrs: number[] = [];
    for (const [epoch, logs] of c.epochs.entries()) {
      await cb.onEpochBegin(epoch);
      for (const [batch, blogs] of (c.batches?.[epoch] ?? []).entries()) {
        await cb.onBatchEnd(batch, { ...blogs, batch, size: 4 });
        if (model.stopTraining) {
          stopBatch = [epoch, batch];
          break;
        }
      }
      if (stopBatch) break;
      await cb.onEpochEnd(epoch, { ...logs });
      epochsRun++;
      lrs.push((model.optimizer as unknown as { learningRate: number }).learningRate);
      if (model.stopTraining) break;
    }
    await cb.onTrainEnd();
    Object.assign(out, { epochs_run: epochsRun, learning_rates: lrs, stop_batch: stopBatch, saved });
    if (cb.stoppedEpoch !== undefined) out.stopped_epoch = cb.stoppedEpoch;
    if (cb.bestEpoch !== undefined) out.best_epoch = cb.bestEpoch;
    if (c.callback === 'CSVLogger') out.csv = readFileSync(join(tmp, 'log.csv'), 'utf8');
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
  } finally {
    model.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

/** A rising, falling or flat sequence of one metric, as epoch logs (with the loss beside it). */
export function seq(monitor: string, values: number[]): Logs[] {
  return values.map((v, i) => ({ loss: 1 / (i + 1), [monitor]: v }));
}
