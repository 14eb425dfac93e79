// Which runs have embeddings and what each config says, as TensorBoard's ProjectorPlugin._update_configs and
// _augment_configs_with_checkpoint_info decide it: a run's projector_config.pbtxt (its plugin-assets copy wins
// when both parse), the logdir's own as run '.', the first tensor_path naming an unnamed embedding, ':0'
// dropped from tensor names, tensor_shape filled from the tensor file; a TF checkpoint (the config's
// model_checkpoint_path, else the `checkpoint` file of the run directory or its parent) adds its 2-D variables
// (not optimizer slots), an unnamed first embedding lending them its metadata; runs without embeddings are
// left out. Runs come in TensorBoard's discovery order. Invariants: only local logdirs are read, and no
// checkpoint outside the logdir; a config that does not parse, or an asset that cannot be read, is logged with
// its file and skipped, never fatal; configs, checkpoint indexes and tensors are cached by file size and
// mtime, tensors at most TENSOR_CACHE_ENTRIES at a time.
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import {
  cloneConfig,
  emptyConfig,
  emptyEmbedding,
  type EmbeddingInfo,
  type ProjectorConfig,
} from './projector-config.ts';
import { parseProjectorConfig } from './projector-config-text.ts';
import {
  PLUGIN_ASSETS_DIR,
  PROJECTOR_FILENAME,
  fileVersion,
  findLatestCheckpoint,
  isFile,
  isInside,
  readCapped,
  readRange,
  resolveAssetPath,
} from './projector-asset-source.ts';
import { decodeTensorFile, type EmbeddingTensor } from './embedding-tensor-reader.ts';
import {
  CheckpointError,
  decodeBundleTensor,
  readBundleIndex,
  shardFile,
  type BundleIndex,
} from './tensor-bundle-reader.ts';
import type { ModuleLog } from '../../logging/server-logger.ts';

/** Caps on what one file may make us read (our budget; TensorBoard has none). */
export const PROJECTOR_LIMITS = {
  configBytes: 1 << 20,
  tensorBytes: 256 << 20,
  metadataBytes: 64 << 20,
  spriteBytes: 64 << 20,
  bookmarksBytes: 16 << 20,
  checkpointIndexBytes: 64 << 20,
} as const;
const TENSOR_CACHE_ENTRIES = 2;

export interface ProjectorRun {
  config: ProjectorConfig;
  /** Absolute path of the config file (TensorBoard's config_fpaths[run]). */
  configPath: string;
  /** The run's TF checkpoint (model_checkpoint_path), when it was read. */
  checkpoint?: { prefix: string; index: BundleIndex };
}

export interface EmbeddingCatalog {
  /** Runs with embeddings, in TensorBoard's order, with their augmented configs (callers must not mutate). */
  runs(): Promise<Map<string, ProjectorRun>>;
  /** The tensor file of an embedding (TensorFileError, AssetPathError, AssetTooLargeError, or fs errors). */
  tensorOf(run: ProjectorRun, embedding: EmbeddingInfo): Promise<EmbeddingTensor>;
  /** A tensor of the run's checkpoint by its exact name, or undefined when the checkpoint has none such
   *  (CheckpointError when its bytes are bad). */
  checkpointTensor(run: ProjectorRun, name: string): Promise<EmbeddingTensor | undefined>;
  /** The last answer of runs() (empty before the first), for the synchronous plugins_listing. */
  lastKnownRuns(): ReadonlyMap<string, ProjectorRun>;
}

export interface EmbeddingCatalogDeps {
  /** The local logdir, or undefined when it is remote or a spec (nothing to read). */
  logdir: string | undefined;
  /** The run names the store knows, in TensorBoard's order (its list_runs: the projector's run order). */
  runNames(): string[];
  /** Warnings about files that are skipped (fields: run, file; the reason in `error`). */
  log: ModuleLog;
}

/** TensorBoard's _canonical_tensor_name: 'x' and 'x:0' are the same tensor. */
const canonical = (name: string): string => (name.includes(':') ? name : `${name}:0`);

/** The config's embedding named `name` (TensorBoard's _get_embedding). */
export function findEmbedding(config: ProjectorConfig, name: string): EmbeddingInfo | undefined {
  return config.embeddings.find((e) => canonical(e.tensorName) === canonical(name));
}

export function createEmbeddingCatalog(deps: EmbeddingCatalogDeps): EmbeddingCatalog {
  const parsed = new Map<string, { version: string; config: ProjectorConfig | undefined }>();
  const tensors = new Map<string, EmbeddingTensor>(); // `${path}\0${version}` -> tensor, LRU order
  const indexes = new Map<string, { version: string; index: BundleIndex }>();
  const shapes = new Map<string, { version: string; shape: [number, number] }>();
  let last: ReadonlyMap<string, ProjectorRun> = new Map();

  /** The parsed config, 'absent' when there is no file, undefined when it does not parse. */
  async function readConfig(path: string): Promise<ProjectorConfig | 'absent' | undefined> {
    const version = await fileVersion(path);
    if (version === undefined) return 'absent';
    const hit = parsed.get(path);
    if (hit?.version === version) return hit.config && cloneConfig(hit.config);
    let config: ProjectorConfig | undefined;
    try {
      config = parseProjectorConfig(
        new TextDecoder().decode(await readCapped(path, PROJECTOR_LIMITS.configBytes)),
      );
    } catch (err) {
      deps.log.warn({ file: path, error: (err as Error).message }, 'projector config skipped');
    }
    parsed.set(path, { version, config });
    return config && cloneConfig(config);
  }

  async function tensorAt(path: string, shape: readonly number[]): Promise<EmbeddingTensor> {
    const version = (await fileVersion(path)) ?? '';
    const key = `${path}\u0000${version}`;
    const hit = tensors.get(key);
    if (hit) {
      tensors.delete(key);
      tensors.set(key, hit);
      return hit;
    }
    const t = await decodeTensorFile(await readCapped(path, PROJECTOR_LIMITS.tensorBytes), shape, path);
    tensors.set(key, t);
    while (tensors.size > TENSOR_CACHE_ENTRIES) tensors.delete(tensors.keys().next().value!);
    return t;
  }

  /** A tensor file's [rows, cols], parsed once per file version (every /runs asks for every shape). */
  async function shapeAt(path: string, configShape: readonly number[]): Promise<[number, number]> {
    const version = (await fileVersion(path)) ?? '';
    const hit = shapes.get(path);
    if (hit?.version === version) return hit.shape;
    const t = await tensorAt(path, configShape);
    const shape: [number, number] = [t.rows, t.cols];
    shapes.set(path, { version, shape });
    return shape;
  }

  /** One directory's config as _read_latest_config_files keeps it: one naming a tensor file, or a
   *  checkpoint (its own model_checkpoint_path, else the latest in the run directory or its parent). */
  async function configIn(dir: string, assetsDir: boolean): Promise<ProjectorRun | undefined> {
    const configPath = join(dir, PROJECTOR_FILENAME);
    const read = await readConfig(configPath);
    if (read === undefined) return undefined;
    const config = read === 'absent' ? emptyConfig() : read;
    const first = config.embeddings.find((e) => e.tensorPath !== '');
    if (first && first.tensorName === '') first.tensorName = basename(first.tensorPath);
    if (!config.modelCheckpointPath) {
      const ckpt =
        deps.logdir === undefined
          ? undefined
          : await findLatestCheckpoint(assetsDir ? resolve(dir, '..', '..') : dir, deps.logdir);
      if (!ckpt && !first) return undefined;
      if (ckpt) config.modelCheckpointPath = ckpt;
    }
    if (config.modelCheckpointPath) {
      const prefix = isAbsolute(config.modelCheckpointPath)
        ? config.modelCheckpointPath
        : join(dirname(configPath), config.modelCheckpointPath);
      if (deps.logdir === undefined || !(await isInside(prefix, deps.logdir))) {
        // never looked at, not even its existence (TensorBoard lists the run when it exists, then fails to
        // load it): the run is listed with the config's own embeddings and no checkpoint
        deps.log.warn({ file: configPath, checkpoint: prefix }, 'projector checkpoint is outside the logdir');
        return { config, configPath };
      }
      if (!(await isFile(`${prefix}.index`))) {
        deps.log.warn(
          { file: configPath, checkpoint: config.modelCheckpointPath },
          'projector checkpoint not found',
        );
        return undefined;
      }
    }
    return { config, configPath };
  }

  /** The run's checkpoint index, read once per version of its .index file; never outside the logdir. */
  async function checkpointOf(run: string, entry: ProjectorRun): Promise<ProjectorRun['checkpoint']> {
    const given = entry.config.modelCheckpointPath;
    if (!given || deps.logdir === undefined) return undefined;
    const prefix = isAbsolute(given) ? given : join(dirname(entry.configPath), given);
    if (!(await isInside(prefix, deps.logdir))) {
      deps.log.warn({ run, checkpoint: prefix }, 'projector checkpoint is outside the logdir: not read');
      return undefined;
    }
    const file = `${prefix}.index`;
    const version = (await fileVersion(file)) ?? '';
    const hit = indexes.get(file);
    if (hit?.version === version) return { prefix, index: hit.index };
    try {
      const index = readBundleIndex(await readCapped(file, PROJECTOR_LIMITS.checkpointIndexBytes), file);
      indexes.set(file, { version, index });
      return { prefix, index };
    } catch (err) {
      deps.log.warn({ run, file, error: (err as Error).message }, 'projector checkpoint index not read');
      return undefined;
    }
  }

  async function augment(run: string, entry: ProjectorRun): Promise<void> {
    for (const e of entry.config.embeddings) {
      if (e.tensorName.endsWith(':0')) e.tensorName = e.tensorName.slice(0, -2);
      if (!e.tensorPath || e.tensorShape.length > 0) continue;
      try {
        const shape = await shapeAt(await resolveAssetPath(e.tensorPath, entry.configPath), e.tensorShape);
        if (shape[0] > 0) e.tensorShape.push(...shape);
      } catch (err) {
        deps.log.warn(
          { run, file: entry.configPath, tensorPath: e.tensorPath, error: (err as Error).message },
          'projector tensor not read',
        );
      }
    }
    const checkpoint = await checkpointOf(run, entry);
    if (!checkpoint) return;
    entry.checkpoint = checkpoint;
    // _augment_configs_with_checkpoint_info: an unnamed first embedding is the template of the variables'
    const embeddings = entry.config.embeddings;
    const special = embeddings[0] && !embeddings[0].tensorName ? embeddings.shift() : undefined;
    for (const e of checkpoint.index.entries.values()) {
      if (e.shape.length !== 2 || e.name.includes('.OPTIMIZER_SLOT')) continue;
      let info = findEmbedding(entry.config, e.name);
      if (!info) {
        info = { ...emptyEmbedding(), tensorName: e.name };
        if (special) {
          info.metadataPath = special.metadataPath;
          info.bookmarksPath = special.bookmarksPath;
        }
        embeddings.push(info);
      }
      if (info.tensorShape.length === 0) info.tensorShape.push(...e.shape);
    }
  }

  /** A plugin-assets directory counts only when it holds a config (_append_plugin_asset_directories). */
  async function assetsConfig(dir: string): Promise<ProjectorRun | undefined> {
    return (await isFile(join(dir, PROJECTOR_FILENAME))) ? configIn(dir, true) : undefined;
  }

  async function runs(): Promise<Map<string, ProjectorRun>> {
    const logdir = deps.logdir;
    const out = new Map<string, ProjectorRun>();
    if (logdir === undefined) return out;
    const names = deps.runNames();
    const dirOf = (run: string): string => (run === '.' ? logdir : join(logdir, run));
    const found = await Promise.all(names.map((run) => configIn(dirOf(run), false)));
    const inAssets = await Promise.all(names.map((run) => assetsConfig(join(dirOf(run), PLUGIN_ASSETS_DIR))));
    names.forEach((run, i) => found[i] && out.set(run, found[i]));
    names.forEach((run, i) => inAssets[i] && out.set(run, inAssets[i]));
    if (!names.includes('.')) {
      const root = await configIn(logdir, false);
      if (root) out.set('.', root);
    }
    for (const [run, entry] of out) {
      await augment(run, entry);
      if (entry.config.embeddings.length === 0) out.delete(run);
    }
    last = out;
    return out;
  }

  return {
    runs,
    tensorOf: async (run, e) => tensorAt(await resolveAssetPath(e.tensorPath, run.configPath), e.tensorShape),
    lastKnownRuns: () => last,
    async checkpointTensor(run, name) {
      const e = run.checkpoint?.index.entries.get(name);
      if (!run.checkpoint || !e) return undefined;
      if (e.sliced) throw new CheckpointError(`${run.checkpoint.prefix}: ${name} is partitioned (not read)`);
      const file = shardFile(run.checkpoint.prefix, e.shard, run.checkpoint.index.numShards);
      if (!(await isInside(file, deps.logdir ?? sep)))
        throw new CheckpointError(`${file} is outside the logdir`);
      const bytes = await readRange(file, e.offset, e.size, PROJECTOR_LIMITS.tensorBytes);
      const values = decodeBundleTensor(e, bytes, file);
      const rows = e.shape[0] ?? 1;
      return { values, rows, cols: rows > 0 ? values.length / rows : 0 };
    },
  };
}
