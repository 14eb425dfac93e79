// Builds raw event-file bytes for server tests (framed records of real Event protos), so tests can write them
// in arbitrary partial chunks the way a writer's buffered flushes land on disk.
import { tensorboard } from '../../../proto/index.ts';
import { encodeEvent } from '../../../tfevents/event-codec.ts';
import { frameRecord } from '../../../tfevents/record-writer.ts';
import { scalarValue } from '../../../tfevents/summaries/scalar-summary.ts';

export function fileVersionRecord(wallTime = 1_700_000_000): Uint8Array {
  return frameRecord(encodeEvent({ wallTime, fileVersion: 'brain.Event:2' }));
}

export function scalarRecord(
  tag: string,
  step: number,
  value: number,
  wallTime = 1_700_000_000 + step,
): Uint8Array {
  return frameRecord(encodeEvent({ wallTime, step, summary: { value: [scalarValue(tag, value)] } }));
}

export function sessionStartRecord(step: number, wallTime = 1_700_000_000 + step): Uint8Array {
  return frameRecord(
    encodeEvent({ wallTime, step, sessionLog: { status: tensorboard.SessionLog.SessionStatus.START } }),
  );
}

export function concat(parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}
