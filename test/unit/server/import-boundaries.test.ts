// The server's folder boundaries, checked on every import of every file at any depth: the store and the ingest
// import no wire types (server/api-contract.ts or contract/); a plugin imports no other plugin (shared pieces
// live in server/plugins/shared/); the store imports nothing of the plugins, the API or the HTTP layer.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every relative import of a file, resolved to a path relative to the repository, '/'-separated. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g))
    out.push(
      relative(root, resolve(dirname(file), m[1]!))
        .split(sep)
        .join('/'),
    );
  return out;
}

const rel = (p: string): string => relative(root, p).split(sep).join('/');
const isWire = (target: string): boolean =>
  target === 'server/api-contract.ts' || target.startsWith('contract/');

test('server/store and server/ingest import no wire contract types', () => {
  const offenders: string[] = [];
  for (const dir of ['server/store', 'server/ingest'])
    for (const file of sources(join(root, dir)))
      for (const target of importsOf(file)) if (isWire(target)) offenders.push(`${rel(file)} -> ${target}`);
  assert.deepEqual(offenders, []);
});

test('server/store imports nothing of the plugins, the API, the HTTP layer or the live hub', () => {
  const offenders: string[] = [];
  for (const file of sources(join(root, 'server/store')))
    for (const target of importsOf(file))
      if (/^server\/(plugins|api|http|live)\//.test(target)) offenders.push(`${rel(file)} -> ${target}`);
  assert.deepEqual(offenders, []);
});

test('no plugin imports another plugin (only server/plugins/shared and the plugin contract modules)', () => {
  const offenders: string[] = [];
  const pluginsDir = join(root, 'server/plugins');
  for (const file of sources(pluginsDir)) {
    const own = rel(file).split('/')[2]; // server/plugins/<folder>/... (undefined for the top-level modules)
    for (const target of importsOf(file)) {
      const m = /^server\/plugins\/([^/]+)\//.exec(target);
      if (!m || m[1] === 'shared' || m[1] === own) continue;
      // the registry mounts every plugin: that is its job
      if (rel(file) === 'server/plugins/plugin-registry.ts') continue;
      offenders.push(`${rel(file)} -> ${target}`);
    }
  }
  assert.deepEqual(offenders, []);
});
