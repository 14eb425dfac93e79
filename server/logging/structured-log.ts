// Structured log lines for the server: one logfmt line per event (`ts=… level=… module=… run=… file=…
// offset=… msg="…"`) written to stderr (or any sink). Lines the server modules already log as prose are
// wrapped with a level and module guessed from their wording; lines that already start with `level=` keep
// their fields. Invariant: one event is one line (newlines inside a message are escaped), values with spaces,
// quotes or '=' are quoted, so `grep level=error` and logfmt parsers both work.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogFields {
  level: LogLevel;
  module: string;
  msg: string;
  run?: string;
  file?: string;
  offset?: number;
  [key: string]: string | number | boolean | undefined;
}

export interface StructuredLog {
  /** Logs one event with fields. */
  event: (fields: LogFields) => void;
  /** A drop-in for the `log(line)` option of createApp and its modules. */
  line: (text: string) => void;
}

function quote(value: string | number | boolean): string {
  const s = String(value);
  if (s !== '' && /^[^\s"=\\]+$/.test(s)) return s;
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

export function formatLogfmt(ts: string, fields: LogFields): string {
  const { level, module, msg, ...rest } = fields;
  const parts = [`ts=${ts}`, `level=${level}`, `module=${quote(module)}`];
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) parts.push(`${k}=${quote(v)}`);
  parts.push(`msg=${quote(msg)}`);
  return parts.join(' ');
}

/** Guesses level and module of a prose line from the server modules. */
export function classifyLine(text: string): LogFields {
  const pre = /^level=(debug|info|warn|error) module=(\S+) ?/.exec(text);
  if (pre) return { level: pre[1] as LogLevel, module: pre[2] ?? 'server', msg: text.slice(pre[0].length) };
  const lower = text.toLowerCase();
  const level: LogLevel = /\berror\b|failed|exception/.test(lower)
    ? 'error'
    : /cannot|disappeared|stopped|unavailable|warning|dropped|damaged|shrank/.test(lower)
      ? 'warn'
      : 'info';
  const module = /session|run store|sqlite/.test(lower)
    ? 'sessions'
    : /socket|client|push/.test(lower)
      ? 'live'
      : /logdir|watch|directory|ingest|event file|tfevents/.test(lower)
        ? 'ingest'
        : 'server';
  return { level, module, msg: text };
}

export function createStructuredLog(
  opts: { write?: (line: string) => void; now?: () => Date; minLevel?: LogLevel } = {},
): StructuredLog {
  const write = opts.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = opts.now ?? (() => new Date());
  const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
  const min = rank[opts.minLevel ?? 'info'];
  const event = (fields: LogFields): void => {
    if (rank[fields.level] >= min) write(formatLogfmt(now().toISOString(), fields));
  };
  return { event, line: (text) => event(classifyLine(text)) };
}
