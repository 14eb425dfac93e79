// backupAndRestore in real processes: a training killed with SIGKILL after some epochs resumes, in a new
// process, at the epoch after its last backup, with the weights and Adam's state of that epoch, so it ends
// with the same weights as a run never interrupted; and fit() over a backup without resume() refuses to start.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { backupAndRestore } from '../../../trainer/callbacks/index.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'backup-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

type Line = { resumedAt?: number; epoch?: number; final?: number[] };

/** Runs the child; with `killAfterEpoch`, SIGKILLs it as soon as it reports that epoch. */
function runChild(
  dir: string,
  killAfterEpoch?: number,
): Promise<{ lines: Line[]; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'test', 'integration', 'trainer', 'backup-child.ts'), dir, '6'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const lines: Line[] = [];
    let buf = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = JSON.parse(buf.slice(0, nl)) as Line;
        buf = buf.slice(nl + 1);
        lines.push(line);
        if (killAfterEpoch !== undefined && line.epoch === killAfterEpoch) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ lines, signal, stderr }));
  });
}

test('backupAndRestore() resumes a fit() killed with SIGKILL at the right epoch and ends with the same weights', async () => {
  const reference = await runChild(join(tmp, 'uninterrupted'));
  const expected = reference.lines.find((l) => l.final)?.final;
  assert.ok(expected, reference.stderr);

  const dir = join(tmp, 'killed');
  const killed = await runChild(dir, 1);
  assert.equal(killed.signal, 'SIGKILL');
  assert.equal(
    killed.lines.some((l) => l.final),
    false,
    'the first run did not finish',
  );
  const lastEpoch = Math.max(...killed.lines.flatMap((l) => (l.epoch !== undefined ? [l.epoch] : [])));

  const resumed = await runChild(dir);
  assert.ok(
    resumed.lines.some((l) => l.final),
    resumed.stderr,
  );
  const at = resumed.lines[0]!.resumedAt!;
  assert.ok(at >= 2 && at <= lastEpoch + 1, `resumed at ${at}, last reported epoch ${lastEpoch}`);
  assert.deepEqual(
    resumed.lines.flatMap((l) => (l.epoch !== undefined ? [l.epoch] : [])),
    [0, 1, 2, 3, 4, 5].filter((e) => e >= at),
  );
  const got = resumed.lines.find((l) => l.final)!.final!;
  assert.equal(got.length, expected.length);
  for (const [i, v] of expected.entries())
    assert.ok(Math.abs(got[i]! - v) < 1e-5, `weight ${i}: ${got[i]} vs ${v}`);
  assert.equal(existsSync(join(dir, 'backup')), false, 'the backup is deleted when fit() ends');
});

test('fit() over an existing backup without resume() throws instead of retraining from epoch 0', async () => {
  const dir = join(tmp, 'no-resume');
  const make = () => {
    const m = tf.sequential();
    m.add(tf.layers.dense({ units: 1, inputShape: [1] }));
    m.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    return m;
  };
  const x = tf.ones([2, 1]);
  await make().fit(x, x, {
    epochs: 1,
    verbose: 0,
    callbacks: [backupAndRestore(dir, { deleteCheckpoint: false })],
  });
  await assert.rejects(
    make().fit(x, x, { epochs: 3, verbose: 0, callbacks: [backupAndRestore(dir)] }),
    /holds a backup after epoch 1.*initialEpoch: await backup\.resume\(model\)/,
  );
});
