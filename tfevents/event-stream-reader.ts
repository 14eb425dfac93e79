// Resumable reader of one event file, the one record-read loop of the code base (ingest and `inspect` both read
// through it): frames every record it can, hands each CRC-checked payload to the caller before the next record is
// read (a payload may be a view into a window the next read reuses), skips and reports damaged records, and stops
// (forever) at a length field it cannot trust. Call it again after the source grows to continue from where it
// stopped; a half-written record at the end is simply waited for. The damage strings live here, once.
import type { ByteSource } from './byte-source.ts';
import { ImplausibleShapeError } from './declared-size.ts';
import { decodeEvent, type Event } from './event-codec.ts';
import { readRecord } from './record-reader.ts';

/**
 * Why a record or file could not be read: 'data-crc' | 'undecodable' skip one record; 'length-crc' |
 * 'impossible-length' stop the file; 'unreadable' the file could not be opened/read; 'shrunk' the file got
 * shorter than what was read.
 */
export type DamageReason =
  | 'data-crc'
  | 'oversized'
  | 'undecodable'
  | 'implausible-shape'
  | 'length-crc'
  | 'impossible-length'
  | 'unreadable'
  | 'shrunk';

/** One damaged record or unreadable file (the domain type; the server maps it to its wire shape at the edge). */
export interface DamagedRecord {
  /** The file as the caller named it (the server and `inspect` use the path relative to the logdir). */
  file: string;
  /** Byte offset of the damaged record in that file. */
  offset: number;
  reason: DamageReason;
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

/** What one visiting pass did. */
export interface VisitOptions {
  /**
   * Return (with `verifying`) after each bounded piece of a large record's CRC check instead of going on, so a
   * caller that slices its work (the server's ingest) keeps its event loop free.
   */
  stopWhenPending?: boolean;
}

export interface VisitResult {
  /** Payloads the visitor accepted (did not throw on). */
  records: number;
  /** Records consumed: accepted, undecodable and bad-CRC ones (what `maxRecords` counts). */
  consumed: number;
  /** Set when the file cannot be read past this point. */
  fatal?: DamagedRecord;
  /** A partial record sits at the end: more bytes are expected. */
  waiting: boolean;
  /** With `stopWhenPending`: a large record's data CRC is being verified in pieces; call again to go on. */
  verifying?: boolean;
}

export interface EventStreamReader {
  /** Offset of the next record to read. */
  readonly offset: number;
  /** True once a fatal record was met: nothing more will be read from this file. */
  readonly dead: boolean;
  /**
   * Hands each payload to `visit` before reading the next record; a throw from `visit` marks the record
   * undecodable (reported through `onDamage`, reading goes on). I/O errors of the source propagate, with
   * `offset` left at the record that failed.
   */
  visitPayloads(
    visit: (offset: number, payload: Uint8Array) => void,
    onDamage: (d: DamagedRecord) => void,
    maxRecords?: number,
    opts?: VisitOptions,
  ): VisitResult;
  readAvailable(maxRecords?: number): ReadBatch;
  /** Like readAvailable() without decoding: undecodable payloads are the caller's to count. */
  readPayloads(maxRecords?: number): PayloadBatch;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
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

/** The damage entry for a file that cannot be opened (`opening`) or read. */
export function unreadable(file: string, offset: number, err: unknown, opening: boolean): DamagedRecord {
  const message = opening ? `${file}: cannot open: ${describe(err)}` : `${file}: ${describe(err)}`;
  return { file, offset, reason: 'unreadable', message };
}

/** The damage entry for a file that got shorter than what was read of it (reading goes on from its new end). */
export function shrunk(file: string, readUpTo: number, size: number): DamagedRecord {
  const message = `${file}: file shrank from at least ${readUpTo} to ${size} bytes; reading on from byte ${size}`;
  return { file, offset: size, reason: 'shrunk', message };
}

/** The message for a partial record at the end of a file read once (a writer may still be appending). */
export function incompleteRecordMessage(file: string, offset: number): string {
  return `${file}: incomplete record at byte ${offset} (end of file; a writer may still be appending)`;
}

export function createEventStreamReader(
  source: ByteSource,
  file: string,
  startOffset = 0,
): EventStreamReader {
  let offset = startOffset;
  let fatal: DamagedRecord | undefined;

  function visitPayloads(
    visit: (offset: number, payload: Uint8Array) => void,
    onDamage: (d: DamagedRecord) => void,
    maxRecords = Number.POSITIVE_INFINITY,
    opts: VisitOptions = {},
  ): VisitResult {
    const out: VisitResult = { records: 0, consumed: 0, waiting: false };
    if (fatal) return { ...out, fatal };
    while (out.consumed < maxRecords) {
      const r = readRecord(source, offset);
      if (r.kind === 'truncated') {
        out.waiting = r.offset < source.size();
        break;
      }
      if (r.kind === 'fatal') {
        fatal = { file, offset: r.offset, reason: r.reason, message: `${file}: ${r.message}` };
        out.fatal = fatal;
        break;
      }
      if (r.kind === 'pending') {
        // a large payload is verified in pieces: go on, or let the caller come back on its next slice
        if (opts.stopWhenPending) {
          out.verifying = true;
          break;
        }
        continue;
      }
      out.consumed++;
      offset = r.next;
      if (r.kind === 'corrupt') {
        onDamage({
          file,
          offset: r.offset,
          reason: r.reason,
          message: `${file}: ${r.message}`,
        });
        continue;
      }
      try {
        visit(r.offset, r.payload);
        out.records++;
      } catch (err) {
        onDamage(undecodable(file, r.offset, err));
      }
    }
    return out;
  }

  function readPayloads(maxRecords = Number.POSITIVE_INFINITY): PayloadBatch {
    const batch: PayloadBatch = { records: [], damaged: [], waiting: false };
    const r = visitPayloads(
      (at, payload) => void batch.records.push({ offset: at, payload }),
      (d) => void batch.damaged.push(d),
      maxRecords,
    );
    batch.waiting = r.waiting;
    if (r.fatal) batch.fatal = r.fatal;
    return batch;
  }

  function readAvailable(maxRecords = Number.POSITIVE_INFINITY): ReadBatch {
    const batch: ReadBatch = { events: [], damaged: [], waiting: false };
    const r = visitPayloads(
      (at, payload) => void batch.events.push({ offset: at, event: decodeEvent(payload) }),
      (d) => void batch.damaged.push(d),
      maxRecords,
    );
    batch.waiting = r.waiting;
    if (r.fatal) batch.fatal = r.fatal;
    return batch;
  }

  return {
    get offset() {
      return offset;
    },
    get dead() {
      return fatal !== undefined;
    },
    visitPayloads,
    readAvailable,
    readPayloads,
  };
}
