// Runs `trainboard serve` in a child process for the hardening tests: waits for the printed URL, collects
// output, and stops the child by its pid (SIGTERM, or SIGKILL for the crash tests).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../support/shared-fixtures.ts';

export interface ServerChild {
  child: ChildProcessWithoutNullStreams;
  /** The URL printed at start (with ?token=… when a token is set). */
  url: Promise<string>;
  output(): { stdout: string; stderr: string };
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function spawnServe(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  ids: { uid?: number; gid?: number } = {},
): ServerChild {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'trainboard.js'), 'serve', ...args], {
    env: { ...process.env, ...env },
    ...ids,
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = new Promise<string>((ok, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = / at (http:\/\/\S+) \(Ctrl\+C/.exec(stdout);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`serve exited ${code}: ${stdout}${stderr}`)));
  });
  url.catch(() => {});
  return {
    child,
    url,
    output: () => ({ stdout, stderr }),
    stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
      const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
      if (child.pid !== undefined) process.kill(child.pid, signal);
      return exited;
    },
  };
}
