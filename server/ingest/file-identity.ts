// The identity of a tailed event file: device, inode and its head (the first bytes raw, and a CRC-32C of the
// first 4 KiB), and the two checks made before bytes are trusted: that a path still resolves inside the logdir
// (a symlink swapped in is refused like a static one) and that the file behind a descriptor is the one whose
// bytes were read (a different file copied or moved over it is reported as new, to be read from its start).
// Invariant: an identity only ever describes bytes really read from the descriptor; nothing here throws except
// the fs errors of the descriptor itself.
import { fstatSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { crc32c } from '../../tfevents/masked-crc32c.ts';

/** Bytes of the head covered by the checksum: the file_version record and the first events of any writer. */
export const HEAD_BYTES = 4096;
/** Bytes of the head kept raw, to judge a replacement shorter than the checksummed head. */
const PREFIX_BYTES = 64;

export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
  /** The first min(size, PREFIX_BYTES) bytes. */
  readonly prefix: Uint8Array;
  /** How many head bytes `headCrc` covers: min(size, HEAD_BYTES) when it was taken. */
  readonly headLength: number;
  readonly headCrc: number;
  /** Size and mtime when the head was last verified (unchanged: no need to read it again). */
  readonly size: number;
  readonly mtimeMs: number;
}

function readHead(fd: number, size: number): Uint8Array {
  const head = new Uint8Array(Math.min(size, HEAD_BYTES));
  let got = 0;
  while (got < head.length) {
    const n = readSync(fd, head, got, head.length - got, got);
    if (n === 0) break;
    got += n;
  }
  return head.subarray(0, got);
}

function identityOf(st: Stats, head: Uint8Array): FileIdentity {
  return {
    dev: st.dev,
    ino: st.ino,
    prefix: head.slice(0, PREFIX_BYTES),
    headLength: head.length,
    headCrc: crc32c(head),
    size: st.size,
    mtimeMs: st.mtimeMs,
  };
}

/** The identity of the file open on `fd`. */
export function readIdentity(fd: number): FileIdentity {
  const st = fstatSync(fd);
  return identityOf(st, readHead(fd, st.size));
}

/**
 * Compares the file open on `fd` with `known`: returns its (possibly extended) identity when its head holds the
 * same bytes as far as both go (the same file grown, shrunk, or a copy of it renamed over it), or undefined when
 * the head differs (a different file). A file shorter than the known head is judged on its raw prefix only and
 * keeps the known head for later checks; an empty one always matches (nothing was written yet to tell apart).
 */
export function matchIdentity(known: FileIdentity, fd: number): FileIdentity | undefined {
  const st = fstatSync(fd);
  if (st.dev === known.dev && st.ino === known.ino && st.size === known.size && st.mtimeMs === known.mtimeMs)
    return known;
  const head = readHead(fd, st.size);
  const n = Math.min(known.prefix.length, head.length);
  for (let i = 0; i < n; i++) if (known.prefix[i] !== head[i]) return undefined;
  if (head.length < known.headLength)
    // shorter than the head we know (truncated, or a replacement still being written): keep judging later
    // growth against the known head, so a different file written over it is still told apart
    return { ...known, dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
  if (crc32c(head, 0, known.headLength) !== known.headCrc) return undefined;
  return identityOf(st, head);
}

/** The real path of the logdir, or undefined when it cannot be resolved (gone: nothing is opened then). */
export function realLogdir(logdir: string): string | undefined {
  try {
    return realpathSync(logdir);
  } catch {
    return undefined;
  }
}

/**
 * Why `path` (opened on `fd`) may not be read, or undefined when it may: its real path must lie inside the
 * logdir's real path `root`, and the descriptor must be that file (not one swapped in between resolving the path
 * and opening it).
 */
export function outsideLogdir(root: string | undefined, path: string, fd: number): string | undefined {
  if (root === undefined) return 'the logdir cannot be resolved';
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    return `cannot resolve: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (!real.startsWith(root + sep)) return `refused: it resolves to ${real}, outside the logdir`;
  try {
    const a = statSync(real);
    const b = fstatSync(fd);
    if (a.dev !== b.dev || a.ino !== b.ino) return 'refused: the file changed while it was being opened';
  } catch (err) {
    return `cannot stat: ${err instanceof Error ? err.message : String(err)}`;
  }
  return undefined;
}
