// A ByteSource over a growing event file that reads through one read window shared by every file of the
// logdir, instead of a fresh buffer per megabyte (the tfevents file source keeps every view valid, which costs
// the file's size in garbage on a bulk load, and a window per open file). Contract: a view returned by read() is
// valid only until the next read() of ANY source sharing the window; callers consume (or copy) each payload
// before reading the next record. size() changes only on refresh(). Opened with a logdir root, a path whose real
// path leaves the logdir is refused (the error's code is 'EOUTSIDE'); the file's identity (file-identity.ts) is
// taken at open and re-verified on request.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../../tfevents/byte-source.ts';
import { matchIdentity, outsideLogdir, readIdentity, type FileIdentity } from './file-identity.ts';

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
  /** The identity of the bytes read so far (device, inode, head). */
  identity(): FileIdentity;
  /**
   * True when the open file's head still holds the bytes of `known` (default: its own identity), i.e. it is the
   * same file, grown or shrunk (or a copy of it); false when different bytes are there now (rewritten in place,
   * or a different file; the identity is then the new file's: the caller reads it as new). Reads the head only
   * when size or mtime changed.
   */
  continues(known?: FileIdentity): boolean;
  close(): void;
}

export interface TailOpenOptions {
  /** The logdir's real path: a path resolving outside it is refused. Undefined: the logdir is gone, refuse. */
  root: string | undefined;
}

function refuseOutside(path: string, fd: number, opts: TailOpenOptions | undefined): void {
  if (!opts) return;
  const why = outsideLogdir(opts.root, path, fd);
  if (why === undefined) return;
  closeSync(fd);
  throw Object.assign(new Error(`${path}: ${why}`), { code: 'EOUTSIDE' });
}

export function openTailByteSource(
  path: string,
  w: ReadWindow = createReadWindow(),
  opts?: TailOpenOptions,
): TailByteSource {
  const fd = openSync(path, 'r');
  refuseOutside(path, fd, opts);
  const me = {};
  const st = fstatSync(fd);
  let size = st.size;
  let identity: FileIdentity;
  try {
    identity = readIdentity(fd);
  } catch (err) {
    closeSync(fd);
    throw err;
  }

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
    identity: () => identity,
    continues(known = identity) {
      const next = matchIdentity(known, fd);
      if (next) identity = next;
      else {
        identity = readIdentity(fd);
        if (w.owner === me) w.owner = null; // the cached bytes were the old file's
      }
      return next !== undefined;
    },
    close() {
      if (w.owner === me) w.owner = null;
      closeSync(fd);
    },
  };
}
