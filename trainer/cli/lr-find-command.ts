// `trainboard lr-find TASK`: the learning-rate range test as a session (task `lr-find:<task>`), logging
// lr_find_loss and lr_find_learning_rate per step into <run>/train and the suggested rate as text, in a local or
// an s3:// logdir (rolling segments, all uploaded before the command returns).
import { UsageError, type CommandIO } from '../../cli/command.ts';
import {
  createRunWriter,
  joinLogPath,
  settleRemoteWrites,
} from '../../tfevents/node/summary-writer-factory.ts';
import { selectBackend } from '../backend/backend-selector.ts';
import { findLearningRate, isTaskLrFindable } from '../search/lr-finder.ts';
import { defaultRunName, uniqueRunNameAt } from '../session/run-name.ts';
import { createTrainingSession } from '../session/training-session.ts';
import { COMMON_FLAGS_HELP, parseCommonFlags } from './train-flags.ts';

export const help = `usage: trainboard lr-find TASK [flags]

Learning-rate range test: trains TASK's model from fresh weights while the learning rate grows exponentially
from 1e-6 to 1 over --steps batches (default 300), logs loss against learning rate (scalars lr_find_loss and
lr_find_learning_rate by step in <logdir>/<run>/train), stops when the loss explodes, and prints the suggested
rate (a decade below the lowest smoothed loss).

  --steps N           number of steps (default 300, >= 10)
${COMMON_FLAGS_HELP}`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const f = parseCommonFlags(args, ['batch-size', 'run', 'logdir', 'limit', 'seed', 'backend', 'steps']);
  if (!isTaskLrFindable(f.task))
    throw new UsageError(`task '${f.task.name}' is not trained by gradient descent`);
  const backend = await selectBackend(f.backend);
  io.stdout(`backend: ${backend.reason}`);
  let id: string;
  try {
    id = f.run ?? (await uniqueRunNameAt(f.logdir, defaultRunName(`lr-find-${f.task.name}`)));
  } catch (err) {
    io.stderr(`trainboard lr-find: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const steps = f.steps ?? 300;
  const session = createTrainingSession({
    logdir: f.logdir,
    id,
    task: `lr-find:${f.task.name}`,
    backend: backend.name,
    backendReason: backend.reason,
    hparams: { steps, batch_size: f.batchSize, seed: f.seed },
    warn: io.stderr,
  });
  const writer = createRunWriter(joinLogPath(session.dir, 'train'), {
    onError: (e) => io.stderr(`trainboard: ${e.message}`),
  });
  session.onStop(() => writer.close());
  const data = f.task.load({ seed: f.seed, limit: f.limit, log: io.stdout });
  try {
    const model = f.task.build({ learningRate: 1e-6 }, f.seed);
    session.setModel(model);
    const result = await findLearningRate(model, data, {
      steps,
      batchSize: f.batchSize,
      onStep: (step, lr, loss) => {
        writer.scalar('lr_find_loss', loss, step);
        writer.scalar('lr_find_learning_rate', lr, step);
        if (step % 50 === 0)
          io.stdout(`step ${step}: learning rate ${lr.toExponential(2)}, loss ${loss.toFixed(4)}`);
      },
    });
    writer.text(
      'lr_find_suggestion',
      `suggested learning rate: ${result.suggested.toExponential(3)}`,
      result.points.length,
    );
    session.setFinalMetrics({ suggested_learning_rate: result.suggested, steps: result.points.length });
    writer.close();
    session.finish('finished');
    io.stdout(
      `suggested learning rate: ${result.suggested.toExponential(3)} (${result.points.length} steps)`,
    );
    model.dispose();
    return 0;
  } catch (err) {
    writer.close();
    session.finish('failed', err instanceof Error ? (err.stack ?? err.message) : String(err));
    io.stderr(`trainboard lr-find: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    data.dispose();
    // an s3:// run: every segment flushed or closed above is uploaded (or has failed, said on stderr) before exit
    await settleRemoteWrites();
  }
}
