// The contract between the `trainboard` dispatcher and each command module: parse your own flags, print
// one clear line on stderr for bad usage, and return an exit code (0 ok, 1 failure, 2 bad usage).

export interface CommandIO {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export interface CommandModule {
  /** One-paragraph usage text, printed for `--help`. */
  readonly help: string;
  run(args: string[], io: CommandIO): Promise<number>;
}

/** Thrown by flag parsing for bad usage; the dispatcher prints its message and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
