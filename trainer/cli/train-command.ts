// `trainboard train TASK [flags]`: one training session into <logdir>/<run>/ and <logdir>/trainboard.sqlite.
import type { CommandIO } from '../../cli/command.ts';
import { selectBackend } from '../backend/backend-selector.ts';
import { defaultRunName, uniqueRunNameAt } from '../session/run-name.ts';
import { runTraining } from '../session/train-runner.ts';
import { taskNames } from '../tasks/task-registry.ts';
import { COMMON_FLAGS_HELP, parseCommonFlags } from './train-flags.ts';

export const help = `usage: trainboard train TASK [flags]

Trains TASK (${taskNames()}) the Keras way and logs it live: <logdir>/<run>/train and
<logdir>/<run>/validation event files (TensorBoard-compatible), checkpoints in <logdir>/<run>/checkpoints, and a
row in <logdir>/trainboard.sqlite. SIGINT/SIGTERM stop the session cleanly (status stopped).

${COMMON_FLAGS_HELP}
  --histogram-freq N  weight histograms every N epochs (default 1; 0 = never)
  --update-freq N     also log batch_* scalars every N batches ('batch' = 1; default: epoch only)
  --patience N        early stopping on the task's monitor with N epochs of patience (default: none)`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const f = parseCommonFlags(args, [
    'epochs',
    'batch-size',
    'learning-rate',
    'run',
    'logdir',
    'limit',
    'seed',
    'backend',
    'histogram-freq',
    'update-freq',
    'patience',
  ]);
  const backend = await selectBackend(f.backend);
  io.stdout(`backend: ${backend.reason}`);
  let id: string;
  try {
    id = f.run ?? (await uniqueRunNameAt(f.logdir, defaultRunName(f.task.name)));
  } catch (err) {
    io.stderr(`trainboard train: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  try {
    await runTraining({
      task: f.task,
      logdir: f.logdir,
      id,
      backend: backend.name,
      backendReason: backend.reason,
      epochs: f.epochs,
      batchSize: f.batchSize,
      model: { learningRate: f.learningRate },
      ...(f.limit !== undefined ? { limit: f.limit } : {}),
      seed: f.seed,
      ...(f.histogramFreq !== undefined ? { histogramFreq: f.histogramFreq } : {}),
      ...(f.updateFreq !== undefined ? { updateFreq: f.updateFreq } : {}),
      ...(f.patience !== undefined ? { patience: f.patience } : {}),
      hparams: { backend: backend.name },
      stdout: io.stdout,
      stderr: io.stderr,
      isTTY: Boolean(process.stdout.isTTY),
    });
  } catch (err) {
    io.stderr(`trainboard train: ${f.task.name} failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  return 0;
}
