// Measures one dashboard server over a static scalar logdir from outside, through TensorBoard's HTTP API
// (/data/plugin/scalars/scalars, which both trainboard and TensorBoard serve): seconds from spawn until the first
// chart is served (run-000's first tag has a point), until every file is read (every run's last tag ends at the
// last step: the last record of each file), until every point is served (every series complete), and the peak
// RSS of the process tree over all of it. Polling costs both servers the same: a series seen complete is not
// fetched again, and a round stops at its first incomplete batch.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { freePort, killTree, sampleRss } from './process-probe.ts';
import type { TfScalarLogdir } from './tf-scalar-logdir.ts';

export interface ServeFigures {
  firstChartSecs: number;
  allReadSecs: number;
  allServedSecs: number;
  peakRssBytes: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function series(base: string, run: string, tag: string): Promise<[number, number, number][] | null> {
  try {
    const res = await fetch(
      `${base}/data/plugin/scalars/scalars?run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`,
    );
    if (res.status !== 200) {
      await res.arrayBuffer();
      return null;
    }
    return (await res.json()) as [number, number, number][];
  } catch {
    return null;
  }
}

/** Removes the complete entries of `pending` from its front, 8 requests at a time; true when none is left. */
async function drain<T>(pending: T[], complete: (item: T) => Promise<boolean>): Promise<boolean> {
  while (pending.length > 0) {
    const batch = pending.slice(0, 8);
    const done = await Promise.all(batch.map(complete));
    for (let i = batch.length - 1; i >= 0; i--) if (done[i]) pending.splice(i, 1);
    if (!done.every(Boolean)) return false;
  }
  return true;
}

export async function probeServer(
  command: (port: number) => [string, string[]],
  logdir: TfScalarLogdir,
  timeoutSecs: number,
  /** Called once every point is served, before the server is stopped (e.g. to measure its cache on disk). */
  beforeStop?: () => void,
): Promise<ServeFigures> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const [cmd, args] = command(port);
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const rss = sampleRss(child.pid!);
  const secs = (): number => (performance.now() - t0) / 1000;
  const check = (): void => {
    if (child.exitCode !== null) throw new Error(`${cmd} exited with ${child.exitCode}: ${stderr}`);
    if (secs() > timeoutSecs) throw new Error(`${cmd}: not done within ${timeoutSecs} s`);
  };
  const { steps, tagNames, runNames } = logdir;
  const lastTag = tagNames[tagNames.length - 1]!;
  const full = (rows: [number, number, number][] | null): boolean =>
    rows !== null && rows.length === steps && rows[rows.length - 1]![1] === steps - 1;
  try {
    for (;;) {
      check();
      const rows = await series(base, runNames[0]!, tagNames[0]!);
      if (rows && rows.length > 0) break;
      await sleep(10);
    }
    const firstChartSecs = secs();
    const servedFull = new Set<string>();
    const unread = [...runNames];
    for (;;) {
      check();
      const done = await drain(unread, async (run) => {
        const rows = await series(base, run, lastTag);
        if (full(rows)) servedFull.add(`${run}\0${lastTag}`);
        return rows !== null && rows.length > 0 && rows[rows.length - 1]![1] === steps - 1;
      });
      if (done) break;
      await sleep(100);
    }
    const allReadSecs = secs();
    const unserved = runNames
      .flatMap((run) => tagNames.map((tag): [string, string] => [run, tag]))
      .filter(([run, tag]) => !servedFull.has(`${run}\0${tag}`));
    for (;;) {
      check();
      if (await drain(unserved, async ([run, tag]) => full(await series(base, run, tag)))) break;
      await sleep(100);
    }
    const allServedSecs = secs();
    beforeStop?.();
    return { firstChartSecs, allReadSecs, allServedSecs, peakRssBytes: rss.peak() };
  } finally {
    rss.stop();
    await killTree(child);
  }
}
