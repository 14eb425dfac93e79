// A ByteSource over a growing event file that reads through one read window shared by every file of the
// logdir, instead of a fresh buffer per megabyte (the tfevents file source keeps every view valid, which costs
// the file's size in garbage on a bulk load, and a window per open file). Contract: a view returned by read() is
// valid only until the next read() of ANY source sharing the window; callers consume (or copy) each payload
// before reading the next record. size() changes only on refresh().
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../../tfevents/byte-source.ts';

const WINDOW_BYTES = 1 << 20;

/** The read buffer shared by the sources of one watcher, and which file's bytes it holds. */
export interface ReadWindow {
  /** A plain Uint8Array, not a Buffer: decoders' `.slice()` on views of it must copy (Buffer#slice does not). */
  buffer: Uint8Array;
  owner: object | null;
  start: number;
  filled: number;
}

export function createReadWindow(bytes = WINDOW_BYTES): ReadWindow {
  return { buffer: new Uint8Array(bytes), owner: null, start: 0, filled: 0 };
}

export interface TailByteSource extends ByteSource {
  /** Device and inode of the open file (a different pair at the same path means the file was replaced). */
  readonly dev: number;
  readonly ino: number;
  /** Re-reads the file's size and returns it (smaller than before: the file was truncated). */
  refresh(): number;
  close(): void;
}

export function openTailByteSource(path: string, w: ReadWindow = createReadWindow()): TailByteSource {
  const fd = openSync(path, 'r');
  const me = {};
  const st = fstatSync(fd);
  let size = st.size;

  function read(offset: number, length: number): Uint8Array {
    const end = Math.min(size, offset + length);
    if (w.owner === me && offset >= w.start && end <= w.start + w.filled)
      return w.buffer.subarray(offset - w.start, end - w.start);
    const want = end - offset;
    // a record larger than the shared window gets a buffer of its own, so the window never grows
    const buffer = want > w.buffer.length ? new Uint8Array(want) : w.buffer;
    const span = Math.max(want, Math.min(buffer.length, size - offset));
    let got = 0;
    while (got < span) {
      const n = readSync(fd, buffer, got, span - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    if (buffer === w.buffer) [w.owner, w.start, w.filled] = [me, offset, got];
    else if (w.owner === me) w.owner = null;
    return buffer.subarray(0, Math.min(got, want));
  }

  return {
    dev: st.dev,
    ino: st.ino,
    size: () => size,
    read,
    refresh() {
      const next = fstatSync(fd).size;
      if (next < size && w.owner === me) w.owner = null; // truncated: the cached bytes may be stale
      size = next;
      return size;
    },
    close() {
      if (w.owner === me) w.owner = null;
      closeSync(fd);
    },
  };
}
