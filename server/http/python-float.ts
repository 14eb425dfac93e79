// Formats doubles as Python's repr() does (TensorBoard's CSV writer and json.dumps print floats that way):
// shortest round-trip digits, fixed notation while the decimal exponent is in (-4, 16] with `.0` on integral
// values, otherwise `d.ddde±XX` (two exponent digits at least); `-0.0` keeps its sign. Invariant: parsing
// the text (Python float() or JS Number()) gives back exactly the same double.

/** Python's repr of a finite double. */
export function pythonFiniteRepr(x: number): string {
  const ax = Math.abs(x);
  // fast path: the ranges where JS's shortest form already is Python's (fixed notation, 1e-4 <= |x| < 1e16)
  if (ax >= 1e-4 && ax < 1e16) return Number.isInteger(x) ? `${x}.0` : `${x}`;
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() without digits gives the shortest digits that round-trip, as repr does
  const [mantissa, exp] = x.toExponential().split('e') as [string, string];
  const e = Number(exp);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** A double as Python's `repr(float)`: `nan`, `inf`, `-inf` for the non-finite ones (Python's csv module). */
export function pythonFloatRepr(x: number): string {
  if (Number.isFinite(x)) return pythonFiniteRepr(x);
  if (Number.isNaN(x)) return 'nan';
  return x > 0 ? 'inf' : '-inf';
}

/** A double as TensorBoard's JSON prints it: repr digits, NaN and the infinities as the strings of
 *  json_util.Cleanse (`"NaN"`, `"Infinity"`, `"-Infinity"`). */
export function pythonJsonFloat(x: number): string {
  if (Number.isFinite(x)) return pythonFiniteRepr(x);
  if (Number.isNaN(x)) return '"NaN"';
  return x > 0 ? '"Infinity"' : '"-Infinity"';
}
