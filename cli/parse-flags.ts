// Flag parsing for command modules: node:util's parseArgs in strict mode, with every parse failure turned into
// a UsageError (one line on stderr, exit 2) instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

type Parsed<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>
>;

export function parseFlags<T extends Options>(
  args: string[],
  options: T,
  allowPositionals = false,
): Parsed<T> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
}

/** Parses a numeric flag value, or throws a UsageError naming the flag. */
export function numberFlag(
  name: string,
  value: string | undefined,
  opts: { integer?: boolean; min?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (
    value.trim() === '' ||
    !Number.isFinite(n) ||
    (opts.integer && !Number.isInteger(n)) ||
    (opts.min !== undefined && n < opts.min)
  ) {
    const kind = opts.integer ? 'an integer' : 'a number';
    throw new UsageError(
      `--${name} must be ${kind}${opts.min !== undefined ? ` >= ${opts.min}` : ''}, got '${value}'`,
    );
  }
  return n;
}
