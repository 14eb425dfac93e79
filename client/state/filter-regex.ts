// The client's one compiler of user regexes (run, tag and group filters, from the page or the URL): patterns run
// in re2js, the same linear-time RE2 port the server uses (server/regex/safe-regex.ts), case-insensitive and
// searching anywhere in the text, so a pattern such as `(a|a)*b` in a shared link cannot freeze the page.
// Invariant: a pattern is compiled within the server's limits (length, program size) or returned as an Error
// whose message is shown to the user; nothing here throws. RE2 syntax differs from JavaScript's in the same
// ways as from Python's (listed in server/regex/safe-regex.ts): no backreferences or lookaround, ASCII-only
// `\d \w \s \b`.
import { RE2JS } from 're2js';

/** Longest pattern accepted: the server's MAX_PATTERN_LENGTH, so both sides refuse the same patterns. */
export const MAX_FILTER_PATTERN_LENGTH = 4096;
/** Largest compiled program accepted: the server's MAX_PROGRAM_SIZE. */
export const MAX_FILTER_PROGRAM_SIZE = 20_000;

/** A compiled filter: `test` searches anywhere; `exec` returns the whole match and its groups, or null. */
export interface FilterRegex {
  readonly source: string;
  test(text: string): boolean;
  exec(text: string): readonly (string | undefined)[] | null;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
const META = /[\\^$.|?*+()[\]{}]/;

/** The lower-cased pattern when it is a plain ASCII literal (no metacharacter), else null. */
function literalOf(src: string): string | null {
  return isAscii(src) && !META.test(src) ? src.toLowerCase() : null;
}

function fail(err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  return new Error(`invalid regular expression: ${message}`);
}

/** The last pattern compiled: views compile the same filter several times per keystroke. */
let last: { src: string; result: FilterRegex | Error | null } | null = null;

/** Compiles a user regex case-insensitively; '' gives null (no filter), an unusable one an Error to show. */
export function compileFilterRegex(src: string): FilterRegex | Error | null {
  if (last?.src !== src) last = { src, result: compileUncached(src) };
  return last.result;
}

function compileUncached(src: string): FilterRegex | Error | null {
  if (!src) return null;
  if (src.length > MAX_FILTER_PATTERN_LENGTH)
    return new Error(`regular expression longer than ${MAX_FILTER_PATTERN_LENGTH} characters`);
  const literal = literalOf(src);
  if (literal !== null) return literalFilter(src, literal);
  let re: RE2JS;
  try {
    re = RE2JS.compile(src, RE2JS.CASE_INSENSITIVE);
  } catch (err) {
    return fail(err);
  }
  if (re.programSize() > MAX_FILTER_PROGRAM_SIZE)
    return new Error(`regular expression too large (program size ${re.programSize()})`);
  return {
    source: src,
    test: (text) => re.test(text),
    exec: (text) => execWith(re, text),
  };
}

function execWith(re: RE2JS, text: string): readonly (string | undefined)[] | null {
  const m = re.matcher(text);
  if (!m.find()) return null;
  const out: (string | undefined)[] = [];
  for (let g = 0, groups = re.groupCount(); g <= groups; g++) out.push(m.group(g) ?? undefined);
  return out;
}

/**
 * An ASCII literal (no metacharacter: always a valid pattern, its program far under the size limit) searched in
 * ASCII text: a substring test gives RE2's answer about 50x faster (typing `run-1999` over 2,000 runs). RE2 is
 * compiled only when needed, for other text (its case folding covers more than ASCII: ſ, K) or `exec`:
 * compiling it on each keystroke of a filter was about 1 ms a key.
 */
function literalFilter(src: string, literal: string): FilterRegex {
  let re: RE2JS | undefined;
  const compiled = (): RE2JS => (re ??= RE2JS.compile(src, RE2JS.CASE_INSENSITIVE));
  return {
    source: src,
    test: (text) => (isAscii(text) ? text.toLowerCase().includes(literal) : compiled().test(text)),
    exec: (text) => execWith(compiled(), text),
  };
}
