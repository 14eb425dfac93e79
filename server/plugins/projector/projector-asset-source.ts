// The projector's only door to the file system (TensorBoard's projector reads its configs and assets from run
// directories, not from event files): projector_config.pbtxt of a run directory or of its plugin-assets
// directory, and asset files resolved as TensorBoard's
// _rel_to_abs_asset_path resolves them. Invariants: an asset path resolves (symlinks followed) inside the
// directory of the config naming it, else AssetPathError and nothing is read; no file is read past its cap, and
// a size a file declares is never trusted (we stat and read at most cap + 1 bytes).
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** TensorBoard's names (projector/metadata.py). */
export const PROJECTOR_FILENAME = 'projector_config.pbtxt';
export const PLUGIN_ASSETS_DIR = join('plugins', 'org_tensorflow_tensorboard_projector');

export class AssetPathError extends Error {
  override readonly name = 'AssetPathError';
}

/** A file larger than the cap its caller gave. */
export class AssetTooLargeError extends Error {
  override readonly name = 'AssetTooLargeError';
}

const expandUser = (p: string): string =>
  p === '~' ? homedir() : p.startsWith(`~${sep}`) ? join(homedir(), p.slice(2)) : p;

/** os.path.realpath (non-strict): symlinks of the longest existing prefix resolved, the rest kept as is. */
async function realpathLoose(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    const parent = dirname(p);
    if (parent === p) return p;
    return join(await realpathLoose(parent), basename(p));
  }
}

/** `fpath` of a config at `configPath`, absolute and real; throws AssetPathError when it leaves the config's
 *  directory (an absolute path elsewhere, `..`, a symlink out), with TensorBoard's message. */
export async function resolveAssetPath(fpath: string, configPath: string): Promise<string> {
  const configDir = await realpathLoose(dirname(expandUser(configPath)));
  let candidate = expandUser(fpath);
  if (!isAbsolute(candidate)) candidate = join(configDir, candidate);
  candidate = await realpathLoose(candidate);
  const rel = relative(configDir, candidate);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    throw new AssetPathError(`Asset path "${fpath}" resolves outside the config directory`);
  return candidate;
}

/** True when `p` is an existing regular file (after symlinks). */
export async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Size and modification time, the cache key of what is read from a file; undefined when it is no file. */
export async function fileVersion(p: string): Promise<string | undefined> {
  try {
    const s = await stat(p);
    return s.isFile() ? `${s.size}:${s.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The whole file, at most `cap` bytes; throws AssetTooLargeError past it (read, not stat: files grow). */
export async function readCapped(p: string, cap: number): Promise<Uint8Array> {
  const fh = await open(p, constants.O_RDONLY);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(Math.min(1 << 20, cap + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, total);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > cap)
        throw new AssetTooLargeError(`"${p}" is larger than the projector reads (${cap} bytes)`);
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await fh.close();
  }
}

/** `size` bytes at `offset` of a file (at most `cap`); throws when the file is shorter. */
export async function readRange(p: string, offset: number, size: number, cap: number): Promise<Uint8Array> {
  if (size > cap)
    throw new AssetTooLargeError(`"${p}": ${size} bytes asked, more than the projector reads (${cap})`);
  const fh = await open(p, constants.O_RDONLY);
  try {
    const buf = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const { bytesRead } = await fh.read(buf, got, size - got, offset + got);
      if (bytesRead === 0) throw new AssetPathError(`"${p}" ends before byte ${offset + size}`);
      got += bytesRead;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, size);
  } finally {
    await fh.close();
  }
}

/** Python's os.path.join of two parts (no normalisation: `dir/..` stays as written). */
export const pyJoin = (a: string, b: string): string =>
  isAbsolute(b) ? b : a.endsWith(sep) || a === '' ? a + b : `${a}${sep}${b}`;

/** True when `p` (symlinks followed) lies inside `root`. */
export async function isInside(p: string, root: string): Promise<boolean> {
  const rel = relative(await realpathLoose(root), await realpathLoose(p));
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** tf.train.latest_checkpoint(dir): the prefix the `checkpoint` file names (joined to `dir` when relative),
 *  when its `.index` exists. */
async function latestCheckpoint(dir: string): Promise<string | undefined> {
  const file = join(dir, 'checkpoint');
  if (!(await isFile(file))) return undefined;
  const text = new TextDecoder().decode(await readCapped(file, 1 << 20));
  const m = /^\s*model_checkpoint_path\s*:\s*"((?:[^"\\\n]|\\.)*)"/m.exec(text);
  if (!m) return undefined;
  const prefix = pyJoin(dir, m[1]!.replace(/\\(.)/g, '$1'));
  return (await isFile(`${prefix}.index`)) ? prefix : undefined;
}

/** TensorBoard's _find_latest_checkpoint: the directory's latest checkpoint, else its parent's; a directory
 *  outside `root` (the logdir's parent, for the logdir itself) is not read. */
export async function findLatestCheckpoint(dir: string, root: string): Promise<string | undefined> {
  for (const d of [dir, pyJoin(dir, '..')]) {
    if (!(await isInside(d, root))) continue;
    const found = await latestCheckpoint(d);
    if (found) return found;
  }
  return undefined;
}
