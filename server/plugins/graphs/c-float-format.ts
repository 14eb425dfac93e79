// Formats floats as protobuf's upb text encoder does (the `str()` of a message in TensorBoard's Python): C's
// `%.*g` computed from the exact binary value with round-half-even, 6 (float) or 15 (double) significant
// digits when that round-trips, else 9 or 17. Invariant: pure; the result is what glibc's printf gives.

/** The exact decimal expansion of a finite positive double: its digits and the position of the point. */
function exactDecimal(x: number): { digits: string; point: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  if (exponent >= 0) {
    const digits = (mantissa << BigInt(exponent)).toString();
    return { digits, point: digits.length };
  }
  const digits = (mantissa * 5n ** BigInt(-exponent)).toString();
  return { digits, point: digits.length + exponent };
}

/** `digits` rounded to `precision` significant digits, half to even; the point moves when a carry adds one. */
function roundDigits(digits: string, point: number, precision: number): { digits: string; point: number } {
  if (digits.length <= precision) return { digits: digits.padEnd(precision, '0'), point };
  const head = digits.slice(0, precision);
  const rest = digits.slice(precision);
  let up: boolean;
  if (rest[0]! > '5') up = true;
  else if (rest[0]! < '5') up = false;
  else if (/[1-9]/.test(rest.slice(1))) up = true;
  else up = Number(head[head.length - 1]) % 2 === 1;
  if (!up) return { digits: head, point };
  const bumped = (BigInt(head) + 1n).toString();
  return bumped.length > precision
    ? { digits: bumped.slice(0, precision), point: point + 1 }
    : { digits: bumped, point };
}

/** C's printf("%.{precision}g", x) for a finite x. */
export function formatG(x: number, precision: number): string {
  const p = Math.max(1, precision);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0`;
  const exact = exactDecimal(Math.abs(x));
  const { digits, point } = roundDigits(exact.digits, exact.point, p);
  const exp = point - 1;
  const trim = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= p) {
    const mantissa = trim(`${digits[0]}.${digits.slice(1)}`);
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (point <= 0) return `${sign}${trim(`0.${'0'.repeat(-point)}${digits}`)}`;
  return `${sign}${trim(`${digits.slice(0, point)}.${digits.slice(point)}`)}`;
}

function special(x: number): string | undefined {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return undefined;
}

/** A `float` field's value: %.6g, or %.9g when six digits do not read back as the same float. */
export function formatFloat32(x: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  const short = formatG(x, 6);
  return Math.fround(Number(short)) === x ? short : formatG(x, 9);
}

/** A `double` field's value: %.15g, or %.17g when fifteen digits do not read back as the same double. */
export function formatFloat64(x: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  const short = formatG(x, 15);
  return Number(short) === x ? short : formatG(x, 17);
}
