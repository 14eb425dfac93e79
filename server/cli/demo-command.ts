// `trainboard demo`: serves the logdir (default logs/) and always starts a live Fashion-MNIST training.
import type { CommandIO } from '../../cli/command.ts';
import { existsSync, mkdirSync } from 'node:fs';
import { parseServeFlags, SERVE_FLAGS_HELP } from './serve-flags.ts';
import { runServer } from './server-runner.ts';
import { trainArgs, trainFlags } from './start-command.ts';

export const help = `usage: trainboard demo [--logdir logs] [--host 127.0.0.1] [--port 6006] [--epochs N] [--limit N]

Serves the logdir (default logs/) and trains Fashion-MNIST live in a child process; open the printed URL and
watch the run appear and its curves grow.

${SERVE_FLAGS_HELP}
  --epochs N               epochs of the training (default: the trainer's)
  --limit N                training examples (default: all)`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { options, values } = parseServeFlags(
    args,
    { logdir: 'logs' },
    { epochs: { type: 'string' }, limit: { type: 'string' } },
  );
  const [epochs, limit] = trainFlags(values);
  if (!existsSync(options.logdir)) mkdirSync(options.logdir, { recursive: true });
  return runServer({ ...options, trainArgs: trainArgs(options.logdir, epochs, limit) }, io);
}
