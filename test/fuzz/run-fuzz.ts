// `npm run fuzz`: the long fuzz run of the event-file reader (the short one is part of `npm test`). Runs for
// FUZZ_SECONDS (default 300) with a fresh seed, prints iterations per second, and saves any counterexample as
// a regression fixture under test/fuzz/regressions/ that the short test replays from then on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzzEventFiles } from './event-file-fuzz.ts';

const seconds = Number(process.env.FUZZ_SECONDS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const started = performance.now();
const result = fuzzEventFiles({
  numRuns: Number.MAX_SAFE_INTEGER,
  seed,
  interruptAfterTimeLimit: seconds * 1000,
});
const elapsed = (performance.now() - started) / 1000;
console.log(
  `fuzzed ${result.numRuns} event files in ${elapsed.toFixed(0)} s (${(result.numRuns / elapsed).toFixed(0)}/s), seed ${seed}`,
);
if (result.failed) {
  const c = result.counterexample?.[0];
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'regressions');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `seed-${seed}.json`);
  if (c) {
    const json = {
      payloads: c.payloads.map((p) => [...p]),
      mutation: { ...c.mutation, ...('bytes' in c.mutation ? { bytes: [...c.mutation.bytes] } : {}) },
    };
    writeFileSync(file, JSON.stringify(json) + '\n');
  }
  console.error(`FAILED: ${String(result.errorInstance)}\nsaved the counterexample to ${file}`);
  process.exitCode = 1;
}
