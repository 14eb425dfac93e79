// `trainboard search TASK --trials N`: random hyperparameter search, one session per trial.
import { UsageError, type CommandIO } from '../../cli/command.ts';
import { selectBackend } from '../backend/backend-selector.ts';
import { runSearch } from '../search/random-search.ts';
import { defaultRunName, uniqueRunNameAt } from '../session/run-name.ts';
import { TASKS } from '../tasks/task-registry.ts';
import { COMMON_FLAGS_HELP, parseCommonFlags } from './train-flags.ts';

export const help = `usage: trainboard search TASK --trials N [flags]

Random search over the number of hidden layers (1-3), neurons per layer (8-256) and a log-uniform learning
rate (3e-4 to 3e-2) for TASK (${TASKS.filter((t) => t.searchable)
  .map((t) => t.name)
  .join(', ')}). Each trial is a session
<logdir>/<run>/trial-NN with early stopping; the hparams experiment is written at <logdir>/<run> so that
TensorBoard's HParams dashboard (and ours) compares the trials.

  --trials N          number of trials (default 5)
  --patience N        early stopping patience (default 3)
${COMMON_FLAGS_HELP}`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const f = parseCommonFlags(args, [
    'epochs',
    'batch-size',
    'run',
    'logdir',
    'limit',
    'seed',
    'backend',
    'trials',
    'patience',
  ]);
  if (!f.task.searchable)
    throw new UsageError(`task '${f.task.name}' cannot be searched (its architecture is fixed)`);
  const backend = await selectBackend(f.backend);
  io.stdout(`backend: ${backend.reason}`);
  let root: string;
  try {
    root = f.run ?? (await uniqueRunNameAt(f.logdir, defaultRunName(`search-${f.task.name}`)));
  } catch (err) {
    io.stderr(`trainboard search: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  try {
    await runSearch({
      task: f.task,
      logdir: f.logdir,
      root,
      trials: f.trials ?? 5,
      epochs: f.epochs,
      batchSize: f.batchSize,
      ...(f.limit !== undefined ? { limit: f.limit } : {}),
      seed: f.seed,
      patience: f.patience ?? 3,
      backend: backend.name,
      backendReason: backend.reason,
      stdout: io.stdout,
      stderr: io.stderr,
    });
  } catch (err) {
    io.stderr(`trainboard search: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  return 0;
}
