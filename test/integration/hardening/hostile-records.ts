// Builds, byte by byte, the tiny event files of issue 12 whose records declare sizes their bytes do not hold (a
// text tensor of shape [100000,100000], histograms of shape [1e8,3] with one float_val, a scalar of shape [4e8]),
// each framed with valid CRCs between good records, plus helpers to watch a server child's memory.
import { readFileSync } from 'node:fs';
import { tensorboard } from '../../../proto/index.ts';
import { encodeEvent } from '../../../tfevents/event-codec.ts';
import { frameRecord } from '../../../tfevents/record-writer.ts';

const DT = tensorboard.DataType;
const WALL = 1_700_000_000;

export function fileVersionRecord(): Uint8Array {
  return frameRecord(encodeEvent({ wallTime: WALL, fileVersion: 'brain.Event:2' }));
}

function summaryRecord(step: number, value: tensorboard.Summary.IValue): Uint8Array {
  return frameRecord(encodeEvent({ wallTime: WALL + step, step, summary: { value: [value] } }));
}

const plugin = (pluginName: string): tensorboard.ISummaryMetadata => ({ pluginData: { pluginName } });
const shape = (...dims: number[]): tensorboard.ITensorShapeProto => ({ dim: dims.map((size) => ({ size })) });

/** A text summary: `strings` under the declared `dims` (a truthful record declares strings.length cells). */
export function textRecord(tag: string, step: number, strings: string[], dims: number[] = []): Uint8Array {
  const stringVal = strings.map((s) => new TextEncoder().encode(s));
  return summaryRecord(step, {
    tag,
    metadata: plugin('text'),
    tensor: { dtype: DT.DT_STRING, tensorShape: shape(...dims), stringVal },
  });
}

/** A histogram summary: rows of [left, right, count] as float_val under the declared `dims`. */
export function histogramRecord(tag: string, step: number, floatVal: number[], dims: number[]): Uint8Array {
  return summaryRecord(step, {
    tag,
    metadata: plugin('histograms'),
    tensor: { dtype: DT.DT_FLOAT, tensorShape: shape(...dims), floatVal },
  });
}

/** A scalar summary as TF2 writes it (a float tensor), under the declared `dims`. */
export function scalarTensorRecord(
  tag: string,
  step: number,
  floatVal: number[],
  dims: number[] = [],
): Uint8Array {
  return summaryRecord(step, {
    tag,
    metadata: plugin('scalars'),
    tensor: { dtype: DT.DT_FLOAT, tensorShape: shape(...dims), floatVal },
  });
}

/** Concatenates records and returns the file bytes with each record's offset. */
export function eventFile(records: Uint8Array[]): { bytes: Buffer; offsets: number[] } {
  const offsets: number[] = [];
  let at = 0;
  for (const r of records) {
    offsets.push(at);
    at += r.length;
  }
  return { bytes: Buffer.concat(records), offsets };
}

/** The peak resident set size of a live process so far (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmHWM for pid ${pid}`);
  return Number(m[1]) / 1024;
}

/** True while the process exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
