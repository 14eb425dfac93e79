// Runs the real `trainboard` command in a child process and collects its exit code and output.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './shared-fixtures.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'trainboard.js'), ...args], {
      cwd: opts.cwd ?? repoRoot,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface ServeChild {
  child: ChildProcess;
  /** The URL the command printed (`... at http://127.0.0.1:PORT/`). */
  url: string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** SIGTERM (when still running); resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `trainboard <args>` (serve, start, ...) and resolves once it prints the URL it serves at. */
export async function startServeChild(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv } = {},
): Promise<ServeChild> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'trainboard.js'), ...args], {
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', ok));
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`trainboard ${args[0]} exited ${code}: ${out}${stderr}`)));
  });
  return {
    child,
    url,
    stderr: () => stderr,
    stop() {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
        process.kill(child.pid, 'SIGTERM');
      return exited;
    },
  };
}
