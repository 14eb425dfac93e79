// Which runs have embeddings and what each config says, as TensorBoard's ProjectorPlugin._update_configs and
// _augment_configs_with_checkpoint_info decide it: a run's projector_config.pbtxt (its plugin-assets copy wins
// when both parse), the logdir's own as run '.', the first tensor_path naming an unnamed embedding, ':0'
// dropped from tensor names, tensor_shape filled from the tensor file, runs without embeddings left out.
// Runs come in TensorBoard's discovery order. Invariants: only local logdirs are read; a config that does not
// parse, or an asset that cannot be read, is logged with its file and skipped, never fatal; parsed configs and
// tensors are cached by file size and mtime, tensors at most TENSOR_CACHE_ENTRIES at a time.
import { basename, join } from 'node:path';
import { cloneConfig, type EmbeddingInfo, type ProjectorConfig } from './projector-config.ts';
import { parseProjectorConfig } from './projector-config-text.ts';
import {
  PLUGIN_ASSETS_DIR,
  PROJECTOR_FILENAME,
  discoveryOrder,
  fileVersion,
  readCapped,
  resolveAssetPath,
} from './projector-asset-source.ts';
import { decodeTensorFile, type EmbeddingTensor } from './embedding-tensor-reader.ts';

/** Caps on what one file may make us read (our budget; TensorBoard has none). */
export const PROJECTOR_LIMITS = {
  configBytes: 1 << 20,
  tensorBytes: 256 << 20,
  metadataBytes: 64 << 20,
  spriteBytes: 64 << 20,
  bookmarksBytes: 16 << 20,
} as const;
const TENSOR_CACHE_ENTRIES = 2;

export interface ProjectorRun {
  config: ProjectorConfig;
  /** Absolute path of the config file (TensorBoard's config_fpaths[run]). */
  configPath: string;
}

export interface EmbeddingCatalog {
  /** Runs with embeddings, in TensorBoard's order, with their augmented configs (callers must not mutate). */
  runs(): Promise<Map<string, ProjectorRun>>;
  /** The tensor file of an embedding (TensorFileError, AssetPathError, AssetTooLargeError, or fs errors). */
  tensorOf(run: ProjectorRun, embedding: EmbeddingInfo): Promise<EmbeddingTensor>;
  /** The last answer of runs() (empty before the first), for the synchronous plugins_listing. */
  lastKnownRuns(): ReadonlyMap<string, ProjectorRun>;
}

export interface EmbeddingCatalogDeps {
  /** The local logdir, or undefined when it is remote or a spec (nothing to read). */
  logdir: string | undefined;
  /** The run names the store knows. */
  runNames(): string[];
  log(line: string): void;
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
  let last: ReadonlyMap<string, ProjectorRun> = new Map();

  async function readConfig(path: string): Promise<ProjectorConfig | undefined> {
    const version = await fileVersion(path);
    if (version === undefined) return undefined;
    const hit = parsed.get(path);
    if (hit?.version === version) return hit.config && cloneConfig(hit.config);
    let config: ProjectorConfig | undefined;
    try {
      config = parseProjectorConfig(
        new TextDecoder().decode(await readCapped(path, PROJECTOR_LIMITS.configBytes)),
      );
    } catch (err) {
      deps.log(`level=warn module=projector file=${path} skipped: ${(err as Error).message}`);
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

  /** One directory's config as _read_latest_config_files keeps it (TSV embeddings only: no checkpoints). */
  async function configIn(dir: string): Promise<ProjectorRun | undefined> {
    const configPath = join(dir, PROJECTOR_FILENAME);
    const config = await readConfig(configPath);
    if (!config) return undefined;
    const first = config.embeddings.find((e) => e.tensorPath !== '');
    if (first && first.tensorName === '') first.tensorName = basename(first.tensorPath);
    // A config naming no tensor file needs a TF checkpoint, which we do not read: TensorBoard without one
    // skips the run too.
    if (!first) return undefined;
    return { config, configPath };
  }

  async function augment(run: string, entry: ProjectorRun): Promise<void> {
    for (const e of entry.config.embeddings) {
      if (e.tensorName.endsWith(':0')) e.tensorName = e.tensorName.slice(0, -2);
      if (!e.tensorPath || e.tensorShape.length > 0) continue;
      try {
        const t = await tensorAt(await resolveAssetPath(e.tensorPath, entry.configPath), e.tensorShape);
        if (t.rows > 0) e.tensorShape.push(t.rows, t.cols);
      } catch (err) {
        deps.log(
          `level=warn module=projector run=${run} file=${entry.configPath} tensor_path=${e.tensorPath}: ${(err as Error).message}`,
        );
      }
    }
  }

  async function runs(): Promise<Map<string, ProjectorRun>> {
    const logdir = deps.logdir;
    const out = new Map<string, ProjectorRun>();
    if (logdir === undefined) return out;
    const names = await discoveryOrder(logdir, deps.runNames());
    const dirOf = (run: string): string => (run === '.' ? logdir : join(logdir, run));
    const found = await Promise.all(names.map((run) => configIn(dirOf(run))));
    const inAssets = await Promise.all(names.map((run) => configIn(join(dirOf(run), PLUGIN_ASSETS_DIR))));
    names.forEach((run, i) => found[i] && out.set(run, found[i]));
    names.forEach((run, i) => inAssets[i] && out.set(run, inAssets[i]));
    if (!names.includes('.')) {
      const root = await configIn(logdir);
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
  };
}
