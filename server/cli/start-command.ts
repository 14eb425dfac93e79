// `trainboard start` (what `npm start` runs): serves logs/ and, when it holds no runs yet, also starts a live
// Fashion-MNIST training in a child process so a newcomer sees a run appear within a minute.
import type { CommandIO } from '../../cli/command.ts';
import { existsSync, mkdirSync } from 'node:fs';
import { scanLogdir } from '../../tfevents/node/logdir-scan.ts';
import { numberFlag } from '../../cli/parse-flags.ts';
import { parseServeFlags, SERVE_FLAGS_HELP } from './serve-flags.ts';
import { runServer } from './server-runner.ts';

export const help = `usage: trainboard start [--logdir logs] [--host 127.0.0.1] [--port 6006] [--epochs N] [--no-train]

Serves the logdir (default logs/). When it holds no runs yet, also trains Fashion-MNIST live in a child process
(trainboard train fashion-mnist --logdir <logdir>), unless --no-train.

${SERVE_FLAGS_HELP}
  --epochs N               epochs of the demo training (default: the trainer's)
  --no-train               never start a training`;

export function trainArgs(logdir: string, epochs: number | undefined): string[] {
  return [
    'train',
    'fashion-mnist',
    '--logdir',
    logdir,
    ...(epochs !== undefined ? ['--epochs', String(epochs)] : []),
  ];
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { options, values } = parseServeFlags(
    args,
    { logdir: 'logs' },
    {
      epochs: { type: 'string' },
      'no-train': { type: 'boolean' },
    },
  );
  const epochs = numberFlag('epochs', values.epochs as string | undefined, { integer: true, min: 1 });
  if (!existsSync(options.logdir)) mkdirSync(options.logdir, { recursive: true });
  const empty = scanLogdir(options.logdir).runs.length === 0;
  const train = empty && values['no-train'] !== true;
  if (empty && train)
    io.stdout(`trainboard: ${options.logdir} holds no runs yet; starting a live Fashion-MNIST training`);
  return runServer({ ...options, ...(train ? { trainArgs: trainArgs(options.logdir, epochs) } : {}) }, io);
}
