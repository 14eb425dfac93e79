// Protobuf wire format, read and written without a schema: a reader of tags and raw values (varints as numbers
// below 2^49, else exact BigInts) and the few encoders that rewriting a message field by field needs. Invariant: values read are views
// into the caller's bytes; a malformed message throws ProtoTextError with the message type and byte offset.

export class ProtoTextError extends Error {
  constructor(typeName: string, offset: number, what: string) {
    super(`${typeName} at byte ${offset}: ${what}`);
    this.name = 'ProtoTextError';
  }
}

export type Raw =
  { wire: 0; value: number | bigint } | { wire: 1 | 5; value: DataView } | { wire: 2; value: Uint8Array };

export class WireReader {
  pos = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly typeName: string,
  ) {}
  fail(what: string): never {
    throw new ProtoTextError(this.typeName, this.pos, what);
  }
  /** An unsigned varint: a number when it has at most 7 bytes (below 2^49), else a BigInt (64 bits kept). */
  varint(): number | bigint {
    const bytes = this.bytes;
    let out = 0;
    let scale = 1;
    for (let i = 0; i < 7; i++) {
      if (this.pos >= bytes.length) this.fail('truncated varint');
      const b = bytes[this.pos++]!;
      out += (b & 0x7f) * scale;
      if (b < 0x80) return out;
      scale *= 128;
    }
    let big = BigInt(out);
    for (let shift = 49n; shift < 70n; shift += 7n) {
      if (this.pos >= bytes.length) this.fail('truncated varint');
      const b = bytes[this.pos++]!;
      big |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return BigInt.asUintN(64, big);
    }
    return this.fail('varint longer than 10 bytes');
  }
  /** A tag or a length: a varint that must fit in a number. */
  small(): number {
    const v = this.varint();
    if (typeof v === 'bigint') this.fail('tag or length over 2^49');
    return v;
  }
  take(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.bytes.length) this.fail(`field of ${n} bytes past the end`);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  view(n: number): DataView {
    const b = this.take(n);
    return new DataView(b.buffer, b.byteOffset, n);
  }
  /** Skips a group (wire type 3) up to its end tag. */
  skipGroup(field: number): void {
    for (;;) {
      if (this.pos >= this.bytes.length) this.fail(`unterminated group ${field}`);
      const tag = this.small();
      if (Math.floor(tag / 8) === field && tag % 8 === 4) return;
      this.raw(tag % 8, Math.floor(tag / 8));
    }
  }
  raw(wire: number, field: number): Raw | undefined {
    switch (wire) {
      case 0:
        return { wire, value: this.varint() };
      case 1:
        return { wire, value: this.view(8) };
      case 5:
        return { wire, value: this.view(4) };
      case 2:
        return { wire, value: this.take(this.small()) };
      case 3:
        this.skipGroup(field);
        return undefined;
      default:
        return this.fail(`wire type ${wire} of field ${field}`);
    }
  }
}

/** One field of a message as it sits on the wire: its number, its raw value and its whole encoding. */
export interface WireField {
  field: number;
  raw: Raw;
  encoded: Uint8Array;
}

/** The fields of a message in wire order (groups are skipped). */
export function wireFields(bytes: Uint8Array, typeName: string): WireField[] {
  const r = new WireReader(bytes, typeName);
  const out: WireField[] = [];
  while (r.pos < bytes.length) {
    const start = r.pos;
    const tag = r.small();
    const field = Math.floor(tag / 8);
    if (field === 0) r.fail('field number 0');
    const raw = r.raw(tag % 8, field);
    if (raw) out.push({ field, raw, encoded: bytes.subarray(start, r.pos) });
  }
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

/** A length-delimited field (a string, bytes or a message) with its tag. */
export function lengthDelimited(field: number, payload: Uint8Array): Uint8Array {
  return concatBytes([Uint8Array.from([...varint(field * 8 + 2), ...varint(payload.length)]), payload]);
}

const utf8 = new TextEncoder();
export const stringField = (field: number, s: string): Uint8Array => lengthDelimited(field, utf8.encode(s));
