// `trainboard serve --logdir DIR [--host 127.0.0.1] [--port 6006] [--reload_interval SECS]`.
import type { CommandIO } from '../../cli/command.ts';
import { parseServeFlags, SERVE_FLAGS_HELP } from './serve-flags.ts';
import { runServer } from './server-runner.ts';

export const help = `usage: trainboard serve --logdir DIR [--host 127.0.0.1] [--port 6006] [--reload_interval SECS]

Serves the dashboard and TensorBoard's HTTP API on a logdir, live: new points are pushed to open browsers as
they are written. Every point is kept (no sampling).

${SERVE_FLAGS_HELP}`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { options } = parseServeFlags(args, {});
  return runServer(options, io);
}
