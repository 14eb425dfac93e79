// Killing a training process: SIGTERM marks the session `stopped` after flushing its event files; SIGKILL
// leaves the events written before intact and readable, and the row reads `crashed` once its heartbeat is
// stale (heartbeat and staleness are shortened so the test takes seconds).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openRunStore } from '../../../runstore/run-store.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { readLogdir, scalarSteps } from './logdir-reader.ts';

const logdir = mkdtempSync(join(tmpdir(), 'trainer-kill-'));
const children: ChildProcess[] = [];
after(() => {
  for (const c of children) if (c.exitCode === null && c.pid !== undefined) c.kill('SIGKILL');
  rmSync(logdir, { recursive: true, force: true });
});

function startTraining(run: string): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'bin', 'trainboard.js'),
      'train',
      'xor',
      '--logdir',
      logdir,
      '--run',
      run,
      '--epochs',
      '1000000',
      '--backend',
      'cpu',
    ],
    { env: { ...process.env, TRAINBOARD_HEARTBEAT_MS: '200' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  children.push(child);
  return child;
}

async function waitForEpochs(run: string, n: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    assert.equal(child.exitCode, null, 'the trainer exited early');
    try {
      const store = openRunStore(join(logdir, 'trainboard.sqlite'), { readonly: true });
      const epochs = store.getSession(run)?.epochs.length ?? 0;
      store.close();
      if (epochs >= n) return;
    } catch {
      // the store does not exist yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`session ${run} did not record ${n} epochs within 30 s`);
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

test('SIGTERM: the session is marked stopped and every epoch it recorded is in the event files', async () => {
  const child = startTraining('term');
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await waitForEpochs('term', 2, child);
  child.kill('SIGTERM');
  const { code } = await exited(child);
  assert.equal(code, 143, stderr);
  assert.match(stderr, /SIGTERM: stopping session term/);
  const store = openRunStore(join(logdir, 'trainboard.sqlite'), { readonly: true });
  const s = store.getSession('term');
  store.close();
  assert.equal(s?.status, 'stopped');
  assert.ok(s.endedAt !== null);
  const runs = readLogdir(logdir);
  const train = runs.get('term/train');
  assert.equal(train?.damaged, 0);
  const steps = scalarSteps(train, 'epoch_loss');
  assert.ok(steps.length >= s.epochs.length, `${steps.length} event epochs, ${s.epochs.length} stored`);
  assert.deepEqual(steps, [...steps.keys()]);
  assert.equal(runs.get('term')?.plugins.get('_hparams_/session_end_info'), 'hparams');
});

test('SIGKILL: events written before are intact and readable; the row reads crashed once the heartbeat is stale', async () => {
  const child = startTraining('kill');
  await waitForEpochs('kill', 2, child);
  await new Promise((r) => setTimeout(r, 600)); // longer than the 500 ms flush interval
  child.kill('SIGKILL');
  await exited(child);
  const fresh = openRunStore(join(logdir, 'trainboard.sqlite'), { readonly: true, staleAfterSecs: 60 });
  assert.equal(fresh.getSession('kill')?.status, 'running');
  fresh.close();
  await new Promise((r) => setTimeout(r, 1200));
  const store = openRunStore(join(logdir, 'trainboard.sqlite'), { readonly: true, staleAfterSecs: 1 });
  const s = store.getSession('kill');
  store.close();
  assert.equal(s?.status, 'crashed');
  const train = readLogdir(logdir).get('kill/train');
  assert.equal(train?.damaged, 0);
  const steps = scalarSteps(train, 'epoch_loss');
  assert.ok(steps.length >= 2, `only ${steps.length} epochs in the event file`);
  assert.deepEqual(steps, [...steps.keys()]);
  assert.equal(train?.plugins.get('keras'), 'graph_keras_model');
});
