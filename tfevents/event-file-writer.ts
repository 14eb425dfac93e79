// The pure core of an event-file writer: frames events into TFRecords and hands them to a byte sink, starting
// with the `brain.Event:2` file-version event that TensorBoard needs to apply its restart rules (FORMAT.md
// §7.3). Invariants: every append is one whole record; every summary value goes in its own event (as TF2 does);
// wall times are finite seconds and steps are safe integers, checked before anything is appended.
import type { tensorboard } from '../proto/index.ts';
import { encodeEvent } from './event-codec.ts';
import { frameRecord } from './record-writer.ts';

export const FILE_VERSION = 'brain.Event:2';

/** Where framed records go: a file adapter's buffer, or an array in tests. */
export interface ByteSink {
  append(record: Uint8Array): void;
}

export interface EventFileWriterOptions {
  sink: ByteSink;
  /** The clock, in seconds since the epoch (fractional). */
  now: () => number;
  /** Optional Event.source_metadata.writer on the first event (TensorFlow writes its own name there). */
  sourceWriter?: string;
}

export interface EventFileWriter {
  /** Appends one event; wall_time defaults to now(). */
  writeEvent(event: tensorboard.IEvent): void;
  /** Appends one event per value, all at `step` and the same wall time (default now()). */
  writeSummary(step: number, values: readonly tensorboard.Summary.IValue[], wallTime?: number): void;
}

export function checkWallTime(wallTime: number): number {
  if (typeof wallTime !== 'number' || !Number.isFinite(wallTime)) {
    // NaN wall times make TensorBoard's Rust data server drop the rest of the file (FORMAT.md §7.2).
    throw new RangeError(`wall time must be finite seconds since the epoch, got ${wallTime}`);
  }
  return wallTime;
}

export function checkStep(step: number): number {
  if (!Number.isSafeInteger(step)) throw new RangeError(`step must be a safe integer, got ${step}`);
  return step;
}

export function createEventFileWriter(opts: EventFileWriterOptions): EventFileWriter {
  const { sink, now } = opts;

  function writeEvent(event: tensorboard.IEvent): void {
    const stamped: tensorboard.IEvent = { ...event, wallTime: checkWallTime(event.wallTime ?? now()) };
    if (stamped.step !== undefined && stamped.step !== null) checkStep(Number(stamped.step));
    sink.append(frameRecord(encodeEvent(stamped)));
  }

  // TensorFlow stamps the file-version event with whole seconds; so do we (the V1 test vector is such a record).
  const first: tensorboard.IEvent = { wallTime: Math.floor(checkWallTime(now())), fileVersion: FILE_VERSION };
  if (opts.sourceWriter) first.sourceMetadata = { writer: opts.sourceWriter };
  writeEvent(first);

  return {
    writeEvent,
    writeSummary(step, values, wallTime) {
      checkStep(step);
      const at = checkWallTime(wallTime ?? now());
      const records = values.map((value) => {
        // proto3 omits a zero step; leaving it unset keeps our bytes equal to TensorFlow's.
        const event: tensorboard.IEvent = { wallTime: at, summary: { value: [value] } };
        if (step !== 0) event.step = step;
        return frameRecord(encodeEvent(event));
      });
      for (const r of records) sink.append(r);
    },
  };
}
