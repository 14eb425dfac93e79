// Reads a whole logdir once, the way TensorBoard's loader would, into the JSON report of
// `trainboard inspect --json`: per run (path relative to the logdir, '.' for the logdir itself) its scalars,
// histogram steps, text, graphs, hparams, tags per plugin and every damaged record with file and offset.
// Unlike TensorBoard's Python loader it reads past a record with a bad data CRC; a bad length stops that file.
// Steps beyond 2^53 are kept exactly (JsonInt64: print the report with jsonPieces, not JSON.stringify).
import { relative, sep } from 'node:path';
import { tensorboard } from '../proto/index.ts';
import {
  createEventStreamReader,
  incompleteRecordMessage,
  unreadable,
} from '../tfevents/event-stream-reader.ts';
import { createRunInterpreter, type Sample } from '../tfevents/event-interpreter.ts';
import { openFileByteSource } from '../tfevents/node/file-byte-source.ts';
import { scanLogdir } from '../tfevents/node/logdir-scan.ts';
import { jsonStep } from '../server/http/json-int64.ts';

export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity';

export interface RunReport {
  scalars: Record<string, [number, number, JsonNumber][]>;
  histograms: Record<string, number[]>;
  text: Record<string, [number, string][]>;
  graph: boolean;
  keras_model: boolean;
  hparams: Record<string, unknown>;
  plugins: Record<string, string[]>;
  run_metadata: string[];
  unknown_plugins: string[];
  damaged: { file: string; offset: number; reason: string; message: string }[];
  files: { file: string; bytes: number; events: number }[];
}

export interface LogdirReport {
  runs: Record<string, RunReport>;
  /** Directories that could not be listed. */
  errors: { dir: string; message: string }[];
}

/** NaN and the infinities as the strings TensorBoard's JSON API uses. */
export function jsonNumber(x: number): JsonNumber {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return 'Infinity';
  if (x === Number.NEGATIVE_INFINITY) return '-Infinity';
  return x;
}

function dropFrom<T extends [number, ...unknown[]]>(
  rows: T[] | undefined,
  fromStep: number,
): T[] | undefined {
  return rows?.filter((r) => r[0] < fromStep);
}

function rowsOf<T>(map: Map<string, T[]>, tag: string): T[] {
  let rows = map.get(tag);
  if (!rows) map.set(tag, (rows = []));
  return rows;
}

function hparamsJson(data: tensorboard.hparams.HParamsPluginData): Record<string, unknown> {
  return tensorboard.hparams.HParamsPluginData.toObject(data, {
    enums: String,
    defaults: false,
    oneofs: false,
  });
}

export function inspectLogdir(logdir: string): LogdirReport {
  const scan = scanLogdir(logdir);
  const report: LogdirReport = { runs: {}, errors: scan.errors };
  for (const run of scan.runs) {
    const interpreter = createRunInterpreter();
    const scalars = new Map<string, [number, number, number][]>();
    const histograms = new Map<string, [number][]>();
    const text = new Map<string, [number, string][]>();
    const hparams: Record<string, unknown> = {};
    const runMetadata = new Set<string>();
    const r: RunReport = {
      scalars: {},
      histograms: {},
      text: {},
      graph: false,
      keras_model: false,
      hparams,
      plugins: {},
      run_metadata: [],
      unknown_plugins: [],
      damaged: [],
      files: [],
    };
    const apply = (s: Sample): void => {
      switch (s.kind) {
        case 'scalar':
          rowsOf(scalars, s.tag).push([jsonStep(s.step, s.exactStep), s.wallTime, s.value]);
          break;
        case 'histogram':
          rowsOf(histograms, s.tag).push([jsonStep(s.step, s.exactStep)]);
          break;
        case 'text':
          rowsOf(text, s.tag).push([jsonStep(s.step, s.exactStep), s.strings.join('\n')]);
          break;
        case 'graph':
          r.graph = true;
          break;
        case 'keras_model':
          r.keras_model = true;
          break;
        case 'run_metadata':
          runMetadata.add(s.tag);
          break;
        case 'hparams':
          hparams[s.tag] = hparamsJson(s.data);
          break;
        case 'purge':
          for (const map of [scalars, histograms, text] as Map<string, [number, ...unknown[]][]>[]) {
            for (const tag of s.tag === undefined ? [...map.keys()] : [s.tag]) {
              const kept = dropFrom(map.get(tag), s.fromStep);
              if (kept) map.set(tag, kept);
            }
          }
          break;
        default:
          break;
      }
    };
    for (const file of run.files) {
      const rel = relative(logdir, file).split(sep).join('/');
      let events = 0;
      let bytes = 0;
      let source;
      try {
        source = openFileByteSource(file);
      } catch (err) {
        r.damaged.push(unreadable(rel, 0, err, true));
        continue;
      }
      try {
        bytes = source.size();
        const reader = createEventStreamReader(source, rel);
        const visit = (_offset: number, payload: Uint8Array): void => {
          const samples = interpreter.interpretPayload(payload);
          events++;
          for (const s of samples) apply(s);
        };
        const read = reader.visitPayloads(visit, (d) => void r.damaged.push({ ...d }));
        if (read.fatal) r.damaged.push({ ...read.fatal });
        if (read.waiting) {
          const message = incompleteRecordMessage(rel, reader.offset);
          r.damaged.push({ file: rel, offset: reader.offset, reason: 'truncated', message });
        }
      } finally {
        source.close();
      }
      r.files.push({ file: rel, bytes, events });
    }
    for (const [tag, rows] of [...scalars].sort(([a], [b]) => (a < b ? -1 : 1))) {
      r.scalars[tag] = rows.map(([step, wall, value]) => [step, wall, jsonNumber(value)]);
    }
    for (const [tag, rows] of [...histograms].sort(([a], [b]) => (a < b ? -1 : 1)))
      r.histograms[tag] = rows.map(([s]) => s);
    for (const [tag, rows] of [...text].sort(([a], [b]) => (a < b ? -1 : 1))) r.text[tag] = rows;
    for (const info of interpreter.tags().values()) {
      const key = info.plugin || '(no plugin)';
      (r.plugins[key] ??= []).push(info.tag);
    }
    for (const tags of Object.values(r.plugins)) tags.sort();
    r.run_metadata = [...runMetadata].sort();
    r.unknown_plugins = [...interpreter.unknownPlugins()].sort();
    report.runs[run.run] = r;
  }
  return report;
}
