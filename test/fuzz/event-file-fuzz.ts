// Property-based fuzzing of the event-file reader: valid files made of random events, damaged by one mutation
// (bit flip, truncation, forged length with or without a valid CRC, inserted garbage, random bytes). Checks
// that reading never throws, always terminates, never asks for more bytes than the file holds, and reads every
// record outside the damaged span (exact oracle per mutation). Used by the short test in `npm test` and by the
// long `npm run fuzz`.
import fc from 'fast-check';
import { tensorboard } from '../../proto/index.ts';
import type { ByteSource } from '../../tfevents/byte-source.ts';
import { EventDecodeError, encodeEvent } from '../../tfevents/event-codec.ts';
import { createRunInterpreter } from '../../tfevents/event-interpreter.ts';
import { createEventStreamReader } from '../../tfevents/event-stream-reader.ts';
import { maskedCrc32c } from '../../tfevents/masked-crc32c.ts';

export function frame(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + 16);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length, true);
  view.setUint32(8, maskedCrc32c(out, 0, 8), true);
  out.set(payload, 12);
  view.setUint32(12 + payload.length, maskedCrc32c(payload), true);
  return out;
}

const payloadArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.record({ step: fc.nat(1e6), v: fc.float(), tag: fc.constantFrom('loss', 'acc', 'a/b', 'ü') }).map((r) =>
    encodeEvent({
      wallTime: 1.7e9 + r.step,
      step: r.step,
      summary: { value: [{ tag: r.tag, simpleValue: r.v }] },
    }),
  ),
  fc.record({ step: fc.nat(1e6), v: fc.double() }).map((r) =>
    encodeEvent({
      wallTime: 1.7e9,
      step: r.step,
      summary: {
        value: [
          {
            tag: 't',
            metadata: { pluginData: { pluginName: 'scalars' } },
            tensor: { dtype: tensorboard.DataType.DT_DOUBLE, tensorShape: {}, doubleVal: [r.v] },
          },
        ],
      },
    }),
  ),
  fc.constant(encodeEvent({ wallTime: 1.7e9, fileVersion: 'brain.Event:2' })),
  fc.constant(encodeEvent({ wallTime: 1.7e9, step: 3, sessionLog: { status: 1 } })),
  fc.uint8Array({ maxLength: 64 }), // arbitrary bytes with valid framing: decodes to anything or fails
);

export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'length'; record: number; length: number; fixCrc: boolean }
  | { kind: 'insert'; record: number; bytes: Uint8Array }
  | { kind: 'random'; bytes: Uint8Array };

export interface FuzzCase {
  payloads: Uint8Array[];
  mutation: Mutation;
}

export const caseArb: fc.Arbitrary<FuzzCase> = fc
  .array(payloadArb, { minLength: 1, maxLength: 12 })
  .chain((payloads) => {
    const size = payloads.reduce((n, p) => n + p.length + 16, 0);
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(size - 1), bit: fc.nat(7) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(size) }),
      fc.record({
        kind: fc.constant('length' as const),
        record: fc.nat(payloads.length - 1),
        length: fc.oneof(
          fc.nat(256),
          fc.constantFrom(2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1, Number.MAX_SAFE_INTEGER),
          fc.nat(),
        ),
        fixCrc: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        record: fc.nat(payloads.length),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }),
      }),
      fc.record({ kind: fc.constant('random' as const), bytes: fc.uint8Array({ maxLength: 512 }) }),
    );
    return mutation.map((m) => ({ payloads, mutation: m }));
  });

/** Builds the damaged file and the indexes of the records that must still be read. */
export interface Expectation {
  bytes: Uint8Array;
  /** Records (by index) that must be read. */
  mustRead: number[];
  /** A record that must be reported damaged (and not returned), with the reason, when the oracle knows it. */
  mustDamage?: { record: number; reasons: string[] };
}

/** Builds the damaged file and what a correct reader must make of it. */
export function applyMutation(c: FuzzCase): Expectation {
  const records = c.payloads.map(frame);
  const starts: number[] = [];
  let size = 0;
  for (const r of records) {
    starts.push(size);
    size += r.length;
  }
  const file = new Uint8Array(size);
  records.forEach((r, i) => file.set(r, starts[i]));
  const all = records.map((_, i) => i);
  const m = c.mutation;
  switch (m.kind) {
    case 'flip': {
      file[m.at]! ^= 1 << m.bit;
      const i = starts.findLastIndex((s) => s <= m.at);
      const inHeader = m.at - starts[i]! < 12;
      // A flipped length or length CRC stops the file at record i; a flipped payload or data CRC skips record i.
      return inHeader
        ? { bytes: file, mustRead: all.slice(0, i), mustDamage: { record: i, reasons: ['length-crc'] } }
        : {
            bytes: file,
            mustRead: all.filter((j) => j !== i),
            mustDamage: { record: i, reasons: ['data-crc'] },
          };
    }
    case 'truncate':
      return {
        bytes: file.subarray(0, m.at),
        mustRead: all.filter((j) => starts[j]! + records[j]!.length <= m.at),
      };
    case 'length': {
      const view = new DataView(file.buffer);
      const at = starts[m.record]!;
      view.setBigUint64(at, BigInt(m.length), true);
      if (m.fixCrc) view.setUint32(at + 8, maskedCrc32c(file, at, at + 8), true);
      const unchanged = m.length === c.payloads[m.record]!.length;
      if (unchanged) return { bytes: file, mustRead: all }; // the same length again: nothing changed
      // A forged length with a valid CRC re-frames what follows: only records before it are certain. Without
      // a valid CRC, or beyond the 1 GiB limit, the file stops there with that reason.
      const reasons = !m.fixCrc ? ['length-crc'] : m.length > 2 ** 30 ? ['impossible-length'] : undefined;
      return {
        bytes: file,
        mustRead: all.slice(0, m.record),
        ...(reasons ? { mustDamage: { record: m.record, reasons } } : {}),
      };
    }
    case 'insert': {
      const at = m.record < records.length ? starts[m.record]! : size;
      const out = new Uint8Array(size + m.bytes.length);
      out.set(file.subarray(0, at));
      out.set(m.bytes, at);
      out.set(file.subarray(at), at + m.bytes.length);
      return { bytes: out, mustRead: all.slice(0, m.record) };
    }
    case 'random':
      return { bytes: m.bytes, mustRead: [] };
  }
}

/** Reads `bytes` as a growing file would be read, asserting the reader's invariants. Throws on violation. */
export function checkCase(c: FuzzCase): void {
  const { bytes, mustRead, mustDamage } = applyMutation(c);
  const damaged = new Map<number, string>();
  let largestRead = 0;
  let reads = 0;
  const source: ByteSource = {
    size: () => bytes.length,
    read: (offset, length) => {
      reads++;
      largestRead = Math.max(largestRead, length);
      if (offset < 0 || offset > bytes.length) throw new Error(`read at ${offset} outside the file`);
      return bytes.subarray(offset, Math.min(bytes.length, offset + length));
    },
  };
  const reader = createEventStreamReader(source, 'fuzz');
  const interpreter = createRunInterpreter();
  const readOffsets = new Set<number>();
  for (let pass = 0; pass < 3; pass++) {
    const batch = reader.readPayloads(); // a second pass must find nothing new: no record is read twice
    for (const d of [...batch.damaged, ...(batch.fatal ? [batch.fatal] : [])])
      damaged.set(d.offset, d.reason);
    for (const { offset, payload } of batch.records) {
      if (readOffsets.has(offset)) throw new Error(`record at ${offset} read twice`);
      readOffsets.add(offset);
      try {
        interpreter.interpretPayload(payload);
      } catch (err) {
        if (!(err instanceof EventDecodeError)) throw err;
      }
    }
  }
  if (largestRead > bytes.length + 16)
    throw new Error(`asked for ${largestRead} bytes of a ${bytes.length}-byte file`);
  if (reads > 4 * (bytes.length + 4))
    throw new Error(`${reads} reads for ${bytes.length} bytes: not terminating`);
  let at = 0;
  const starts = c.payloads.map((p) => {
    const s = at;
    at += p.length + 16;
    return s;
  });
  for (const i of mustRead) {
    if (!readOffsets.has(starts[i]!)) throw new Error(`intact record ${i} at byte ${starts[i]} was not read`);
  }
  if (mustDamage) {
    const at = starts[mustDamage.record]!;
    if (readOffsets.has(at))
      throw new Error(`damaged record ${mustDamage.record} at byte ${at} was returned as valid`);
    const reason = damaged.get(at);
    if (!reason || !mustDamage.reasons.includes(reason)) {
      throw new Error(
        `record ${mustDamage.record} at byte ${at}: expected ${mustDamage.reasons.join('|')}, got ${reason ?? 'no report'}`,
      );
    }
  }
}

export function fuzzEventFiles(opts: { numRuns?: number; seed?: number; interruptAfterTimeLimit?: number }) {
  return fc.check(
    fc.property(caseArb, (c) => checkCase(c)),
    {
      numRuns: opts.numRuns ?? 1000,
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.interruptAfterTimeLimit !== undefined
        ? { interruptAfterTimeLimit: opts.interruptAfterTimeLimit }
        : {}),
    },
  );
}
