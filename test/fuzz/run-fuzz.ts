// `npm run fuzz`: the long fuzz runs (the short ones are part of `npm test`): the event-file reader's framing
// mode, the semantic mode (valid framing, hostile contents) and the linear-time regexes. Runs FUZZ_SECONDS in
// all (default 300, split between the modes; FUZZ_MODE=framing|semantic|regex runs one) with a fresh seed,
// prints iterations per second, and saves any counterexample as a regression fixture under
// test/fuzz/regressions/ (semantic and regex ones in their own subfolders) that the short tests replay.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzzEventFiles, type FuzzCase } from './event-file-fuzz.ts';
import { fuzzRegexes, fuzzSemantic } from './semantic-fuzz.ts';

type Mode = 'framing' | 'semantic' | 'regex';
const ALL: Mode[] = ['framing', 'semantic', 'regex'];
const wanted = process.env.FUZZ_MODE;
const modes = wanted ? ALL.filter((m) => m === wanted) : ALL;
if (modes.length === 0) throw new Error(`FUZZ_MODE must be one of ${ALL.join(', ')}, got '${wanted}'`);
const seconds = Number(process.env.FUZZ_SECONDS ?? 300) / modes.length;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const regressions = join(fileURLToPath(new URL('.', import.meta.url)), 'regressions');

function save(dir: string, json: unknown): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `seed-${seed}.json`);
  writeFileSync(file, JSON.stringify(json) + '\n');
  return file;
}

for (const mode of modes) {
  const opts = { numRuns: Number.MAX_SAFE_INTEGER, seed, interruptAfterTimeLimit: seconds * 1000 };
  const started = performance.now();
  const result =
    mode === 'framing' ? fuzzEventFiles(opts) : mode === 'semantic' ? fuzzSemantic(opts) : fuzzRegexes(opts);
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `${mode}: fuzzed ${result.numRuns} cases in ${elapsed.toFixed(0)} s (${(result.numRuns / elapsed).toFixed(0)}/s), seed ${seed}`,
  );
  if (!result.failed) continue;
  const c: unknown[] | undefined = result.counterexample ?? undefined;
  let file = '(no counterexample)';
  if (c && mode === 'framing') {
    const [first] = c as [FuzzCase];
    const m = first.mutation;
    file = save(regressions, {
      payloads: first.payloads.map((p) => [...p]),
      mutation: { ...m, ...('bytes' in m ? { bytes: [...m.bytes] } : {}) },
    });
  } else if (c) {
    file = save(join(regressions, mode), c);
  }
  console.error(`${mode} FAILED: ${String(result.errorInstance)}\nsaved the counterexample to ${file}`);
  process.exitCode = 1;
}
