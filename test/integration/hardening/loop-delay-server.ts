// Starts loop-delay-server-child.ts and talks to it: its URL, its event-loop delay figures, its log lines;
// stops it by its pid.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface LoopDelayStats {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LoopDelayServer {
  url: string;
  /** Restarts the child's event-loop delay measurement. */
  reset(): Promise<void>;
  stats(): Promise<LoopDelayStats>;
  stderr(): string;
  stop(): Promise<void>;
}

export async function startLoopDelayServer(logdir: string, reloadSecs = 1): Promise<LoopDelayServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'loop-delay-server-child.ts'), logdir, String(reloadSecs)],
    { cwd: join(import.meta.dirname, '..', '..', '..'), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let partial = '';
  const waiting: { prefix: string; done: (rest: string) => void; fail: (err: Error) => void }[] = [];
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w.fail(new Error(`server child exited ${code}: ${stderr}`));
  });
  child.stdout.on('data', (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const w = waiting.find((x) => line.startsWith(x.prefix));
      if (w) {
        waiting.splice(waiting.indexOf(w), 1);
        w.done(line.slice(w.prefix.length));
      }
    }
  });
  const next = (prefix: string): Promise<string> =>
    new Promise((done, fail) => waiting.push({ prefix, done, fail }));
  const url = await next('URL ');
  return {
    url,
    async reset() {
      const ack = next('RESET');
      child.stdin.write('reset\n');
      await ack;
    },
    async stats() {
      const line = next('STATS ');
      child.stdin.write('stats\n');
      return JSON.parse(await line) as LoopDelayStats;
    },
    stderr: () => stderr,
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
      if (child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
      const kill = setTimeout(() => child.pid !== undefined && process.kill(child.pid, 'SIGKILL'), 5000);
      return exited.finally(() => clearTimeout(kill));
    },
  };
}
