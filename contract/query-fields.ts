// Schema pieces for URL query parameters as Express's 'simple' parser hands them over (a string, or an array
// when the key is repeated) and for form fields. Invariants: a parameter expected once rejects repetition;
// numbers come only from decimal text (`1e3`, `0x10` and '' are not integers here unless `Number` of the text
// is an exactly representable integer written in decimal); strings are bounded so no request carries an
// unbounded name into the server.
import * as v from 'valibot';

/** Longest run name, tag or other free-text parameter accepted, characters. */
export const MAX_NAME_CHARS = 4096;

const once = 'must be given once as a string';

/** A string parameter given once, at most `max` characters. */
export const queryString = (max = MAX_NAME_CHARS) =>
  v.pipe(v.string(once), v.maxLength(max, `must be at most ${max} characters`));

export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
}

/** A check of a number against a rule, with messages naming the bound (used by query and body numbers). */
export const numberRule = (rule: NumberRule) =>
  v.pipe(
    v.number('must be a number'),
    v.check((n) => Number.isFinite(n), 'must be a finite number'),
    v.check((n) => !rule.integer || Number.isSafeInteger(n), 'must be an integer'),
    v.check((n) => rule.min === undefined || n >= rule.min, `must be >= ${rule.min}`),
    v.check((n) => rule.max === undefined || n <= rule.max, `must be <= ${rule.max}`),
  );

/** A number parameter given once as decimal text (`-1.5`, `2e3` for non-integers), checked against `rule`. */
export const queryNumber = (rule: NumberRule = {}) =>
  v.pipe(
    v.string('must be given once as a number'),
    v.check((s) => s.trim() !== '', "must be a number, got ''"),
    v.maxLength(64, 'must be a number'),
    v.check(
      (s) => !rule.integer || /^\s*[-+]?\d+\s*$/.test(s),
      rule.integer ? 'must be an integer written in decimal digits' : '',
    ),
    v.transform(Number),
    numberRule(rule),
  );

/** Every value of a repeatable parameter (`?run=a&run=b`), at most `maxItems` of them. */
export const queryList = (maxItems = 10_000, maxChars = MAX_NAME_CHARS) =>
  v.pipe(
    v.optional(v.union([v.string(), v.array(v.string())], 'must be a list of strings'), []),
    v.transform((x): string[] => (Array.isArray(x) ? x : [x])),
    v.maxLength(maxItems, `must be given at most ${maxItems} times`),
    v.check((xs) => xs.every((s) => s.length <= maxChars), `values must be at most ${maxChars} characters`),
  );

/** One of a fixed set of words, given once. */
export const queryEnum = <const T extends readonly [string, ...string[]]>(allowed: T) =>
  v.picklist(allowed, `must be one of ${allowed.join(', ')}`);

/** 'true' | 'false' as TensorBoard's routes spell booleans. */
export const queryBoolean = queryEnum(['true', 'false']);
