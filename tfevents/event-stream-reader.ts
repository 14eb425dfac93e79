// Resumable reader of one event file: returns every event it can frame and decode, skips and reports damaged
// records, and stops (forever) at a length field it cannot trust. Call readAvailable() again after the source
// grows to continue from where it stopped; a half-written record at the end is simply waited for.
import type { ByteSource } from './byte-source.ts';
import { ImplausibleShapeError } from './declared-size.ts';
import { decodeEvent, type Event } from './event-codec.ts';
import { readRecord } from './record-reader.ts';

export interface DamagedRecord {
  file: string;
  offset: number;
  reason: 'data-crc' | 'oversized' | 'undecodable' | 'implausible-shape' | 'length-crc' | 'impossible-length';
  message: string;
}

export interface ReadBatch {
  events: { offset: number; event: Event }[];
  /** Records skipped in this batch (reading went on after each). */
  damaged: DamagedRecord[];
  /** Set when the file cannot be read past this point (bad length CRC or impossible length). */
  fatal?: DamagedRecord;
  /** A partial record sits at the end: more bytes are expected. */
  waiting: boolean;
}

export interface PayloadBatch {
  /** Framed, CRC-checked payloads, not yet decoded (decode with decodeEvent or RunInterpreter.interpretPayload). */
  records: { offset: number; payload: Uint8Array }[];
  damaged: DamagedRecord[];
  fatal?: DamagedRecord;
  waiting: boolean;
}

export interface EventStreamReader {
  /** Offset of the next record to read. */
  readonly offset: number;
  /** True once a fatal record was met: nothing more will be read from this file. */
  readonly dead: boolean;
  readAvailable(maxRecords?: number): ReadBatch;
  /** Like readAvailable() without decoding: undecodable payloads are the caller's to count. */
  readPayloads(maxRecords?: number): PayloadBatch;
}

/** The damage entry for a payload whose CRC is fine but which does not parse as an Event. */
export function undecodable(file: string, offset: number, err: unknown): DamagedRecord {
  const why = err instanceof Error ? err.message : String(err);
  const implausible = err instanceof ImplausibleShapeError; // a declared size its bytes do not pay for
  return {
    file,
    offset,
    reason: implausible ? err.reason : 'undecodable',
    message: `${file}: ${implausible ? 'implausible' : 'undecodable'} event at byte ${offset}: ${why}`,
  };
}

export function createEventStreamReader(
  source: ByteSource,
  file: string,
  startOffset = 0,
): EventStreamReader {
  let offset = startOffset;
  let fatal: DamagedRecord | undefined;

  function readPayloads(maxRecords = Number.POSITIVE_INFINITY): PayloadBatch {
    const batch: PayloadBatch = { records: [], damaged: [], waiting: false };
    if (fatal) return { ...batch, fatal };
    while (batch.records.length + batch.damaged.length < maxRecords) {
      const r = readRecord(source, offset);
      if (r.kind === 'truncated') {
        batch.waiting = r.offset < source.size();
        break;
      }
      if (r.kind === 'fatal') {
        fatal = { file, offset: r.offset, reason: r.reason, message: `${file}: ${r.message}` };
        batch.fatal = fatal;
        break;
      }
      if (r.kind === 'pending') continue; // a large payload verified in pieces: go on verifying
      if (r.kind === 'corrupt') {
        const message = `${file}: ${r.message}`;
        batch.damaged.push({ file, offset: r.offset, reason: r.reason, message });
      } else {
        batch.records.push({ offset: r.offset, payload: r.payload });
      }
      offset = r.next;
    }
    return batch;
  }

  function readAvailable(maxRecords = Number.POSITIVE_INFINITY): ReadBatch {
    const { records, damaged, fatal: stop, waiting } = readPayloads(maxRecords);
    const batch: ReadBatch = { events: [], damaged, waiting, ...(stop ? { fatal: stop } : {}) };
    for (const { offset: at, payload } of records) {
      try {
        batch.events.push({ offset: at, event: decodeEvent(payload) });
      } catch (err) {
        batch.damaged.push(undecodable(file, at, err));
      }
    }
    batch.damaged.sort((a, b) => a.offset - b.offset);
    return batch;
  }

  return {
    get offset() {
      return offset;
    },
    get dead() {
      return fatal !== undefined;
    },
    readAvailable,
    readPayloads,
  };
}
