// Logdirs for the browser tests, written with the real tfevents writer and the trainer CLI (tiny limits).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createSummaryWriter, type SummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';

/** Writes `steps` points of each tag for each run (`<session>/train`, `<session>/validation`), deterministic. */
export function writeScalarSessions(
  logdir: string,
  sessions: string[],
  tags: string[],
  steps: number,
): Map<string, SummaryWriter> {
  const writers = new Map<string, SummaryWriter>();
  // wall times end about now, so ages and relative time read as a real run's would
  const t0 = Math.floor(Date.now() / 1000) - steps * 2 - 2;
  sessions.forEach((session, si) => {
    for (const [ri, role] of ['train', 'validation'].entries()) {
      const run = `${session}/${role}`;
      // the file's first event (its file_version) at the session's first wall time, as a real run's: a run
      // starts at its first event (TensorBoard's rule), so sessions order by their wall times
      const w = createSummaryWriter(join(logdir, run), { flushMs: 0, now: () => (t0 + si) * 1000 });
      for (let step = 0; step < steps; step++) {
        tags.forEach((tag, ti) => {
          const decay = Math.exp(-step / (steps / 3 + 1));
          const value = (1 + ti) * decay + 0.05 * Math.sin(step * 1.7 + si + ri) + 0.1 * si + 0.05 * ri;
          w.scalar(tag, value, step, { wallTime: t0 + step * 2 + si });
        });
      }
      w.flush();
      writers.set(run, w);
    }
  });
  return writers;
}

/** Runs `trainboard <args>` and resolves with its output; rejects with stderr on a non-zero exit. */
export function runTrainboard(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'trainboard.js'), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`trainboard ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`)),
    );
  });
}
