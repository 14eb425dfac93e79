// Keeps the exact digits of JSON integers a double cannot hold (int64 steps beyond 2^53, which the server
// prints exactly): JSON.parse rounds them, so the text is scanned for long integer tokens outside strings
// first, and each rounded double is mapped to its digits for labels (exactIntegerText). Invariants: the
// parsed value is JSON.parse's; the map is bounded (oldest entries dropped); two integers that round to the
// same double share an entry (the last seen wins).

const MAX_ENTRIES = 10_000;
const digitsByValue = new Map<number, string>();

/** Long integer tokens (16+ digits) outside strings; strings are matched whole so their digits are skipped, and
 *  a fraction's digits (after a '.') are not an integer. */
const TOKENS = /"(?:[^"\\]|\\.)*"|-?(?<![\d.])\d{16,}(?![.\deE])/g;
/** Whether the text may hold a long integer at all: 16 digits not part of a fraction (a double's 17 significant
 *  digits are, in every value of a series response, so testing for 16 digits alone scanned every response). */
const MAY_HOLD_LONG_INTEGER = /(?<![\d.])\d{16}/;

/** JSON.parse of `text`, remembering the digits of integers beyond 2^53. */
export function parseJsonKeepingIntegers(text: string): unknown {
  if (MAY_HOLD_LONG_INTEGER.test(text)) {
    for (const m of text.matchAll(TOKENS)) {
      const tok = m[0];
      if (tok.startsWith('"')) continue;
      const x = Number(tok);
      if (Number.isSafeInteger(x)) continue;
      digitsByValue.delete(x);
      digitsByValue.set(x, tok);
      if (digitsByValue.size > MAX_ENTRIES) digitsByValue.delete(digitsByValue.keys().next().value!);
    }
  }
  return JSON.parse(text) as unknown;
}

/** The exact digits of an integer beyond 2^53 last parsed as `x`, if any. */
export function exactIntegerText(x: number): string | undefined {
  return Number.isSafeInteger(x) ? undefined : digitsByValue.get(x);
}
