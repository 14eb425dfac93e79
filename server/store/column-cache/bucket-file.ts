// The column cache's sidecar of min/max bucket records (min-max-buckets.ts): one append-only file beside the
// column file, one record per sealed block, appended when the block is sealed. A restarted server reads it whole
// (one sequential read) and rebuilds every series' buckets from it instead of reading back every block of the
// column file. Invariants: a record's offset never changes once written; like the column file it is synced before
// a manifest names its records, and anything past what a manifest names is dropped when the file is reopened; a
// compaction (cache-compactor.ts) swaps in a rewritten file within one turn, its records' offsets remapped.
import {
  closeSync,
  fdatasync,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { fdStamp, type FileStamp } from './cache-manifest.ts';

export interface BucketFile {
  /** Where the file is now (a compaction's file until it is renamed over the old one). */
  readonly path: string;
  /** Appends an encoded record; returns its offset. */
  append(record: Buffer): number;
  /** The file's first `bytes` bytes, read once (what a manifest names); throws naming the file when cut short. */
  readKept(bytes: number): Buffer;
  /** The `bytes` bytes at `offset` (a record, for a compaction's copy); throws naming the file when cut short. */
  read(offset: number, bytes: number): Buffer;
  /** Swaps in the file at `path` (a compaction's rewrite): the old file is closed, records go after its end. */
  swap(path: string): void;
  /** The file was renamed to `path`. */
  renamed(path: string): void;
  sync(): Promise<void>;
  /** The file's inode, size and mtime now (for the manifest, once synced). */
  stamp(): FileStamp;
  size(): number;
  /** Closes the file; `remove` deletes it too. */
  close(remove: boolean): void;
}

/** Opens the bucket file at `path`: emptied, or with `keep` its first `keep` bytes kept. */
export function openBucketFile(path: string, opts: { keep?: number } = {}): BucketFile {
  let fd: number | undefined = openSync(path, opts.keep === undefined ? 'w+' : 'a+');
  if (opts.keep !== undefined) {
    closeSync(fd);
    fd = openSync(path, 'r+');
    ftruncateSync(fd, opts.keep);
  }
  let end = opts.keep ?? 0;
  let where = path;
  const handle = (): number => {
    if (fd === undefined) throw new Error(`column cache ${where}: file already closed`);
    return fd;
  };
  function readAt(offset: number, bytes: number): Buffer {
    const buf = Buffer.allocUnsafe(bytes);
    let got = 0;
    while (got < bytes) {
      const n = readSync(handle(), buf, got, bytes - got, offset + got);
      if (n === 0)
        throw new Error(
          `column cache ${where}: cut short at ${offset + got} (${got} of ${bytes} bytes at ${offset})`,
        );
      got += n;
    }
    return buf;
  }
  return {
    get path() {
      return where;
    },
    append(record) {
      const at = end;
      let done = 0;
      while (done < record.length) done += writeSync(handle(), record, done, record.length - done, at + done);
      end += record.length;
      return at;
    },
    readKept: (bytes) => readAt(0, bytes),
    read: readAt,
    swap(next) {
      const nfd = openSync(next, 'r+');
      closeSync(handle());
      fd = nfd;
      where = next;
      end = fstatSync(nfd).size;
    },
    renamed(to) {
      where = to;
    },
    stamp: () => fdStamp(handle()),
    sync() {
      const h = handle();
      return new Promise<void>((ok, fail) => fdatasync(h, (err) => (err ? fail(err) : ok())));
    },
    size: () => end,
    close(remove) {
      if (fd === undefined) return;
      closeSync(fd);
      fd = undefined;
      if (remove)
        try {
          unlinkSync(where);
        } catch {
          // already deleted by the user: the cache is safe to delete at any time
        }
    },
  };
}
