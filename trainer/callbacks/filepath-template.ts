// Keras's checkpoint file-path templates (`ckpt/{epoch:02d}-{val_loss:.2f}`): Python's str.format with
// named fields and the format-spec subset [[fill]align][sign][0][width][,][.precision][type] for types
// d, f, F, e, E, g, G, %, s and none. Values are typed as Keras passes them: `epoch` and `batch` (1-based) are
// ints, every logs value is a float, so `{val_loss}` prints Python's repr (`0.5`, `1.0`, `1e-05`) and
// `{val_loss:d}` fails as it does in Python. An unknown field or a bad spec throws with the template in it.

export interface TemplateValues {
  ints: Record<string, number>;
  floats: Record<string, number>;
}

const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?(,)?(?:\.(\d+))?([dfFeEgGs%])?$/;

/** Python's repr of a float: shortest round-trip digits, '.0' on integral values, exponent outside 1e-4..1e16. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const a = Math.abs(x);
  if (a >= 1e16 || a < 1e-4) {
    const [m, e] = x.toExponential().split('e') as [string, string];
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(x);
  return s.includes('.') ? s : `${s}.0`;
}

/**
 * Python's fixed-point digits: JS's toFixed rounds an exact tie (0.125 to 2 places) up, Python to even; a tie
 * has at most precision + 1 decimals, so toFixed(100) shows it exactly.
 */
export function pyFixed(a: number, precision: number): string {
  const s = a.toFixed(precision);
  if (!Number.isFinite(a) || a >= 1e21 || precision >= 100) return s;
  const [int, frac = ''] = a.toFixed(100).split('.') as [string, string?];
  if (frac.slice(precision) !== `5${'0'.repeat(99 - precision)}`) return s;
  const last = precision === 0 ? int.slice(-1) : frac[precision - 1]!;
  if (Number(last) % 2 === 1) return s;
  return precision === 0 ? int : `${int}.${frac.slice(0, precision)}`;
}

function pyExponential(x: number, digits: number, upper: boolean, alt: boolean): string {
  const [m, e] = x.toExponential(digits).split('e') as [string, string];
  const exp = Number(e);
  const mant = alt && !m.includes('.') ? `${m}.` : m;
  const out = `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return upper ? out.toUpperCase() : out;
}

function pyGeneral(x: number, precision: number, upper: boolean, alt: boolean): string {
  if (!Number.isFinite(x)) return upper ? String(x).toUpperCase() : String(x);
  const p = precision === 0 ? 1 : precision;
  if (x === 0) return alt ? `0.${'0'.repeat(p - 1)}` : '0';
  const exp = Number(x.toExponential(p - 1).split('e')[1]);
  let s: string;
  if (exp >= -4 && exp < p) {
    s = pyFixed(x, p - 1 - exp);
    if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
  } else {
    s = pyExponential(x, p - 1, upper, alt);
    if (!alt) s = s.replace(/\.?0+e/i, (m) => m.slice(-1));
  }
  return s;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatNumber(
  v: number,
  isInt: boolean,
  type: string,
  precision: number | undefined,
  alt: boolean,
): string {
  switch (type) {
    case 'd':
      if (!isInt) throw new Error("Unknown format code 'd' for object of type 'float'");
      return String(Math.abs(v));
    case 'f':
    case 'F':
      return Number.isFinite(v) ? pyFixed(Math.abs(v), precision ?? 6) : pythonFloatRepr(Math.abs(v));
    case 'e':
    case 'E':
      return pyExponential(Math.abs(v), precision ?? 6, type === 'E', alt);
    case 'g':
    case 'G':
      return pyGeneral(Math.abs(v), precision ?? 6, type === 'G', alt);
    case '%':
      return `${pyFixed(Math.abs(v) * 100, precision ?? 6)}%`;
    case 's':
      throw new Error(`Unknown format code 's' for object of type '${isInt ? 'int' : 'float'}'`);
    default:
      if (isInt) return String(Math.abs(v));
      return precision === undefined
        ? pythonFloatRepr(Math.abs(v))
        : pyGeneral(Math.abs(v), precision, false, alt);
  }
}

function applySpec(v: number, isInt: boolean, spec: string): string {
  const m = SPEC.exec(spec);
  if (!m) throw new Error(`Invalid format specifier '${spec}'`);
  const [, fillRaw, alignRaw, sign = '-', alt, zero, widthRaw, comma, precRaw, type = ''] = m;
  if (isInt && precRaw !== undefined && (type === '' || type === 'd'))
    throw new Error('Precision not allowed in integer format specifier');
  let body = formatNumber(v, isInt, type, precRaw === undefined ? undefined : Number(precRaw), alt === '#');
  if (comma) {
    const [i, ...rest] = body.split('.');
    body = [group(i ?? ''), ...rest].join('.');
  }
  const negative = v < 0 || Object.is(v, -0);
  const signStr = negative ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
  const width = widthRaw === undefined ? 0 : Number(widthRaw);
  const fill = fillRaw ?? (zero && !alignRaw ? '0' : ' ');
  const align = alignRaw ?? (zero ? '=' : '>');
  const pad = Math.max(0, width - signStr.length - body.length);
  if (align === '=') return signStr + fill.repeat(pad) + body;
  const text = signStr + body;
  if (align === '<') return text + fill.repeat(pad);
  if (align === '^') return fill.repeat(Math.floor(pad / 2)) + text + fill.repeat(Math.ceil(pad / 2));
  return fill.repeat(pad) + text;
}

/** Formats `template` as Python's `template.format(**values)` would for Keras's checkpoint paths. */
export function formatFilepath(template: string, values: TemplateValues): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if ((c === '{' || c === '}') && template[i + 1] === c) {
      out += c;
      i += 2;
      continue;
    }
    if (c === '}') throw new Error(`checkpoint path '${template}': single '}' encountered in format string`);
    if (c !== '{') {
      out += c;
      i++;
      continue;
    }
    const end = template.indexOf('}', i);
    if (end < 0) throw new Error(`checkpoint path '${template}': single '{' encountered in format string`);
    const field = template.slice(i + 1, end);
    const colon = field.indexOf(':');
    const name = colon < 0 ? field : field.slice(0, colon);
    const spec = colon < 0 ? '' : field.slice(colon + 1);
    const isInt = name in values.ints;
    const v = isInt ? values.ints[name] : values.floats[name];
    if (v === undefined)
      throw new Error(
        `checkpoint path '${template}': no value for {${name}} (available: ${[...Object.keys(values.ints), ...Object.keys(values.floats)].join(', ')})`,
      );
    try {
      out += applySpec(v, isInt, spec);
    } catch (err) {
      throw new Error(
        `checkpoint path '${template}': {${field}}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    i = end + 1;
  }
  return out;
}
