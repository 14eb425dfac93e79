// The `trainboard` command: dispatches to the command modules that each part owns. Only this file and the
// command modules read argv; everything below them takes options objects.
import { UsageError, type CommandIO, type CommandModule } from './command.ts';

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  serve: { summary: 'serve the dashboard on a logdir', load: () => import('../server/cli/serve-command.ts') },
  start: {
    summary: 'serve logs/ (and a demo run when logs/ is empty)',
    load: () => import('../server/cli/start-command.ts'),
  },
  demo: {
    summary: 'serve and train a live Fashion-MNIST run',
    load: () => import('../server/cli/demo-command.ts'),
  },
  train: {
    summary: 'train a task (xor, perceptron, fashion-mnist, regression, wide-deep)',
    load: () => import('../trainer/cli/train-command.ts'),
  },
  search: {
    summary: 'random hyperparameter search over a task',
    load: () => import('../trainer/cli/search-command.ts'),
  },
  'lr-find': {
    summary: 'learning-rate range test for a task',
    load: () => import('../trainer/cli/lr-find-command.ts'),
  },
  summary: {
    summary: "print a task's model summary as Keras does",
    load: () => import('../trainer/cli/summary-command.ts'),
  },
  'setup-tfjs-node': {
    summary: "build this project's tfjs-node addon offline",
    load: () => import('../trainer/cli/setup-tfjs-node-command.ts'),
  },
  inspect: {
    summary: 'list runs, tags, steps and damaged records of a logdir',
    load: () => import('./inspect-command.ts'),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: trainboard <command> [flags]   (trainboard <command> --help for its flags)',
    '',
    ...lines,
  ].join('\n');
}

/** A reader that closed our stdout early (`trainboard inspect ... | head`) ends the command quietly. */
export function exitQuietlyOnClosedStdout(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
}

export async function main(argv: string[], io?: CommandIO): Promise<number> {
  if (!io) {
    exitQuietlyOnClosedStdout();
    io = { stdout: (l) => console.log(l), stderr: (l) => console.error(l) };
  }
  const [name, ...rest] = argv;
  if (name === undefined) {
    // bad usage: the clear line and the usage go to stderr, stdout stays empty for pipes
    io.stderr('trainboard: no command given; choose one of the commands below');
    io.stderr(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr(`trainboard: unknown command '${name}' (see trainboard --help)`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`trainboard ${name}: ${err.message}`);
      return 2;
    }
    throw err;
  }
}
