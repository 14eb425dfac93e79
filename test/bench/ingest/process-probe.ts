// Process helpers of the ingest benchmarks: a free loopback port, the RSS of a process tree (Linux /proc),
// a peak-RSS sampler, and stopping a server started in its own process group.
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** RSS in bytes of a process and all its descendants. */
export function treeRss(pid: number): number {
  let total = 0;
  const visit = (p: number): void => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
      for (const tid of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').trim();
        for (const k of kids ? kids.split(/\s+/) : []) visit(Number(k));
      }
    } catch {
      // the process exited between reads
    }
  };
  visit(pid);
  return total;
}

/** Samples the tree's RSS every `ms`; `peak()` is the largest seen so far. */
export function sampleRss(pid: number, ms = 100): { peak(): number; stop(): void } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), ms);
  return { peak: () => Math.max(peak, treeRss(pid)), stop: () => clearInterval(timer) };
}

export function killTree(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return ok();
    child.once('exit', () => ok());
    try {
      process.kill(-child.pid, 'SIGTERM'); // started detached: its own process group
    } catch {
      child.kill('SIGTERM');
    }
    setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000).unref();
  });
}
