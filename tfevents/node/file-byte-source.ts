// A ByteSource over a file that may still be growing: reads through a window of fresh buffers (so views handed
// out earlier stay valid) and learns the file's new size only on refresh(), so tailing costs one fstat per poll
// rather than one per record.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../byte-source.ts';

const WINDOW_BYTES = 1 << 20;

export interface FileByteSource extends ByteSource {
  readonly path: string;
  /** Re-reads the file's size; returns it. A size smaller than before means the file was truncated. */
  refresh(): number;
  close(): void;
}

export function openFileByteSource(path: string): FileByteSource {
  const fd = openSync(path, 'r');
  let size = fstatSync(fd).size;
  let window = new Uint8Array(0);
  let windowStart = 0;

  function read(offset: number, length: number): Uint8Array {
    const end = Math.min(size, offset + length);
    if (offset >= windowStart && end <= windowStart + window.length) {
      return window.subarray(offset - windowStart, end - windowStart);
    }
    const want = Math.max(end - offset, Math.min(WINDOW_BYTES, size - offset));
    const buf = new Uint8Array(Math.max(0, want));
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    window = buf.subarray(0, got);
    windowStart = offset;
    return window.subarray(0, Math.min(got, end - offset));
  }

  return {
    path,
    size: () => size,
    read,
    refresh() {
      const next = fstatSync(fd).size;
      if (next < size) window = new Uint8Array(0); // truncated: cached bytes may be stale
      size = next;
      return size;
    },
    close: () => closeSync(fd),
  };
}
