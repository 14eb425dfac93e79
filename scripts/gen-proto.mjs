#!/usr/bin/env node
// Regenerates proto/generated/ (static protobufjs code and its .d.ts) from proto/tensorboard/**.proto.
// `--check` regenerates into a temp dir and fails when the committed files differ (run in CI).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, statSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const protoRoot = join(root, 'proto');
const outDir = join(root, 'proto', 'generated');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function listProtos(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? listProtos(p) : name.endsWith('.proto') ? [p] : [];
    })
    .sort();
}

function generate(target) {
  mkdirSync(target, { recursive: true });
  const protos = listProtos(join(protoRoot, 'tensorboard'));
  const js = join(target, 'tensorboard.js');
  execFileSync(
    bin('pbjs'),
    [
      '-t',
      'static-module',
      '-w',
      'es6',
      '--force-number',
      '--no-delimited',
      '--no-service',
      '-p',
      protoRoot,
      '-o',
      js,
      ...protos,
    ],
    { cwd: protoRoot, stdio: 'inherit' },
  );
  // Node's ESM resolver needs the file extension of a package subpath that has no "exports" map.
  const src = readFileSync(js, 'utf8').replace(
    'import * as $protobuf from "protobufjs/minimal";',
    'import $protobuf from "protobufjs/minimal.js";',
  );
  writeFileSync(js, src);
  execFileSync(bin('pbts'), ['--no-comments', '-o', join(target, 'tensorboard.d.ts'), js], {
    stdio: 'inherit',
  });
}

if (process.argv.includes('--check')) {
  const tmp = mkdtempSync(join(tmpdir(), 'proto-check-'));
  try {
    generate(tmp);
    const stale = ['tensorboard.js', 'tensorboard.d.ts'].filter(
      (f) => readFileSync(join(tmp, f), 'utf8') !== readFileSync(join(outDir, f), 'utf8'),
    );
    if (stale.length > 0) {
      console.error(
        `proto/generated is stale (${stale.join(', ')}): run \`npm run proto\` and commit the result`,
      );
      process.exit(1);
    }
    console.log('proto/generated is up to date');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  generate(outDir);
  console.log(`generated ${relative(root, outDir)}`);
}
