// TensorBoard's projector plugin routes (projector_plugin.py, 2.21): /runs (runs with embeddings), /info?run=
// (the run's config as proto JSON), /tensor?run=&name=[&num_rows=] (float32 bytes, row-major, of a tensor
// file or of a variable of the run's TF checkpoint), /metadata?run=&name=[&num_rows=] (the TSV, a header row not counted), /bookmarks?run=&name= and
// /sprite_image?run=&name=; errors are TensorBoard's: 400 text/plain with its messages. TensorBoard's compiled
// projector frontend (/index.js, /projector_binary.*) is not ours to ship and is not served.
// Invariant: every file read goes through projector-asset-source.ts; assets resolve inside their config's
// directory, checkpoints inside the logdir.
import type { Request, Response, Router } from 'express';
import { resolve } from 'node:path';
import { noCache } from '../../http/tb-json.ts';
import type { DataProvider } from '../../store/data-provider.ts';
import type { TbPlugin } from '../tb-plugin.ts';
import {
  PROJECTOR_LIMITS,
  createEmbeddingCatalog,
  findEmbedding,
  type EmbeddingCatalog,
  type ProjectorRun,
} from './embedding-catalog.ts';
import { TensorFileError, tensorBytes } from './embedding-tensor-reader.ts';
import { CheckpointError } from './tensor-bundle-reader.ts';
import { configToJson } from './projector-config.ts';
import {
  AssetPathError,
  AssetTooLargeError,
  isFile,
  readCapped,
  resolveAssetPath,
} from './projector-asset-source.ts';
import { imageMimeType, metadataRows } from './projector-assets.ts';
import { createServerLogger, type LogFields, type ModuleLog } from '../../logging/server-logger.ts';

const PLUGIN = 'projector';

/** A 400 as TensorBoard's projector answers it: text/plain, its message. */
class ProjectorBadRequest extends Error {}

const catalogs = new WeakMap<
  DataProvider,
  { catalog: EmbeddingCatalog; active: boolean; checking: boolean }
>();

/** The logdir to read configs from: a local directory, never s3:// or another URL scheme. */
function localLogdir(provider: DataProvider): string | undefined {
  const logdir = provider.logdir();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(logdir) ? undefined : resolve(logdir);
}

/** The app's plugin logger per provider (set when the routes are built). */
const logs = new WeakMap<DataProvider, ModuleLog>();
const stderrLog: ModuleLog = createServerLogger({}).child({ module: 'plugins' });

/** A ModuleLog that passes each distinct (level, fields, message) once, up to 1,000 of them. */
function onceEach(seen: Set<string>, target: () => ModuleLog): ModuleLog {
  const pass =
    (level: keyof ModuleLog) =>
    (fields: LogFields, msg: string): void => {
      const key = `${level} ${msg} ${JSON.stringify(fields)}`;
      if (seen.has(key) || seen.size > 1000) return;
      seen.add(key);
      target()[level](fields, msg);
    };
  return { debug: pass('debug'), info: pass('info'), warn: pass('warn'), error: pass('error') };
}

function stateOf(provider: DataProvider): { catalog: EmbeddingCatalog; active: boolean; checking: boolean } {
  let s = catalogs.get(provider);
  if (!s) {
    const warned = new Set<string>();
    s = {
      active: false,
      checking: false,
      catalog: createEmbeddingCatalog({
        logdir: localLogdir(provider),
        runNames: () => provider.tensorboardRuns().map((r) => r.name),
        // each distinct warning once (a scan repeats on every listing); to the app's logger once routes are built
        log: onceEach(warned, () => logs.get(provider) ?? stderrLog),
      }),
    };
    catalogs.set(provider, s);
  }
  return s;
}

/** The first value of a query parameter, or undefined (werkzeug's request.args.get). */
function arg(req: Request, name: string): string | undefined {
  const v: unknown = req.query[name];
  const first: unknown = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
}

/** _parse_positive_int_param: undefined when absent or empty; throws TensorBoard's 400 when not an int > 0. */
function numRows(req: Request): number | undefined {
  const text = arg(req, 'num_rows');
  if (!text) return undefined;
  const n = /^\s*[+-]?\d(?:_?\d)*\s*$/.test(text) ? Number(text.trim().replaceAll('_', '')) : NaN;
  if (!(n > 0) || !Number.isSafeInteger(n))
    throw new ProjectorBadRequest('query parameter num_rows must be integer > 0');
  return n;
}

function required(req: Request, name: string, emptyIsMissing = false): string {
  const v = arg(req, name);
  if (v === undefined || (emptyIsMissing && v === ''))
    throw new ProjectorBadRequest(`query parameter "${name}" is required`);
  return v;
}

async function runOf(catalog: EmbeddingCatalog, name: string): Promise<ProjectorRun> {
  const run = (await catalog.runs()).get(name);
  if (!run) throw new ProjectorBadRequest(`Unknown run: "${name}"`);
  return run;
}

/** An asset of the config, resolved and checked as TensorBoard checks it, or its 400. */
async function assetFile(run: ProjectorRun, fpath: string, missing: (p: string) => string): Promise<string> {
  let path: string;
  try {
    path = await resolveAssetPath(fpath, run.configPath);
  } catch (err) {
    if (err instanceof AssetPathError) throw new ProjectorBadRequest(err.message);
    throw err;
  }
  if (!(await isFile(path))) throw new ProjectorBadRequest(missing(path));
  return path;
}

function send(res: Response, body: Uint8Array | string, contentType: string): void {
  noCache(res);
  res.status(200).setHeader('Content-Type', contentType);
  res.end(
    typeof body === 'string'
      ? Buffer.from(body, 'utf8')
      : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
  );
}

/** Wraps a handler: TensorBoard's 400s as text/plain; anything else goes to the error middleware. */
const handle =
  (fn: (req: Request, res: Response) => Promise<void>) =>
  async (req: Request, res: Response): Promise<void> => {
    try {
      await fn(req, res);
    } catch (err) {
      // a file we refuse (too large, not a tensor, a damaged checkpoint) is the caller's 400, as TensorBoard's
      // ValueError and InvalidArgumentError answers are; anything else is a 500 from the error middleware
      const refused =
        err instanceof ProjectorBadRequest ||
        err instanceof AssetTooLargeError ||
        err instanceof TensorFileError ||
        err instanceof CheckpointError;
      if (!refused) throw err;
      noCache(res);
      res.status(400).setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(err.message);
    }
  };

/** Python's json.dumps of a list of strings (", " between items, non-ASCII escaped). */
const pyJsonList = (items: readonly string[]): string =>
  `[${items.map((s) => JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join(', ')}]`;

function routes(router: Router, provider: DataProvider): void {
  const { catalog } = stateOf(provider);
  const noFile = (what: string, name: string, run: ProjectorRun): string =>
    `No ${what} file found for tensor "${name}" in the config file "${run.configPath}"`;

  router.get(
    '/runs',
    handle(async (_req, res) =>
      send(res, pyJsonList([...(await catalog.runs()).keys()]), 'application/json'),
    ),
  );
  router.get(
    '/info',
    handle(async (req, res) => {
      const run = await runOf(catalog, required(req, 'run'));
      send(res, configToJson(run.config), 'application/json');
    }),
  );
  router.get(
    '/tensor',
    handle(async (req, res) => {
      const runName = required(req, 'run');
      const name = required(req, 'name');
      const rows = numRows(req);
      const run = await runOf(catalog, runName);
      const e = findEmbedding(run.config, name);
      if (!e?.tensorPath) {
        const t = await catalog.checkpointTensor(run, name);
        if (!t)
          throw new ProjectorBadRequest(
            `Tensor "${name}" not found in checkpoint dir "${run.config.modelCheckpointPath}"`,
          );
        send(res, tensorBytes(t, rows), 'application/octet-stream');
        return;
      }
      await assetFile(run, e.tensorPath, (p) => `Tensor file "${p}" does not exist`);
      send(res, tensorBytes(await catalog.tensorOf(run, e), rows), 'application/octet-stream');
    }),
  );
  router.get(
    '/metadata',
    handle(async (req, res) => {
      const runName = required(req, 'run');
      const name = required(req, 'name');
      const rows = numRows(req);
      const run = await runOf(catalog, runName);
      const fpath = findEmbedding(run.config, name)?.metadataPath;
      if (!fpath) throw new ProjectorBadRequest(noFile('metadata', name, run));
      const path = await assetFile(run, fpath, (p) => `"${p}" not found, or is not a file`);
      const text = new TextDecoder().decode(await readCapped(path, PROJECTOR_LIMITS.metadataBytes));
      send(res, metadataRows(text, rows), 'text/plain; charset=utf-8');
    }),
  );
  router.get(
    '/bookmarks',
    handle(async (req, res) => {
      const runName = required(req, 'run', true);
      const name = required(req, 'name');
      const run = await runOf(catalog, runName);
      const fpath = findEmbedding(run.config, name)?.bookmarksPath;
      if (!fpath) throw new ProjectorBadRequest(noFile('bookmarks', name, run));
      const path = await assetFile(run, fpath, (p) => `"${p}" not found, or is not a file`);
      send(res, await readCapped(path, PROJECTOR_LIMITS.bookmarksBytes), 'application/json');
    }),
  );
  router.get(
    '/sprite_image',
    handle(async (req, res) => {
      const runName = required(req, 'run', true);
      const name = required(req, 'name');
      const run = await runOf(catalog, runName);
      const fpath = findEmbedding(run.config, name)?.sprite?.imagePath;
      if (!fpath) throw new ProjectorBadRequest(noFile('sprite image', name, run));
      const path = await assetFile(run, fpath, (p) => `"${p}" does not exist or is directory`);
      const bytes = await readCapped(path, PROJECTOR_LIMITS.spriteBytes);
      send(res, bytes, imageMimeType(bytes));
    }),
  );
}

export const projectorPlugin: TbPlugin = {
  name: PLUGIN,
  listing: {
    disable_reload: true,
    remove_dom: false,
    tab_name: 'projector',
    loading_mechanism: { type: 'IFRAME', module_path: '/data/plugin/projector/index.js' },
  },
  /** As TensorBoard: false until a background look finds embeddings, then true for good. */
  isActive(provider) {
    const s = stateOf(provider);
    if (s.active || s.checking) return s.active;
    s.checking = true;
    s.catalog
      .runs()
      .then((runs) => (s.active = runs.size > 0))
      .catch(() => undefined)
      .finally(() => (s.checking = false));
    return false;
  },
  routes: (router, { provider, log }) => {
    if (log) logs.set(provider, log);
    routes(router, provider);
  },
};
