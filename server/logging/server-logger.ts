// The server's structured logger: a pino logger whose events are typed fields (`module`, `run`, `file`,
// `offset`, ...) plus a short message, written as one logfmt line per event (default) or as pino's JSON line.
// Server modules get a child logger bound to their module and never build log text themselves. Invariant: one
// event is one line on the sink; the sink is called synchronously, in event order; logging never throws.
import { pino } from 'pino';
import { formatLogfmt } from './logfmt-line.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFormat = 'logfmt' | 'json';

/** The modules that log; the `module` field of every server event. */
export type LogModule = 'server' | 'ingest' | 'sessions' | 'http' | 'hub' | 'plugins';

/** An event's fields: where it happened (run, file, byte offset) and what else it is about, as values. */
export interface LogFields {
  run?: string;
  file?: string;
  offset?: number;
  [key: string]: string | number | boolean | undefined;
}

/** What a module logs through: one method per level, fields first, then a short message without values. */
export interface ModuleLog {
  debug(fields: LogFields, msg: string): void;
  info(fields: LogFields, msg: string): void;
  warn(fields: LogFields, msg: string): void;
  error(fields: LogFields, msg: string): void;
}

/** The app's logger: a pino logger satisfies it, so an embedder may pass its own. */
export interface ServerLogger extends ModuleLog {
  child(bindings: { module: LogModule }): ModuleLog;
}

export interface ServerLoggerOptions {
  /** Receives each event as one line without its newline; default: stderr. */
  write?: (line: string) => void;
  format?: LogFormat;
  /** Events below this level are dropped (default info). */
  minLevel?: LogLevel;
  now?: () => Date;
}

export function createServerLogger(opts: ServerLoggerOptions = {}): ServerLogger {
  const write = opts.write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const now = opts.now ?? (() => new Date());
  const json = opts.format === 'json';
  // pino hands each event over as one JSON line; logfmt is formatted from it here, synchronously
  const destination = {
    write(chunk: string): void {
      const line = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
      try {
        write(json ? line : formatLogfmt(JSON.parse(line) as Record<string, unknown>));
      } catch {
        // a failing sink (an embedder's, a closed stderr) loses the line; it never breaks the module logging
      }
    },
  };
  return pino(
    {
      level: opts.minLevel ?? 'info',
      base: null, // no pid or hostname: one process, and the embedder knows its host
      messageKey: 'msg',
      timestamp: () => `,"ts":${JSON.stringify(now().toISOString())}`,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** Drops everything (tests and embedders that want no log). */
export const silentLogger: ServerLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
