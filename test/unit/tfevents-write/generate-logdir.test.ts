import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { memoryByteSource } from '../../../tfevents/byte-source.ts';
import { createRunInterpreter } from '../../../tfevents/event-interpreter.ts';
import { createEventStreamReader } from '../../../tfevents/event-stream-reader.ts';
import { generateScalarLogdir } from '../../bench/generate-logdir.ts';

const root = mkdtempSync(join(tmpdir(), 'tb-generate-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('generateScalarLogdir()', () => {
  test('writes runs x tags x steps scalar events, in step order, that read back without damage', () => {
    const g = generateScalarLogdir(join(root, 'a'), { runs: 2, tagsPerRun: 3, stepsPerTag: 4 });
    assert.deepEqual(g.runs, ['run-000/train', 'run-001/train']);
    assert.equal(g.events, 24);
    assert.equal(g.generated, true);
    assert.equal(
      g.bytes,
      g.files.reduce((a, f) => a + statSync(f).size, 0),
    );
    const batch = createEventStreamReader(memoryByteSource(readFileSync(g.files[1]!)), 'f').readAvailable();
    assert.deepEqual([batch.damaged, batch.waiting], [[], false]);
    const interp = createRunInterpreter();
    const scalars = batch.events.flatMap((e) => interp.interpret(e.event)).filter((s) => s.kind === 'scalar');
    assert.equal(scalars.length, 12);
    assert.deepEqual(
      scalars.slice(0, 4).map((s) => [s.tag, s.step]),
      [
        ['loss_00', 0],
        ['loss_01', 0],
        ['loss_02', 0],
        ['loss_00', 1],
      ],
    );
  });

  test('reuses a finished logdir with the same options, byte for byte', () => {
    const dir = join(root, 'b');
    const first = generateScalarLogdir(dir, { runs: 1, tagsPerRun: 2, stepsPerTag: 5 });
    const bytes = readFileSync(first.files[0]!);
    const again = generateScalarLogdir(dir, { runs: 1, tagsPerRun: 2, stepsPerTag: 5 });
    assert.equal(again.generated, false);
    assert.deepEqual(readFileSync(again.files[0]!), bytes);
  });

  test('regenerates when the options differ or the marker is missing (an interrupted run)', () => {
    const dir = join(root, 'c');
    generateScalarLogdir(dir, { runs: 1, tagsPerRun: 1, stepsPerTag: 2 });
    assert.equal(generateScalarLogdir(dir, { runs: 1, tagsPerRun: 1, stepsPerTag: 3 }).generated, true);
    rmSync(join(dir, 'generated.json'));
    assert.equal(generateScalarLogdir(dir, { runs: 1, tagsPerRun: 1, stepsPerTag: 3 }).generated, true);
  });

  test('rejects a zero or fractional size', () => {
    assert.throws(
      () => generateScalarLogdir(join(root, 'd'), { runs: 0, tagsPerRun: 1, stepsPerTag: 1 }),
      /runs must be a positive integer/,
    );
    assert.throws(
      () => generateScalarLogdir(join(root, 'd'), { runs: 1, tagsPerRun: 1.5, stepsPerTag: 1 }),
      /tagsPerRun/,
    );
  });
});
