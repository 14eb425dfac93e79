// `npm run bench`: runs every test/bench/*.bench.ts in turn (never part of `npm test`), prints each result
// and writes them all to test-artifacts/bench.json. Usage: npm run bench [-- name-substring ...] [--soak].
// A benchmark module's default export takes a BenchContext and returns BenchResult rows; figures are ratios
// against an anchor measured in the same run wherever an anchor exists (real TensorBoard, Keras, ...).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchModule, BenchResult } from './bench-types.ts';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const root = join(benchDir, '..', '..');
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const ctx: BenchContext = { root, soak: args.includes('--soak'), log: (line) => console.log(`  ${line}`) };

const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();

const all: Record<string, BenchResult[]> = {};
let failed = 0;
for (const file of files) {
  console.log(`# ${file}`);
  const mod = (await import(join(benchDir, file))) as BenchModule;
  try {
    const rows = await mod.default(ctx);
    all[file] = rows;
    for (const r of rows) console.log(`${r.name}: ${r.value} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
  } catch (err) {
    failed++;
    console.error(`${file} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}
mkdirSync(join(root, 'test-artifacts'), { recursive: true });
writeFileSync(join(root, 'test-artifacts', 'bench.json'), JSON.stringify(all, null, 2));
console.log(`wrote test-artifacts/bench.json (${files.length} benchmark files, ${failed} failed)`);
process.exitCode = failed ? 1 : 0;
