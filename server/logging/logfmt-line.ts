// Turns one log record (pino's JSON object for one event) into one logfmt line: `ts=… level=… module=…`, then
// the event's fields in the order they were logged, then `msg=…`. Invariant: one event is one line (newlines
// inside values are escaped); values with spaces, quotes, '=' or backslashes are quoted, so `grep level=error`
// and logfmt parsers both work; keys are reduced to logfmt's safe characters.

export type LogfmtValue = string | number | boolean | null;

function quote(value: LogfmtValue): string {
  const s = String(value);
  if (s !== '' && /^[^\s"=\\]+$/.test(s)) return s;
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

function scalar(value: unknown): LogfmtValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return JSON.stringify(value) ?? typeof value; // an embedder's nested object: kept, as JSON text
}

const safeKey = (key: string): string => key.replace(/[^\w.-]/g, '_') || '_';

/** One logfmt line (no newline) for a record with `ts`, `level`, `module`, `msg` and any other fields. */
export function formatLogfmt(record: Readonly<Record<string, unknown>>): string {
  const { ts, level, module, msg, ...rest } = record;
  const parts = [`ts=${quote(scalar(ts ?? ''))}`, `level=${quote(scalar(level ?? 'info'))}`];
  if (module !== undefined) parts.push(`module=${quote(scalar(module))}`);
  for (const [k, v] of Object.entries(rest))
    if (v !== undefined) parts.push(`${safeKey(k)}=${quote(scalar(v))}`);
  parts.push(`msg=${quote(scalar(msg ?? ''))}`);
  return parts.join(' ');
}
