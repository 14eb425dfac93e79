// Builds a project's own @tensorflow/tfjs-node native addon offline: finds the tfjs-node that the project
// resolves, lays TensorFlow's C library (from a tensorflow-cpu wheel, or an installed Python tensorflow) into
// its deps/, and compiles the addon with the node-gyp that ships with npm, so that no prebuilt binary is
// downloaded. Every failure is a TfjsNodeSetupError that says what was tried and what the user can do.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TfjsNodeBuildOptions {
  /** The user's project: its @tensorflow/tfjs-node is the one built. */
  projectDir: string;
  /** A tensorflow(-cpu) wheel to take the C library from (else an installed tensorflow, else pip download). */
  wheel?: string;
  /** The Python that finds an installed tensorflow and unpacks wheels (default $PYTHON, ./.venv, python3). */
  python?: string;
  /** Symlink the libraries of an installed tensorflow instead of copying them (800 MB). */
  link?: boolean;
  /** Progress lines. */
  log: (line: string) => void;
}

export interface TfjsNodeBuild {
  packageDir: string;
  version: string;
  /** Where the TensorFlow C library came from. */
  source: string;
  /** The compiled addon. */
  binding: string;
}

export class TfjsNodeSetupError extends Error {
  override readonly name = 'TfjsNodeSetupError';
}

interface RunResult {
  code: number;
  /** The last 16 KiB of stdout and stderr together. */
  output: string;
}

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-16384);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => done({ code: -1, output: err.message }));
    child.on('close', (code) => done({ code: code ?? -1, output }));
  });
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

/** The project's tfjs-node package directory, as Node resolves it from the project. */
export function findProjectTfjsNode(projectDir: string): string {
  const require = createRequire(join(resolve(projectDir), 'package.json'));
  let manifest: string;
  try {
    manifest = require.resolve('@tensorflow/tfjs-node/package.json');
  } catch {
    throw new TfjsNodeSetupError(
      `no @tensorflow/tfjs-node is installed for ${resolve(projectDir)}: run npm install --save-exact ` +
        '@tensorflow/tfjs-node@4.22.0 --ignore-scripts there (its install script downloads a prebuilt binary), ' +
        'then run this again',
    );
  }
  const dir = dirname(manifest);
  if (!existsSync(join(dir, 'binding.gyp')))
    throw new TfjsNodeSetupError(`${dir} has no binding.gyp to build`);
  return dir;
}

function choosePython(opts: TfjsNodeBuildOptions): string {
  if (opts.python) return opts.python;
  if (process.env['PYTHON']) return process.env['PYTHON'];
  const venv = join(resolve(opts.projectDir), '.venv', 'bin', 'python');
  return existsSync(venv) ? venv : 'python3';
}

/** The extractor ships beside this package's scripts/: found by walking up from this module. */
function extractorScript(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'scripts', 'tfjs-node', 'extract-libtensorflow.py');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new TfjsNodeSetupError('scripts/tfjs-node/extract-libtensorflow.py is missing');
    dir = parent;
  }
}

/** A wheel, an installed tensorflow directory, or a wheel fetched by pip from the index it is set up for. */
async function findTensorflow(opts: TfjsNodeBuildOptions, python: string, scratch: string): Promise<string> {
  const wheel = opts.wheel ?? process.env['TRAINBOARD_TF_WHEEL'];
  if (wheel) {
    if (!existsSync(wheel)) throw new TfjsNodeSetupError(`wheel ${wheel} not found`);
    return resolve(wheel);
  }
  const tried: string[] = [];
  const spec = await run(
    python,
    [
      '-c',
      "import importlib.util as u; s = u.find_spec('tensorflow'); print(s.submodule_search_locations[0] if s else '')",
    ],
    opts.projectDir,
  );
  if (spec.code !== 0) {
    tried.push(`${python} did not run (${lastLines(spec.output, 1)})`);
  } else {
    const dir = spec.output.trim();
    if (dir && existsSync(join(dir, 'libtensorflow_cc.so.2'))) return dir;
    tried.push(dir ? `${dir} has no libtensorflow_cc.so.2` : `${python} has no tensorflow installed`);
    const pip = await run(
      python,
      [
        '-m',
        'pip',
        'download',
        '--quiet',
        '--no-deps',
        '--only-binary=:all:',
        'tensorflow-cpu',
        '-d',
        scratch,
      ],
      opts.projectDir,
      { ...process.env, PIP_RETRIES: '0', PIP_TIMEOUT: '5' },
    );
    const fetched = readdirSync(scratch).find((f) => /^tensorflow_cpu-.*\.whl$/.test(f));
    if (pip.code === 0 && fetched) return join(scratch, fetched);
    tried.push(`pip could not fetch a tensorflow-cpu wheel (${lastLines(pip.output, 1) || 'no wheel'})`);
  }
  throw new TfjsNodeSetupError(
    `no TensorFlow C library found: ${tried.join('; ')}. Pass --wheel tensorflow_cpu-*.whl, or --python with a ` +
      'Python that has tensorflow-cpu installed; trainboard keeps using the WASM backend meanwhile',
  );
}

function findNodeGyp(): string {
  const candidates = [
    process.env['npm_config_node_gyp'],
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const found = candidates.find((c): c is string => c !== undefined && existsSync(c));
  if (!found)
    throw new TfjsNodeSetupError(`node-gyp (shipped with npm) not found; looked in ${candidates.join(', ')}`);
  return found;
}

/** node-gyp needs Node's headers offline: the installed ones beside this node, or $npm_config_nodedir. */
function nodeHeadersDir(): string | undefined {
  const fromEnv = process.env['npm_config_nodedir'];
  if (fromEnv) return fromEnv;
  const prefix = resolve(dirname(process.execPath), '..');
  return existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined;
}

/** Builds the project's tfjs-node addon; see the module comment. */
export async function buildTfjsNodeAddon(opts: TfjsNodeBuildOptions): Promise<TfjsNodeBuild> {
  const packageDir = findProjectTfjsNode(opts.projectDir);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
    binary?: { napi_versions?: number[] };
  };
  opts.log(`found @tensorflow/tfjs-node ${manifest.version} at ${packageDir}`);
  const python = choosePython(opts);
  const scratch = mkdtempSync(join(tmpdir(), 'trainboard-tfjs-node-'));
  try {
    const source = await findTensorflow(opts, python, scratch);
    opts.log(`TensorFlow C library from ${source}`);
    const link = opts.link === true && !source.endsWith('.whl');
    const extract = await run(
      python,
      [extractorScript(), source, join(packageDir, 'deps'), ...(link ? ['--link'] : [])],
      opts.projectDir,
    );
    if (extract.code !== 0) {
      throw new TfjsNodeSetupError(`unpacking ${source} failed: ${lastLines(extract.output, 3)}`);
    }
    opts.log(lastLines(extract.output, 1));

    const supported = (manifest.binary?.napi_versions ?? []).filter(
      (v) => v <= Number(process.versions.napi),
    );
    if (supported.length === 0)
      throw new TfjsNodeSetupError(`${packageDir}: no N-API version this Node supports`);
    const napi = Math.max(...supported);
    const moduleDir = join(packageDir, 'lib', `napi-v${napi}`);
    const headers = nodeHeadersDir();
    opts.log(`compiling the addon with node-gyp (N-API ${napi}); this takes a minute or two`);
    // node-pre-gyp would pass these from package.json's "binary"; binding.gyp expects them.
    const gyp = await run(
      process.execPath,
      [
        findNodeGyp(),
        'rebuild',
        '--module_name=tfjs_binding',
        `--module_path=${moduleDir}`,
        `--napi_build_version=${napi}`,
        ...(headers ? [`--nodedir=${headers}`] : []),
      ],
      packageDir,
    );
    if (gyp.code !== 0) {
      throw new TfjsNodeSetupError(
        `node-gyp rebuild failed in ${packageDir}${headers ? '' : ' (no Node headers found: set npm_config_nodedir)'}:\n` +
          lastLines(gyp.output, 15),
      );
    }
    const binding = join(moduleDir, 'tfjs_binding.node');
    if (!existsSync(binding)) {
      mkdirSync(moduleDir, { recursive: true });
      copyFileSync(join(packageDir, 'build', 'Release', 'tfjs_binding.node'), binding);
    }
    return { packageDir, version: manifest.version, source, binding };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Loads the project's tfjs-node in a fresh Node process; returns its one-line report or throws why not. */
export async function checkTfjsNodeLoads(projectDir: string): Promise<string> {
  const probe =
    "const tf = require(require.resolve('@tensorflow/tfjs-node', { paths: [process.cwd()] }));" +
    "console.log('tfjs-node ' + tf.version['tfjs-node'] + ' loads, backend ' + tf.getBackend() + '; 2+2=' + " +
    'tf.scalar(2).add(2).dataSync()[0]);';
  const r = await run(process.execPath, ['-e', probe], resolve(projectDir));
  if (r.code !== 0)
    throw new TfjsNodeSetupError(`the built tfjs-node does not load: ${lastLines(r.output, 3)}`);
  return lastLines(r.output, 1);
}
