import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { scanLogdir, scanLogdirAsync, type LogdirScan } from '../../../tfevents/node/logdir-scan.ts';

const root = mkdtempSync(join(tmpdir(), 'trainboard-logdir-scan-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A logdir of `flat` runs at its top, nested runs, an aliased directory, a link out of it and a dangling link. */
function makeLogdir(name: string, flat: number): string {
  const logdir = join(root, name);
  const outside = join(root, `${name}-outside`);
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'events.out.tfevents.1.outside'), '');
  for (let i = 0; i < flat; i++) {
    const dir = join(logdir, `run-${String(i).padStart(4, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `events.out.tfevents.${i}.host`), '');
  }
  mkdirSync(join(logdir, 'nested', 'a', 'b'), { recursive: true });
  writeFileSync(join(logdir, 'nested', 'a', 'b', 'events.out.tfevents.2.host'), '');
  writeFileSync(join(logdir, 'nested', 'a', 'events.out.tfevents.1.host'), '');
  writeFileSync(join(logdir, 'nested', 'a', 'x.profile-empty'), '');
  symlinkSync(join(logdir, 'nested'), join(logdir, 'zz-alias'));
  symlinkSync(
    join(outside, 'events.out.tfevents.1.outside'),
    join(logdir, 'nested', 'events.out.tfevents.9.out'),
  );
  symlinkSync(join(root, 'missing'), join(logdir, 'dangling'));
  return logdir;
}

/** What a scan found, without the directory order (reads complete in any order). */
const found = (s: LogdirScan): unknown => ({
  runs: s.runs,
  errors: s.errors,
  dirs: s.dirs,
  dirPaths: [...s.dirPaths].sort(),
});

describe('scanLogdirAsync', () => {
  test('finds the runs scanLogdir finds: nested, through an alias once, never a link out of the logdir', async () => {
    const logdir = makeLogdir('same', 40);
    const sync = scanLogdir(logdir);
    assert.deepEqual(found(await scanLogdirAsync(logdir)), found(sync));
    assert.equal(sync.runs.length, 42);
    assert.ok(!sync.runs.some((r) => r.run.startsWith('zz-alias')));
    assert.ok(!sync.runs.some((r) => r.files.some((f) => f.includes('outside'))));
  });

  test('with a slicer always due, yields between slices, one pause at a time, and finds the same runs', async () => {
    const logdir = makeLogdir('sliced', 600);
    let yields = 0;
    let inFlight = 0;
    let mostInFlight = 0;
    const scan = await scanLogdirAsync(logdir, {
      due: () => true,
      async yield() {
        yields++;
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await new Promise((resume) => setImmediate(resume));
        inFlight--;
      },
    });
    assert.deepEqual(found(scan), found(scanLogdir(logdir)));
    // lanes waiting on one pause resume together: fewer pauses than reads, but more than one per level (4 here)
    assert.ok(yields > 4 && yields < scan.dirs * 4, `${yields} yields for ${scan.dirs} directories`);
    assert.equal(mostInFlight, 1, 'every lane waits for the same pause');
  });

  test('with a slicer never due, never yields', async () => {
    const logdir = makeLogdir('unsliced', 50);
    let yields = 0;
    const scan = await scanLogdirAsync(logdir, {
      due: () => false,
      yield: () => {
        yields++;
        return Promise.resolve();
      },
    });
    assert.equal(scan.runs.length, 52);
    assert.equal(yields, 0);
  });
});
