// The cache's one append-only file of sealed blocks (block-codec.ts) and a bounded LRU of decoded blocks in front
// of it. Blocks of every series of the store are appended to the same file in sealing order and read back with
// synchronous positional reads (fs.readSync), so series views stay synchronous. Invariants: a block's offset never
// changes once written, except when a compaction (cache-compactor.ts) swaps in a rewritten file within one turn
// (the LRU is emptied then: its keys are offsets of the old file); memory held by decoded blocks stays under
// `lruBytes`; a block that cannot be read back (I/O error, corrupt bytes) throws an Error naming the file and offset.
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
import { BLOCK_POINTS, decodeBlock, MAX_BLOCK_BYTES, type BlockColumns } from './block-codec.ts';

/**
 * A block's bytes and room for its strided steps written out: decoded blocks are views of one slab, and slabs of
 * evicted blocks are reused, so reading makes no garbage (small buffers churned by the million fragment the
 * native heap and keep the process's RSS up long after they are freed).
 */
const SLAB_BYTES = MAX_BLOCK_BYTES + 8 * BLOCK_POINTS;
/**
 * Spare slabs kept for reuse (evicted blocks' slabs: one is taken at each miss, so the pool rarely holds more than
 * one). TRAINBOARD_CACHE_SPARE_SLABS=0 drops every evicted slab instead (a benchmark's anchor: each miss then
 * allocates a new 16 KB slab, about 3 GB churned when every one of 100M points is served).
 */
function spareSlabs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.TRAINBOARD_CACHE_SPARE_SLABS ?? 64);
  return Number.isInteger(n) && n >= 0 ? n : 64;
}

interface Cached {
  cols: BlockColumns;
  slab: Buffer;
}

export interface ColumnFile {
  /** Where the file is now (a compaction's file until it is renamed over the old one). */
  readonly path: string;
  /** Appends an encoded block; returns its offset. */
  append(block: Buffer): number;
  /** The decoded block at `offset` (`bytes` long), from the LRU or read from disk. */
  block(offset: number, bytes: number): BlockColumns;
  /** Reads and checks the block at `offset` (magic, size, CRC, point count) without keeping it; throws naming the offset. */
  check(offset: number, bytes: number, points: number): BlockColumns;
  /**
   * The raw bytes of the block at `offset`, checked as check() does (for a compaction's copy); valid until the
   * next raw() or check().
   */
  raw(offset: number, bytes: number, points: number): Buffer;
  /**
   * Swaps in the file at `path` (a compaction's rewrite, complete): the old file is closed, new blocks are
   * appended at the new file's end, the decoded blocks are dropped (their offsets were the old file's).
   */
  swap(path: string): void;
  /** The file was renamed to `path` (the compaction's file moved over the old name). */
  renamed(path: string): void;
  /** Decoded-block slabs allocated since opening (reused once evicted: bounded by the LRU and the spare pool). */
  slabs(): number;
  /** The file's inode, size and mtime now (for the manifest, once synced). */
  stamp(): FileStamp;
  /** Flushes the blocks written so far to the disk (before a manifest names them), off the event loop. */
  sync(): Promise<void>;
  /** Bytes written (including blocks dropped by a purge: the file is append-only). */
  size(): number;
  /** Bytes the file takes on disk (allocated blocks). */
  diskBytes(): number;
  /** Bytes held by decoded blocks in memory. */
  lruBytes(): number;
  /** Reads from disk since opening (LRU misses). */
  reads(): number;
  /** Closes the file; `remove` deletes it too. */
  close(remove: boolean): void;
}

const DEFAULT_LRU_BYTES = 64 * 2 ** 20;

/**
 * Opens the column file at `path`: emptied, or with `keep` its blocks kept and new ones appended after them
 * (`keep` bytes: what a manifest names; anything past it is dropped).
 */
export function openColumnFile(path: string, opts: { lruBytes?: number; keep?: number } = {}): ColumnFile {
  const budget = opts.lruBytes ?? DEFAULT_LRU_BYTES;
  let fd: number | undefined = openSync(path, opts.keep === undefined ? 'w+' : 'a+');
  if (opts.keep !== undefined) {
    closeSync(fd);
    fd = openSync(path, 'r+');
    ftruncateSync(fd, opts.keep); // blocks written after the manifest are nobody's
  }
  let end = opts.keep ?? 0;
  let held = 0;
  let reads = 0;
  let slabs = 0;
  let where = path;
  // Map iteration order is insertion order: re-inserting on a hit makes the first key the least recently used
  const lru = new Map<number, Cached>();
  const free: Buffer[] = [];
  const maxSpare = spareSlabs();
  const scratch = Buffer.allocUnsafeSlow(SLAB_BYTES);
  let lastOffset = -1;
  let last: BlockColumns | undefined; // always an entry of the LRU (its slab is not reused while it is)

  function handle(): number {
    if (fd === undefined) throw new Error(`column cache ${where}: file already closed`);
    return fd;
  }

  /** Empties the LRU; its slabs go to the spare pool (all of them: taken again as the LRU fills up again). */
  function dropDecoded(): void {
    if (maxSpare > 0) for (const c of lru.values()) free.push(c.slab);
    lru.clear();
    [last, lastOffset, held] = [undefined, -1, 0];
  }

  function readInto(slab: Buffer, offset: number, bytes: number): BlockColumns {
    if (bytes > MAX_BLOCK_BYTES)
      throw new Error(`column cache ${where}: block at offset ${offset} is too large (${bytes} bytes)`);
    const buf = slab.subarray(0, bytes);
    let got = 0;
    while (got < bytes) {
      const n = readSync(handle(), buf, got, bytes - got, offset + got);
      if (n === 0)
        throw new Error(
          `column cache ${where}: block at offset ${offset} is cut short (${got} of ${bytes} bytes)`,
        );
      got += n;
    }
    return decodeBlock(
      buf,
      where,
      offset,
      new Float64Array(slab.buffer, slab.byteOffset + MAX_BLOCK_BYTES, BLOCK_POINTS),
    );
  }

  function checked(offset: number, bytes: number, points: number): BlockColumns {
    if (offset + bytes > end)
      throw new Error(`column cache ${where}: block at offset ${offset} lies past the file's end`);
    const b = readInto(scratch, offset, bytes); // valid until the next check
    if (b.steps.length !== points)
      throw new Error(
        `column cache ${where}: block at offset ${offset} holds ${b.steps.length} points, not ${points}`,
      );
    return b;
  }

  return {
    get path() {
      return where;
    },
    append(block) {
      const at = end;
      let done = 0;
      while (done < block.length) done += writeSync(handle(), block, done, block.length - done, at + done);
      end += block.length;
      return at;
    },
    check: checked,
    raw(offset, bytes, points) {
      checked(offset, bytes, points);
      return scratch.subarray(0, bytes);
    },
    swap(next) {
      const nfd = openSync(next, 'r+');
      closeSync(handle());
      fd = nfd;
      where = next;
      end = fstatSync(nfd).size;
      dropDecoded();
    },
    renamed(to) {
      where = to;
    },
    slabs: () => slabs,
    stamp: () => fdStamp(handle()),
    sync() {
      const h = handle();
      return new Promise<void>((ok, fail) => fdatasync(h, (err) => (err ? fail(err) : ok())));
    },
    block(offset, bytes) {
      if (offset === lastOffset && last) return last;
      let c = lru.get(offset);
      if (c) {
        lru.delete(offset);
        lru.set(offset, c);
      } else {
        reads++;
        let slab = free.pop();
        if (!slab) {
          slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
          slabs++;
        }
        try {
          c = { cols: readInto(slab, offset, bytes), slab };
        } catch (err) {
          free.push(slab);
          throw err;
        }
        lru.set(offset, c);
        held += SLAB_BYTES;
        for (const [k, v] of lru) {
          if (held <= budget || k === offset) break;
          lru.delete(k);
          held -= SLAB_BYTES;
          if (k === lastOffset) [last, lastOffset] = [undefined, -1];
          if (free.length < maxSpare) free.push(v.slab);
        }
      }
      lastOffset = offset;
      last = c.cols;
      return c.cols;
    },
    size: () => end,
    diskBytes: () => (fd === undefined ? 0 : fstatSync(fd).blocks * 512),
    lruBytes: () => held,
    reads: () => reads,
    close(remove) {
      if (fd === undefined) return;
      closeSync(fd);
      fd = undefined;
      dropDecoded();
      if (remove)
        try {
          unlinkSync(where);
        } catch {
          // already deleted by the user: the cache is safe to delete at any time
        }
    },
  };
}
