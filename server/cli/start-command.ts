// `trainboard start` (what `npm start` runs): serves logs/ and, when it holds no runs yet, also starts a live
// Fashion-MNIST training in a child process so a newcomer sees a run appear within a minute.
import type { CommandIO } from '../../cli/command.ts';
import { existsSync, mkdirSync } from 'node:fs';
import { scanLogdir } from '../../tfevents/node/logdir-scan.ts';
import { numberFlag } from '../../cli/parse-flags.ts';
import { parseServeFlags, SERVE_FLAGS_HELP } from './serve-flags.ts';
import { runServer } from './server-runner.ts';

export const help = `usage: trainboard start [--logdir logs] [--host 127.0.0.1] [--port 6006] [--epochs N] [--limit N] [--no-train]

Serves the logdir (default logs/). When it holds no runs yet, also trains Fashion-MNIST live in a child process
(trainboard train fashion-mnist --logdir <logdir>), unless --no-train.

${SERVE_FLAGS_HELP}
  --epochs N               epochs of the demo training (default: the trainer's)
  --limit N                training examples of the demo training (default: all)
  --no-train               never start a training`;

export function trainArgs(logdir: string, epochs: number | undefined, limit: number | undefined): string[] {
  return [
    'train',
    'fashion-mnist',
    '--logdir',
    logdir,
    '--update-freq',
    '20', // batch_* points every 20 steps: a newcomer sees the curves move within seconds
    ...(epochs !== undefined ? ['--epochs', String(epochs)] : []),
    ...(limit !== undefined ? ['--limit', String(limit)] : []),
  ];
}

/** --epochs and --limit of start/demo, passed on to the training. */
export function trainFlags(
  values: Record<string, string | boolean | undefined>,
): [number | undefined, number | undefined] {
  return [
    numberFlag('epochs', values.epochs as string | undefined, { integer: true, min: 1 }),
    numberFlag('limit', values.limit as string | undefined, { integer: true, min: 1 }),
  ];
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { options, values } = parseServeFlags(
    args,
    { logdir: 'logs' },
    {
      epochs: { type: 'string' },
      limit: { type: 'string' },
      'no-train': { type: 'boolean' },
    },
  );
  const [epochs, limit] = trainFlags(values);
  if (!existsSync(options.logdir)) mkdirSync(options.logdir, { recursive: true });
  const empty = scanLogdir(options.logdir).runs.length === 0;
  const train = empty && values['no-train'] !== true;
  if (empty && train)
    io.stdout(`trainboard: ${options.logdir} holds no runs yet; starting a live Fashion-MNIST training`);
  return runServer(
    { ...options, ...(train ? { trainArgs: trainArgs(options.logdir, epochs, limit) } : {}) },
    io,
  );
}
