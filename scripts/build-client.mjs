#!/usr/bin/env node
// Bundles the browser app (client/main.ts and its static files) into dist/client with esbuild.
// `--if-present` (used by npm's prepare step) does nothing when the client has no entry point yet.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'client', 'main.ts');
const out = join(root, 'dist', 'client');
if (!existsSync(entry)) {
  if (process.argv.includes('--if-present')) process.exit(0);
  console.error('client/main.ts not found');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  minify: !process.argv.includes('--dev'),
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
if (existsSync(join(root, 'client', 'static')))
  cpSync(join(root, 'client', 'static'), out, { recursive: true });
console.log('built dist/client');
