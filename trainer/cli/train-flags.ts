// The flags that train, search and lr-find share, parsed into typed options (UsageError on bad input).
import { UsageError } from '../../cli/command.ts';
import { numberFlag, parseFlags } from '../../cli/parse-flags.ts';
import { BACKEND_CHOICES, type BackendChoice } from '../backend/backend-selector.ts';
import { invalidRunName } from '../session/run-name.ts';
import { findTask, taskNames } from '../tasks/task-registry.ts';
import type { TrainingTask } from '../tasks/training-task.ts';

export const COMMON_FLAGS_HELP = `  --epochs N          epochs (task default)
  --batch-size N      batch size (task default)
  --learning-rate X   learning rate (task default)
  --run NAME          session name (default <task>-YYYYMMDD-HHMMSS)
  --logdir DIR        log directory, or s3://bucket/prefix (default logs)
  --limit N           use N training examples (validation and test capped to N)
  --seed N            random seed (default 42)
  --backend B         auto|tensorflow|wasm|cpu (default auto: tfjs-node, else WASM, else CPU)`;

const common = {
  epochs: { type: 'string' },
  'batch-size': { type: 'string' },
  'learning-rate': { type: 'string' },
  run: { type: 'string' },
  logdir: { type: 'string', default: 'logs' },
  limit: { type: 'string' },
  seed: { type: 'string' },
  backend: { type: 'string', default: 'auto' },
  'histogram-freq': { type: 'string' },
  'update-freq': { type: 'string' },
  trials: { type: 'string' },
  patience: { type: 'string' },
  steps: { type: 'string' },
} as const;

export interface CommonFlags {
  task: TrainingTask;
  epochs: number;
  batchSize: number;
  learningRate: number;
  run?: string;
  logdir: string;
  limit?: number;
  seed: number;
  backend: BackendChoice;
  histogramFreq?: number;
  updateFreq?: 'epoch' | number;
  trials?: number;
  patience?: number;
  steps?: number;
}

export function parseCommonFlags(args: string[], allowed: readonly (keyof typeof common)[]): CommonFlags {
  const options = Object.fromEntries(
    Object.entries(common).filter(([k]) => allowed.includes(k as keyof typeof common)),
  );
  const { values, positionals } = parseFlags(args, options, true);
  const v = values as Record<string, string | undefined>;
  if (positionals.length !== 1)
    throw new UsageError(`expected one TASK (${taskNames()}), got ${positionals.length}`);
  const task = findTask(positionals[0]!);
  if (!task) throw new UsageError(`unknown task '${positionals[0]}' (tasks: ${taskNames()})`);
  const backend = v.backend ?? 'auto';
  if (!BACKEND_CHOICES.includes(backend as BackendChoice)) {
    throw new UsageError(`--backend must be one of ${BACKEND_CHOICES.join('|')}, got '${backend}'`);
  }
  if (v.run !== undefined) {
    const why = invalidRunName(v.run);
    if (why) throw new UsageError(`--run '${v.run}' ${why}`);
  }
  if (v.logdir === '') throw new UsageError('--logdir must not be empty');
  const lr = numberFlag('learning-rate', v['learning-rate']);
  if (lr !== undefined && !(lr > 0))
    throw new UsageError(`--learning-rate must be > 0, got '${v['learning-rate']}'`);
  const updateFreqRaw = v['update-freq'];
  const updateFreq =
    updateFreqRaw === undefined || updateFreqRaw === 'epoch'
      ? undefined
      : updateFreqRaw === 'batch'
        ? 1
        : numberFlag('update-freq', updateFreqRaw, { integer: true, min: 1 });
  const flags: CommonFlags = {
    task,
    epochs: numberFlag('epochs', v.epochs, { integer: true, min: 1 }) ?? task.defaults.epochs,
    batchSize:
      numberFlag('batch-size', v['batch-size'], { integer: true, min: 1 }) ?? task.defaults.batchSize,
    learningRate: lr ?? task.defaults.learningRate,
    logdir: v.logdir ?? 'logs',
    seed: numberFlag('seed', v.seed, { integer: true, min: 0 }) ?? 42,
    backend: backend as BackendChoice,
  };
  const opt = <K extends keyof CommonFlags>(k: K, value: CommonFlags[K] | undefined) => {
    if (value !== undefined) flags[k] = value;
  };
  opt('run', v.run);
  opt('limit', numberFlag('limit', v.limit, { integer: true, min: 1 }));
  opt('histogramFreq', numberFlag('histogram-freq', v['histogram-freq'], { integer: true, min: 0 }));
  opt('updateFreq', updateFreq);
  opt('trials', numberFlag('trials', v.trials, { integer: true, min: 1 }));
  opt('patience', numberFlag('patience', v.patience, { integer: true, min: 0 }));
  opt('steps', numberFlag('steps', v.steps, { integer: true, min: 10 }));
  return flags;
}
