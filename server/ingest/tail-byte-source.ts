// A ByteSource over a growing event file that reuses one read window instead of allocating a fresh buffer per
// megabyte read (the tfevents file source keeps every view valid, which costs the file's size in garbage on a
// bulk load). Invariant and contract: a view returned by read() is valid only until the next read(); callers
// must consume (or copy) a payload before reading the next record. size() changes only on refresh().
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../../tfevents/byte-source.ts';

const WINDOW_BYTES = 1 << 20;

export interface TailByteSource extends ByteSource {
  /** Re-reads the file's size and returns it (smaller than before: the file was truncated). */
  refresh(): number;
  close(): void;
}

export function openTailByteSource(path: string): TailByteSource {
  const fd = openSync(path, 'r');
  let size = fstatSync(fd).size;
  let window = Buffer.allocUnsafe(WINDOW_BYTES);
  let start = 0;
  let filled = 0;

  function read(offset: number, length: number): Uint8Array {
    const end = Math.min(size, offset + length);
    if (offset >= start && end <= start + filled) return window.subarray(offset - start, end - start);
    const want = end - offset;
    if (want > window.length) window = Buffer.allocUnsafe(Math.max(want, WINDOW_BYTES)); // a record larger than the window
    const span = Math.max(want, Math.min(window.length, size - offset));
    let got = 0;
    while (got < span) {
      const n = readSync(fd, window, got, span - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    start = offset;
    filled = got;
    return window.subarray(0, Math.min(got, want));
  }

  return {
    size: () => size,
    read,
    refresh() {
      const next = fstatSync(fd).size;
      if (next < size) filled = 0; // truncated: the cached bytes may be stale
      size = next;
      return size;
    },
    close: () => closeSync(fd),
  };
}
