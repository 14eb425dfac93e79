// Resumable reader of one event file: returns every event it can frame and decode, skips and reports damaged
// records, and stops (forever) at a length field it cannot trust. Call readAvailable() again after the source
// grows to continue from where it stopped; a half-written record at the end is simply waited for.
import type { ByteSource } from './byte-source.ts';
import { decodeEvent, type Event } from './event-codec.ts';
import { readRecord } from './record-reader.ts';

export interface DamagedRecord {
  file: string;
  offset: number;
  reason: 'data-crc' | 'undecodable' | 'length-crc' | 'impossible-length';
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

export interface EventStreamReader {
  /** Offset of the next record to read. */
  readonly offset: number;
  /** True once a fatal record was met: nothing more will be read from this file. */
  readonly dead: boolean;
  readAvailable(maxRecords?: number): ReadBatch;
}

export function createEventStreamReader(
  source: ByteSource,
  file: string,
  startOffset = 0,
): EventStreamReader {
  let offset = startOffset;
  let fatal: DamagedRecord | undefined;

  function readAvailable(maxRecords = Number.POSITIVE_INFINITY): ReadBatch {
    const batch: ReadBatch = { events: [], damaged: [], waiting: false };
    if (fatal) return { ...batch, fatal };
    let records = 0;
    while (records < maxRecords) {
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
      records++;
      if (r.kind === 'corrupt') {
        batch.damaged.push({
          file,
          offset: r.offset,
          reason: r.reason,
          message: `${file}: bad data CRC at byte ${r.offset}`,
        });
        offset = r.next;
        continue;
      }
      try {
        batch.events.push({ offset: r.offset, event: decodeEvent(r.payload) });
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        batch.damaged.push({
          file,
          offset: r.offset,
          reason: 'undecodable',
          message: `${file}: undecodable event at byte ${r.offset}: ${why}`,
        });
      }
      offset = r.next;
    }
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
  };
}
