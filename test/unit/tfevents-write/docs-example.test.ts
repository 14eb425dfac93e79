// The quick-start example of docs/tfevents.md runs as written (a real TF.js fit in a child process) and leaves
// the logdir it promises. Only the import paths are pointed at this checkout.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { memoryByteSource } from '../../../tfevents/byte-source.ts';
import { createRunInterpreter } from '../../../tfevents/event-interpreter.ts';
import { createEventStreamReader } from '../../../tfevents/event-stream-reader.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';

const cwd = mkdtempSync(join(tmpdir(), 'tfevents-docs-'));
const scriptDir = join(repoRoot, 'test-artifacts'); // inside the checkout, so that node_modules resolves
const script = join(scriptDir, `docs-quick-start-${process.pid}.ts`);
after(() => {
  rmSync(cwd, { recursive: true, force: true });
  rmSync(script, { force: true });
});

function quickStart(): string {
  const doc = readFileSync(join(repoRoot, 'docs', 'tfevents.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Quick start'));
  const m = /```ts\n([\s\S]*?)```/.exec(section);
  assert.ok(m, 'docs/tfevents.md has a ```ts block under ## Quick start');
  return m[1]!.replaceAll("'./tfevents/", `'${pathToFileURL(join(repoRoot, 'tfevents')).href}/`);
}

function kinds(runDir: string): string[] {
  const [file] = readdirSync(runDir);
  const batch = createEventStreamReader(
    memoryByteSource(readFileSync(join(runDir, file!))),
    file!,
  ).readAvailable();
  const interp = createRunInterpreter();
  return batch.events
    .flatMap((e) => interp.interpret(e.event))
    .map((s) => ('tag' in s && s.tag ? `${s.kind}:${s.tag}` : s.kind));
}

test('the quick start of docs/tfevents.md runs and writes train and validation runs', () => {
  mkdirSync(scriptDir, { recursive: true });
  writeFileSync(script, quickStart());
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(r.status, 0, r.stderr);
  const session = join(cwd, 'logs', 'my-model');
  assert.deepEqual(kinds(join(session, 'train')).sort(), [
    'file_version',
    'histogram:hidden/kernel/histogram',
    'histogram:hidden/kernel/histogram',
    'histogram:hidden/kernel/histogram',
    'keras_model:keras',
    'scalar:epoch_loss',
    'scalar:epoch_loss',
    'scalar:epoch_loss',
  ]);
  assert.deepEqual(kinds(join(session, 'validation')), [
    'file_version',
    'scalar:epoch_loss',
    'scalar:epoch_loss',
    'scalar:epoch_loss',
  ]);
});
