// Keras 3's CSVLogger for TF.js: one row per epoch (0-based `epoch`, then the first epoch's keys sorted; when
// they hold no val_* key, val_<key> columns are added for each, as Keras does), values as Python writes them
// (repr of floats, 'NA' for a missing key), Python csv's excel dialect (\r\n, minimal quoting). With
// `append`, the header is written only into an empty or new file. Each row is on disk when the epoch ends.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { KerasCallback, type KerasCallbackOptions } from './keras-callback.ts';
import { pythonFloatRepr } from './filepath-template.ts';
import type { MetricLogs } from './resolved-logs.ts';

export interface CsvLoggerOptions extends KerasCallbackOptions {
  /** Default ','. */
  separator?: string;
  append?: boolean;
}

export class CsvLoggerCallback extends KerasCallback {
  private keys: string[] | null = null;
  private appendHeader = true;

  constructor(
    readonly filename: string,
    private readonly opts: CsvLoggerOptions = {},
  ) {
    super(opts);
    if (typeof filename !== 'string' || filename === '')
      throw new TypeError(`csvLogger: filename must be a non-empty path, got ${String(filename)}`);
  }

  private field(v: string): string {
    const sep = this.opts.separator ?? ',';
    return v.includes(sep) || v.includes('"') || /[\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }

  private write(cells: string[]): void {
    appendFileSync(this.filename, `${cells.map((c) => this.field(c)).join(this.opts.separator ?? ',')}\r\n`);
  }

  override trainBegin(): void {
    if (this.opts.append) {
      this.appendHeader = !(
        existsSync(this.filename) && readFileSync(this.filename, 'utf8').split('\n')[0] !== ''
      );
    } else {
      this.appendHeader = true;
      writeFileSync(this.filename, '');
    }
    this.keys = null;
  }

  override epochEnd(epoch: number, logs: MetricLogs): void {
    if (this.keys === null) {
      const keys = Object.keys(logs).sort();
      if (keys.length > 0 && !keys.some((k) => k.startsWith('val_')))
        keys.push(...keys.map((k) => `val_${k}`));
      this.keys = keys;
      if (this.appendHeader) this.write(['epoch', ...keys]);
    }
    this.write([
      String(epoch),
      ...this.keys.map((k) => (logs[k] === undefined ? 'NA' : pythonFloatRepr(logs[k]))),
    ]);
  }
}

export function csvLogger(filename: string, opts: CsvLoggerOptions = {}): CsvLoggerCallback {
  return new CsvLoggerCallback(filename, opts);
}
