// Starts the fault-test child processes (fault-child.ts) and follows their output: the last step a writer
// reports as flushed, the lines a lock holder prints; stops them by pid.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export interface FaultChild {
  child: ChildProcessWithoutNullStreams;
  /** Last step reported flushed ("S n"), -1 before any (step lines are not kept in lines()). */
  lastStep(): number;
  lines(): string[];
  /** Resolves when a printed line satisfies `match`. */
  waitLine(match: (line: string) => boolean, timeoutMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function spawnFaultChild(args: string[], opts: { uid?: number; gid?: number } = {}): FaultChild {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'fault-child.ts'), ...args],
    {
      cwd: join(import.meta.dirname, '..', '..', '..'),
      ...opts,
    },
  );
  const lines: string[] = [];
  let last = -1;
  let partial = '';
  const waiters: { match: (l: string) => boolean; done: () => void }[] = [];
  child.stdout.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (line.startsWith('S ')) last = Number(line.slice(2));
      else lines.push(line);
      for (const w of [...waiters])
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.done();
        }
    }
  });
  child.stderr.on('data', (d: Buffer) => lines.push(`stderr: ${d.toString()}`));
  return {
    child,
    lastStep: () => last,
    lines: () => lines,
    waitLine(match, timeoutMs = 20_000) {
      if (lines.some(match) || (last >= 0 && match(`S ${last}`))) return Promise.resolve();
      return new Promise((ok, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`no matching line in ${timeoutMs} ms: ${lines.slice(-5).join(' | ')}`)),
          timeoutMs,
        );
        waiters.push({
          match,
          done: () => {
            clearTimeout(timer);
            ok();
          },
        });
      });
    },
    kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
      if (child.pid !== undefined) process.kill(child.pid, signal);
      return exited;
    },
  };
}

/** Waits until a writer has reported at least `n` flushed steps. */
export function stepsReached(w: FaultChild, n: number): Promise<void> {
  return w.waitLine((l) => l.startsWith('S ') && Number(l.slice(2)) >= n - 1);
}
