// Encodes and decodes the Event protobuf carried by each record. A payload that does not parse raises
// EventDecodeError, which readers count as a damaged record and skip.
import { tensorboard } from '../proto/index.ts';

export type Event = tensorboard.Event;
export type EventInit = tensorboard.IEvent;

export class EventDecodeError extends Error {
  override readonly name = 'EventDecodeError';
}

export function decodeEvent(payload: Uint8Array): Event {
  try {
    return tensorboard.Event.decode(payload);
  } catch (err) {
    throw new EventDecodeError(err instanceof Error ? err.message : String(err));
  }
}

export function encodeEvent(event: EventInit): Uint8Array {
  return tensorboard.Event.encode(event).finish();
}
