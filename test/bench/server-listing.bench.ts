// Listing latency on wide logdirs: a run with 100,000 scalar tags, and 1,000 runs. trainboard (in a child
// process, `trainboard serve`) and, as the anchor, TensorBoard 2.21's Rust data server on the same logdir; each
// route is timed (median of 5) once every point is loaded: /data/runs, /data/plugin/scalars/tags, and for
// trainboard /api/runs and /api/tags. The target: each listing within a second.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { encodeEvent } from '../../tfevents/event-codec.ts';
import { frameRecord } from '../../tfevents/record-writer.ts';
import { scalarValue } from '../../tfevents/summaries/scalar-summary.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';

const FILE = 'events.out.tfevents.1795000000.bench.1.0.v2';
const record = (tag: string, step: number, value: number): Uint8Array =>
  frameRecord(
    encodeEvent({ wallTime: 1_795_000_000 + step, step, summary: { value: [scalarValue(tag, value)] } }),
  );

function generate(dir: string): void {
  if (existsSync(join(dir, 'done'))) return;
  mkdirSync(join(dir, 'wide'), { recursive: true });
  const head = frameRecord(encodeEvent({ wallTime: 1_795_000_000, fileVersion: 'brain.Event:2' }));
  writeFileSync(
    join(dir, 'wide', FILE),
    Buffer.concat([head, ...Array.from({ length: 100_000 }, (_, i) => record(`tag_${i}`, 0, i))]),
  );
  for (let i = 0; i < 1000; i++) {
    const run = join(dir, 'many', `run-${String(i).padStart(4, '0')}`);
    mkdirSync(run, { recursive: true });
    writeFileSync(join(run, FILE), Buffer.concat([head, record('loss', 0, i)]));
  }
  writeFileSync(join(dir, 'done'), '');
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

async function timeGet(url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2]!;
}

async function whenLoaded(base: string, timeoutMs = 300_000): Promise<void> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    try {
      const tags = (await (await fetch(`${base}/data/plugin/scalars/tags`)).json()) as Record<string, object>;
      const runs = (await (await fetch(`${base}/data/runs`)).json()) as string[];
      if (runs.length === 1001 && Object.keys(tags.wide ?? {}).length === 100_000) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base}: not loaded in time`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  await exited;
}

export default async function serverListing(ctx: BenchContext): Promise<BenchResult[]> {
  const dir = join(ctx.root, 'test-artifacts', 'bench-server-listing');
  generate(dir);
  const out: BenchResult[] = [];
  const tensorboard = join(ctx.root, '.venv', 'bin', 'tensorboard');
  const servers: [string, (port: number) => [string, string[]]][] = [
    [
      'trainboard',
      (port) => [
        process.execPath,
        [join(ctx.root, 'bin', 'trainboard.js'), 'serve', '--logdir', dir, '--port', String(port)],
      ],
    ],
  ];
  if (existsSync(tensorboard))
    servers.push([
      'tb-rust',
      (port) => [
        tensorboard,
        ['--logdir', dir, '--host', '127.0.0.1', '--port', String(port), '--load_fast=true'],
      ],
    ]);
  const anchor = new Map<string, number>();
  for (const [name, command] of servers) {
    const port = await freePort();
    const [cmd, args] = command(port);
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    const base = `http://127.0.0.1:${port}`;
    try {
      await whenLoaded(base);
      const routes = [
        '/data/runs',
        '/data/plugin/scalars/tags',
        ...(name === 'trainboard' ? ['/api/runs', '/api/tags'] : []),
      ];
      for (const route of routes) {
        const ms = await timeGet(base + route);
        if (name === 'tb-rust') anchor.set(route, ms);
        out.push({
          name: `${name} GET ${route} (100,000 tags in a run + 1,000 runs)`,
          value: Number(ms.toFixed(1)),
          unit: 'ms',
        });
      }
    } finally {
      await stop(child);
    }
  }
  return out.map((r) => {
    const route = /GET (\S+)/.exec(r.name)?.[1] ?? '';
    const a = anchor.get(route);
    return r.name.startsWith('trainboard') && a !== undefined
      ? {
          ...r,
          note: `${((r.value as number) / a).toFixed(2)}x TensorBoard Rust data server (${a.toFixed(1)} ms)`,
        }
      : r;
  });
}
