// Keeps one copy of TensorFlow.js per process. A symlinked install of trainboard, or a project pinning another
// @tensorflow/tfjs, would load a second copy: hundreds of "kernel already registered" warnings, then models of
// one copy meeting callbacks of the other (`this.safely is not a function`). Imported first by the package's
// entry (its sibling tfjs-copy-guard-end.ts last), this module points trainboard's resolution of
// @tensorflow/tfjs at the copy already loaded and says so once, with both paths and what to do. Invariant: it
// only aliases Node's CommonJS cache entry of @tensorflow/tfjs's main file (tfjs ships CommonJS to Node), never
// loads TF.js itself, and does nothing when one copy is in use.
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';

const require = createRequire(import.meta.url);
const MAIN_SUFFIX = `${sep}@tensorflow${sep}tfjs${sep}dist${sep}tf.node.js`;
let warned = false;

function resolveFrom(fromFile: string): string | undefined {
  try {
    return createRequire(fromFile).resolve('@tensorflow/tfjs');
  } catch {
    return undefined;
  }
}

/** The main files of every @tensorflow/tfjs copy loaded in this process so far. */
export function loadedTfjsCopies(): string[] {
  return Object.keys(require.cache).filter((file) => file.endsWith(MAIN_SUFFIX));
}

/** The one message, with both paths and what to do. */
export function twoCopiesMessage(used: string, other: string): string {
  const root = (main: string) => dirname(dirname(main));
  return [
    'trainboard: two copies of @tensorflow/tfjs are installed:',
    `  ${root(used)} (in use: trainboard and your code share it)`,
    `  ${root(other)} (not loaded)`,
    '  Models and callbacks from different copies do not work together, so trainboard uses the first copy.',
    '  To install one copy: `npm ls @tensorflow/tfjs` shows both; align your @tensorflow/tfjs with trainboard',
    '  (peer ^4.22.0) and run `npm dedupe`; instead of `npm link`, install trainboard from `npm pack`.',
  ].join('\n');
}

function alias(target: string, loaded: string): void {
  const source = require.cache[loaded];
  const existing = require.cache[target];
  // Too late when the target copy already ran; nothing to share when the loaded one has not run yet.
  if (!source?.loaded || existing?.loaded) return;
  if (existing) {
    // Node's ESM loader registers a CommonJS module in the cache when it links the importing module and runs
    // it later only if it is not yet `loaded`: filling it in now makes that import yield the loaded copy.
    existing.exports = source.exports as unknown;
    existing.loaded = true;
  } else {
    require.cache[target] = source;
  }
  if (warned) return;
  warned = true;
  process.emitWarning(twoCopiesMessage(loaded, target), { code: 'TRAINBOARD_TFJS_COPIES' });
}

/** Before trainboard loads TF.js: if the application loaded another copy, trainboard resolves to that one. */
export function preferLoadedTfjs(): void {
  const ours = resolveFrom(import.meta.filename);
  const other = loadedTfjsCopies().find((file) => file !== ours && require.cache[file]?.loaded);
  if (ours && other) alias(ours, other);
}

/** After trainboard loaded TF.js: the application's own copy, if not yet loaded, resolves to trainboard's. */
export function shareTfjsWithApplication(): void {
  const ours = resolveFrom(import.meta.filename);
  const entry = process.argv[1];
  if (!ours || !entry || !require.cache[ours]) return;
  const theirs = resolveFrom(resolve(entry));
  if (theirs && theirs !== ours) alias(theirs, ours);
}

preferLoadedTfjs();
