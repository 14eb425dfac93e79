// A fresh npm project with the packed trainboard installed, as a TF.js user makes one: `npm pack` of this
// repository (after an incremental build, so the tarball holds the current code), then `npm install` of the
// tarball and @tensorflow/tfjs from the npm registry (--prefer-offline: the npm cache serves what it has).
// better-sqlite3's install script gets its prebuilt binary from a local prebuild directory made from this
// repository's own build (prebuild-install's documented offline source), as npm users get one from GitHub,
// instead of compiling SQLite for minutes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/shared-fixtures.ts';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (no shell); rejects only when it cannot start. */
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function mustRun(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = await run(cmd, args, cwd, env);
  if (r.code !== 0)
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.code}:\n${r.stderr}\n${r.stdout}`);
  return r;
}

interface Manifest {
  version: string;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
}
export const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;

/** Builds incrementally and packs; returns the tarball's path and the packed file list. */
export async function packRepository(dest: string): Promise<{ tarball: string; files: string[] }> {
  // The browser bundle is rebuilt only when missing (client/ changes are rebuilt before the browser tests).
  const clientBuilt = existsSync(join(repoRoot, 'dist', 'client', 'index.html'));
  await mustRun(
    process.execPath,
    [join(repoRoot, 'scripts', 'build-package.mjs'), ...(clientBuilt ? ['--node-only'] : [])],
    repoRoot,
  );
  // The build just ran; prepare would run the same build again.
  const packed = await mustRun(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', dest],
    repoRoot,
  );
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(dest, info.filename), files: info.files.map((f) => f.path) };
}

/** A prebuild directory holding this repository's better-sqlite3 binding under prebuild-install's file name. */
async function localPrebuilds(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const version = manifest.dependencies['better-sqlite3']!;
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  await mustRun(
    'tar',
    ['-czf', join(dir, name), 'build/Release/better_sqlite3.node'],
    join(repoRoot, 'node_modules', 'better-sqlite3'),
  );
  return dir;
}

/** Makes `dir` an npm project (ESM) and installs the tarball, @tensorflow/tfjs and @types/node (the
 *  TypeScript script is checked by this repository's own tsc, the same pinned version, to save an install). */
export async function installProject(dir: string, tarball: string, prebuildDir: string): Promise<Run> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  const dev = manifest.devDependencies;
  return mustRun(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      tarball,
      `@tensorflow/tfjs@${dev['@tensorflow/tfjs']}`,
      `@types/node@${dev['@types/node']}`,
    ],
    dir,
    { npm_config_better_sqlite3_local_prebuilds: await localPrebuilds(prebuildDir) },
  );
}
