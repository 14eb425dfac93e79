// Builds a streamed JSON body byte by byte into fixed-size chunks, for the answers that print millions of
// numbers (every point of a series): each number's text goes straight into the chunk, so a response leaves no
// per-point strings alive and no chunk-sized string behind. A chunk of text built with `+=` is a rope of every
// point's pieces until it is flattened, and flattened it is one string of hundreds of KB, which V8 places in its
// large-object space, freed only by a full collection. (Measured alone, restarted on a 100M-point cache, this
// did not lower the peak RSS of serving every point, 1,097 against 1,093 MiB: what bounds it is the heap growth
// cap of server/cli/heap-growth.ts; serving took 158.6 s against 202.5 s, at a lower load.) Invariants: only ASCII is written (numbers and the
// JSON punctuation around them; other text goes through `text`, UTF-8); a chunk is handed out once and never
// written again; the bytes are those of the string the same calls would have concatenated.
import { pythonFiniteRepr } from './python-float.ts';

/** Bytes a chunk holds before it is sent. */
export const CHUNK_BYTES = 64 * 1024;
/** More than the longest number text (`-1.7976931348623157e+308`, an int64's 20 digits, `"-Infinity"`). */
const NUMBER_ROOM = 32;

const COMMA = 0x2c;
const QUOTE = 0x22;

export class JsonChunks {
  private buf: Buffer;
  private n = 0;
  private readonly size: number;

  constructor(size = CHUNK_BYTES) {
    this.size = Math.max(size, 1);
    this.buf = Buffer.allocUnsafe(this.size);
  }

  /** Bytes written to the current chunk. */
  get length(): number {
    return this.n;
  }

  /** True once the chunk may not hold another item of four numbers: take() it (after finishing the current
   *  item; a write past the end grows the chunk instead of failing). */
  full(): boolean {
    return this.n + NUMBER_ROOM * 4 > this.size;
  }

  /** One ASCII byte (a JSON punctuation character). */
  byte(c: number): void {
    this.room(1);
    this.buf[this.n++] = c;
  }

  /** ASCII text (digits, punctuation), as the bytes of the string. */
  ascii(s: string): void {
    this.room(s.length);
    this.n += this.buf.write(s, this.n, 'latin1');
  }

  /** Any text, as UTF-8 (a run or tag name already JSON-quoted). */
  text(s: string): void {
    this.room(Buffer.byteLength(s));
    this.n += this.buf.write(s, this.n, 'utf8');
  }

  /** A non-negative or negative integer below 2^53 in magnitude, as its decimal digits (no string made). */
  safeInteger(x: number): void {
    this.room(NUMBER_ROOM);
    let v = x;
    if (v < 0) {
      this.buf[this.n++] = 0x2d;
      v = -v;
    }
    if (v < 10) {
      this.buf[this.n++] = 0x30 + v;
      return;
    }
    let digits = 1;
    for (let p = 10; p <= v; p *= 10) digits++;
    let at = this.n + digits;
    this.n = at;
    while (v >= 10) {
      const q = Math.floor(v / 10);
      this.buf[--at] = 0x30 + (v - q * 10);
      v = q;
    }
    this.buf[--at] = 0x30 + v;
  }

  /** A double as TensorBoard's JSON prints it (python-float.ts pythonJsonFloat): repr digits, `"NaN"`,
   *  `"Infinity"`, `"-Infinity"`. */
  jsonFloat(x: number): void {
    this.room(NUMBER_ROOM);
    if (Number.isFinite(x)) {
      this.pythonFloat(x);
      return;
    }
    this.buf[this.n++] = QUOTE;
    this.n += this.buf.write(Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity', this.n, 'latin1');
    this.buf[this.n++] = QUOTE;
  }

  /** The current chunk's bytes; the next writes go to a fresh chunk (the socket may still hold this one). */
  take(): Buffer {
    const out = this.buf.subarray(0, this.n);
    this.buf = Buffer.allocUnsafe(this.size);
    this.n = 0;
    return out;
  }

  /** A comma before every item but the first. */
  separator(first: boolean): void {
    if (!first) this.byte(COMMA);
  }

  private pythonFloat(x: number): void {
    // integral doubles in the fast range print as their digits plus `.0`; no string made for them
    if (Number.isSafeInteger(x) && !(x === 0 && 1 / x < 0)) {
      this.safeInteger(x);
      this.buf[this.n++] = 0x2e;
      this.buf[this.n++] = 0x30;
      return;
    }
    // copied a character at a time: Buffer.write's native call cost more than the copy for ~18 characters
    const s = pythonFiniteRepr(x);
    const b = this.buf;
    let n = this.n;
    for (let k = 0; k < s.length; k++) b[n++] = s.charCodeAt(k);
    this.n = n;
  }

  private room(bytes: number): void {
    if (this.n + bytes > this.buf.length) this.grow(bytes);
  }

  /** Only for an item longer than a chunk's margin (a long name): the chunk grows instead of splitting it. */
  private grow(bytes: number): void {
    const next = Buffer.allocUnsafe((this.n + bytes) * 2);
    this.buf.copy(next, 0, 0, this.n);
    this.buf = next;
  }
}
