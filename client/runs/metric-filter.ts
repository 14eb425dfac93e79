// Parses and evaluates run filters on metrics such as `val_accuracy >= 0.85 && loss < 0.3`. Grammar: comparisons
// `name OP number` (OP one of < <= > >= == !=) joined by `&&`/`and` or `||`/`or` (&& binds tighter), with
// parentheses. Invariants: parsing never evaluates code; an unknown metric makes its comparison false; errors
// name the position of the problem.

export type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

export type MetricExpr =
  | { kind: 'cmp'; name: string; op: CmpOp; value: number }
  | { kind: 'and' | 'or'; left: MetricExpr; right: MetricExpr };

export class MetricFilterError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position + 1}`);
    this.name = 'MetricFilterError';
  }
}

interface Token {
  kind: 'name' | 'num' | 'op' | 'and' | 'or' | '(' | ')';
  text: string;
  pos: number;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s*(?:(&&|\|\|)|(<=|>=|==|!=|<|>|=)|([()])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|([A-Za-z_][\w./-]*))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) {
      const at = i + (src.slice(i).length - src.slice(i).trimStart().length);
      throw new MetricFilterError(`unexpected '${src.charAt(at)}'`, at);
    }
    const pos = i + (m[0].length - m[0].trimStart().length);
    if (m[1]) out.push({ kind: m[1] === '&&' ? 'and' : 'or', text: m[1], pos });
    else if (m[2]) out.push({ kind: 'op', text: m[2] === '=' ? '==' : m[2], pos });
    else if (m[3]) out.push({ kind: m[3] as '(' | ')', text: m[3], pos });
    else if (m[4]) out.push({ kind: 'num', text: m[4], pos });
    else if (m[5]) {
      const low = m[5].toLowerCase();
      out.push({ kind: low === 'and' ? 'and' : low === 'or' ? 'or' : 'name', text: m[5], pos });
    }
    i = re.lastIndex;
  }
  return out;
}

/** Parses a filter; throws MetricFilterError on bad syntax. Empty input returns null (no filter). */
export function parseMetricFilter(src: string): MetricExpr | null {
  const tokens = tokenize(src);
  if (tokens.length === 0) return null;
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const expect = (kind: Token['kind'], what: string): Token => {
    const t = tokens[i];
    if (!t || t.kind !== kind) throw new MetricFilterError(`expected ${what}`, t ? t.pos : src.length);
    i++;
    return t;
  };
  const primary = (): MetricExpr => {
    if (peek()?.kind === '(') {
      i++;
      const e = orExpr();
      expect(')', "')'");
      return e;
    }
    const name = expect('name', 'a metric name').text;
    const op = expect('op', 'a comparison (<, <=, >, >=, ==, !=)').text as CmpOp;
    const num = expect('num', 'a number');
    return { kind: 'cmp', name, op, value: Number(num.text) };
  };
  const andExpr = (): MetricExpr => {
    let left = primary();
    while (peek()?.kind === 'and') {
      i++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): MetricExpr => {
    let left = andExpr();
    while (peek()?.kind === 'or') {
      i++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const e = orExpr();
  const rest = peek();
  if (rest) throw new MetricFilterError(`unexpected '${rest.text}'`, rest.pos);
  return e;
}

/** Evaluates against a metrics record (e.g. a session's final metrics). */
export function evaluateMetricFilter(e: MetricExpr, metrics: Readonly<Record<string, number>>): boolean {
  switch (e.kind) {
    case 'and':
      return evaluateMetricFilter(e.left, metrics) && evaluateMetricFilter(e.right, metrics);
    case 'or':
      return evaluateMetricFilter(e.left, metrics) || evaluateMetricFilter(e.right, metrics);
    case 'cmp': {
      const v = metrics[e.name];
      if (v === undefined || Number.isNaN(v)) return false;
      switch (e.op) {
        case '<':
          return v < e.value;
        case '<=':
          return v <= e.value;
        case '>':
          return v > e.value;
        case '>=':
          return v >= e.value;
        case '==':
          return v === e.value;
        case '!=':
          return v !== e.value;
      }
    }
  }
}
