// `trainboard setup-tfjs-node` from a user's project: in a temporary project that has its own copy of
// @tensorflow/tfjs-node installed (its other packages linked from ours), the real command, run from that
// project's directory, builds that copy's addon against the installed Python tensorflow and the addon loads
// there; without tfjs-node installed it exits 1 and says how to install it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'bin', 'trainboard.js');
const python = join(root, '.venv', 'bin', 'python');
const scratch = mkdtempSync(join(tmpdir(), 'tb-setup-tfjs-node-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function pythonHasTensorflow(): boolean {
  const r = spawnSync(python, ['-c', "import importlib.util as u; assert u.find_spec('tensorflow')"]);
  return r.status === 0;
}

function runCli(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, 'setup-tfjs-node', ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => done({ code: code ?? -1, out, err }));
  });
}

/** A project dir whose node_modules links our packages, except a real copy of @tensorflow/tfjs-node. */
function makeProject(name: string, withTfjsNode: boolean): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'node_modules', '@tensorflow'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }));
  const ours = join(root, 'node_modules');
  for (const entry of readdirSync(ours)) {
    if (entry !== '@tensorflow') symlinkSync(join(ours, entry), join(dir, 'node_modules', entry));
  }
  for (const entry of readdirSync(join(ours, '@tensorflow'))) {
    const from = join(ours, '@tensorflow', entry);
    const to = join(dir, 'node_modules', '@tensorflow', entry);
    if (entry !== 'tfjs-node') symlinkSync(from, to);
    else if (withTfjsNode) cpSync(from, to, { recursive: true, dereference: true });
  }
  return dir;
}

test('setup-tfjs-node in a project without tfjs-node exits 1 and says how to install it', async () => {
  const dir = makeProject('no-tfjs-node', false);
  const r = await runCli(dir, []);
  assert.equal(r.code, 1);
  assert.match(r.err, /no @tensorflow\/tfjs-node is installed for .*no-tfjs-node: run npm install/);
});

const haveTensorflow = pythonHasTensorflow();
test(
  "setup-tfjs-node builds the project's own tfjs-node against the installed Python tensorflow, and it loads",
  {
    timeout: 15 * 60_000,
    skip: haveTensorflow || process.env.CI === 'true' ? false : `${python} has no tensorflow`,
  },
  async () => {
    assert.ok(haveTensorflow, `${python} has no tensorflow (required when CI=true)`);
    const dir = makeProject('user-project', true);
    const pkg = join(dir, 'node_modules', '@tensorflow', 'tfjs-node');
    const r = await runCli(dir, ['--python', python, '--link']);
    assert.equal(r.code, 0, `${r.out}\n${r.err}`);
    assert.match(
      r.out,
      new RegExp(`found @tensorflow/tfjs-node 4\\.22\\.0 at ${pkg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    assert.match(r.out, /TensorFlow C library from .*site-packages\/tensorflow/);
    assert.match(r.out, /tfjs-node 4\.22\.0 loads, backend tensorflow; 2\+2=4/);
    // The project's copy was built, not ours.
    assert.ok(existsSync(join(pkg, 'lib', 'napi-v8', 'tfjs_binding.node')));
    const probe = spawnSync(
      process.execPath,
      [
        '-e',
        "console.log(require.resolve('@tensorflow/tfjs-node/package.json', { paths: [process.cwd()] }))",
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(probe.stdout.trim(), join(pkg, 'package.json'));
  },
);
