// Flag parsing for command modules: node:util's parseArgs in strict mode, with every parse failure turned into
// a UsageError (one line on stderr, exit 2) instead of a stack trace. Invariants: a flag given twice is
// refused (parseArgs would silently keep the last); a negative number after a string flag (`--port -1`) is
// that flag's value, checked by numberFlag, not an unknown option; numbers are decimal only (no `0x1cf0`,
// and no `1e3` for integers).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `--name -5` becomes `--name=-5` for string flags, so the number check names the flag and the value. */
function joinNegativeValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

type Parsed<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>
>;

export function parseFlags<T extends Options>(
  args: string[],
  options: T,
  allowPositionals = false,
): { values: Parsed<T>['values']; positionals: Parsed<T>['positionals'] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options,
      strict: true,
      allowPositionals,
      tokens: true,
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option' || options[t.name]?.multiple) continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} was given more than once; give it once`);
    seen.add(t.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^[-+]?\d+$/;

/** Parses a numeric flag value, or throws a UsageError naming the flag. */
export function numberFlag(
  name: string,
  value: string | undefined,
  opts: { integer?: boolean; min?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const n = Number(text);
  if (
    !(opts.integer ? INTEGER : DECIMAL).test(text) ||
    !Number.isFinite(n) ||
    (opts.integer && !Number.isSafeInteger(n)) ||
    (opts.min !== undefined && n < opts.min)
  ) {
    const kind = opts.integer ? 'an integer' : 'a number';
    const min = opts.min !== undefined ? ` >= ${opts.min}` : '';
    throw new UsageError(`--${name} must be ${kind}${min} in decimal digits, got '${value}'`);
  }
  return n;
}
