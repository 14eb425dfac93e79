// The one place the server compiles a regular expression that comes from a request or a log file: patterns run
// in re2js, a pure-TypeScript port of RE2, whose matching time is linear in the input for every pattern, so no
// pattern (`(a|a)*b`, `([\s\S]|[\s\S])*Q`) can hang the event loop. Invariant: a pattern is either compiled
// within MAX_PATTERN_LENGTH and MAX_PROGRAM_SIZE or refused with RegexSyntaxError; nothing else throws.
//
// TensorBoard compiles these filters with Python's `re` (custom_scalars: `re.match`, anchored at the start;
// hparams filterRegexp: `re.search`). What differs in RE2 syntax, and so here:
// - refused (RegexSyntaxError, answered like any invalid pattern): backreferences (`\1`, `(?P=name)`),
//   lookahead and lookbehind (`(?=`, `(?!`, `(?<=`, `(?<!`), atomic groups and possessive quantifiers, conditional
//   groups `(?(1)…)`, `\Z` (RE2 spells it `\z`), repetition counts above 1000 (`a{1001}`);
// - matched differently: `\d`, `\w`, `\s` and `\b` are ASCII-only in RE2 (Python's are Unicode-aware on str);
//   `$` without (?m) matches only at the very end (Python's also before a final "\n");
// - the same: leftmost-first alternation, `(?i)`/`(?s)`/`(?m)` flags, `(?P<name>…)` groups, `.` not matching
//   "\n", character classes and escapes otherwise, and every boolean answer for patterns both accept.
import { RE2JS } from 're2js';

/** Longest pattern accepted (TensorBoard has no limit; ours keeps compile cost small). */
export const MAX_PATTERN_LENGTH = 4096;
/** Largest compiled program accepted (RE2's rough cost measure; `(x{1000}){1000}` style blow-ups exceed it). */
export const MAX_PROGRAM_SIZE = 20_000;

/** How a pattern is applied: Python's `re.search` (anywhere) or `re.match` (anchored at the start). */
export type RegexMode = 'search' | 'match';

export interface SafeRegex {
  readonly source: string;
  readonly mode: RegexMode;
  /** True when the pattern matches `text` (anywhere for 'search', at its start for 'match'). */
  test(text: string): boolean;
}

/** A pattern that is not valid RE2 syntax, too long, or too large once compiled. */
export class RegexSyntaxError extends Error {
  override readonly name = 'RegexSyntaxError';
}

function compile(pattern: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch (err) {
    throw new RegexSyntaxError(
      `invalid regular expression: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** Compiles `pattern` for linear-time matching; throws RegexSyntaxError when it cannot be used. */
export function compileSafeRegex(pattern: string, mode: RegexMode = 'search'): SafeRegex {
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new RegexSyntaxError(`regular expression longer than ${MAX_PATTERN_LENGTH} characters`);
  // compiled alone first, so an unbalanced pattern like `a)|(b` cannot escape the anchoring group below
  let re = compile(pattern);
  if (mode === 'match') re = compile(`^(?:${pattern})`);
  if (re.programSize() > MAX_PROGRAM_SIZE)
    throw new RegexSyntaxError(`regular expression too large (program size ${re.programSize()})`);
  return { source: pattern, mode, test: (text) => re.test(text) };
}
