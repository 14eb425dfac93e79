// trainboard serve vs real TensorBoard 2.21 on the same generated logdir, one server at a time, all at full
// resolution (TensorBoard with --samples_per_plugin=scalars=1000000000): seconds from process start until every
// tag's last point is served (every series fetched in full once complete), peak RSS of the process tree, and
// the latency from a writer's flush to the point being served over HTTP (median, p95; polled every 20 ms), plus
// trainboard's Socket.IO push latency. Anchor: TensorBoard's Rust data server (--load_fast=true); the Python
// loader (--load_fast=false) is measured too. Size: TRAINBOARD_BENCH_RUNS x _TAGS x _STEPS (default 20 x 10 x
// 5000 = 1M points; the issue's figure is 100 x 10 x 10000). TRAINBOARD_BENCH_SERVERS picks servers
// (trainboard,tb-rust,tb-python); TRAINBOARD_BENCH_TIMEOUT caps each load (seconds, default 900).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../contract/index.ts';
import { createSummaryWriter } from '../../tfevents/node/summary-writer.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';
import { generateScalarLogdir } from './generate-logdir.ts';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

interface ServerSpec {
  name: string;
  label: string;
  command: (logdir: string, port: number) => [string, string[]];
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

/** RSS in bytes of a process and all its descendants (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  const visit = (p: number): void => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
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

function killTree(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.pid === undefined) return ok();
    child.once('exit', () => ok());
    try {
      process.kill(-child.pid, 'SIGTERM'); // the server was started in its own process group
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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

/**
 * Checks the (run, tag) series not yet seen complete, 8 requests at a time, each with every point of one series
 * (/data/plugin/scalars/scalars: the full length and the last step must be there). A series seen complete is
 * not fetched again (the logdir is static), and a round stops at its first incomplete batch, so polling during
 * the load costs both servers little and every point is still served once in full.
 */
async function allServed(base: string, pending: [string, string][], steps: number): Promise<boolean> {
  while (pending.length > 0) {
    const batch = pending.slice(0, 8);
    const complete = await Promise.all(
      batch.map(async ([run, tag]) => {
        try {
          const res = await fetch(
            `${base}/data/plugin/scalars/scalars?run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`,
          );
          if (res.status !== 200) return false;
          const rows = (await res.json()) as [number, number, number][];
          return rows.length === steps && rows[rows.length - 1]![1] === steps - 1;
        } catch {
          return false;
        }
      }),
    );
    if (!complete.every(Boolean)) {
      for (let i = batch.length - 1; i >= 0; i--) if (complete[i]) pending.splice(i, 1);
      return false;
    }
    pending.splice(0, batch.length);
  }
  return true;
}

interface Measured {
  loadSecs: number;
  peakRss: number;
  httpLatency: number[];
  pushLatency: number[];
}

async function measure(
  spec: ServerSpec,
  ctx: BenchContext,
  logdir: string,
  runs: string[],
  tags: string[],
  steps: number,
): Promise<Measured | string> {
  const port = await freePort();
  const [cmd, args] = spec.command(logdir, port);
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, child.pid ? treeRss(child.pid) : 0)), 200);
  const timeoutSecs = env('TRAINBOARD_BENCH_TIMEOUT', 900);
  const liveRun = `live-${spec.name}/train`;
  try {
    let loadSecs = Number.NaN;
    const pending = runs.flatMap((run) => tags.map((tag): [string, string] => [run, tag]));
    while ((performance.now() - t0) / 1000 < timeoutSecs) {
      if (child.exitCode !== null) return `exited with code ${child.exitCode}`;
      if (await allServed(base, pending, steps)) {
        loadSecs = (performance.now() - t0) / 1000;
        break;
      }
      await sleep(250);
    }
    if (Number.isNaN(loadSecs)) return `not every point served within ${timeoutSecs} s`;
    ctx.log(
      `${spec.label}: every point served after ${loadSecs.toFixed(1)} s, peak RSS so far ${(peak / 2 ** 20).toFixed(0)} MiB`,
    );

    // flush-to-served latency on a new live run
    const writer = createSummaryWriter(join(logdir, liveRun), { flushMs: 0 });
    const flushedAt = new Map<number, number>();
    const servedAt = new Map<number, number>();
    const pushedAt = new Map<number, number>();
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> | undefined =
      spec.name === 'trainboard'
        ? connect(base, { transports: ['websocket'], forceNew: true, reconnection: false })
        : undefined;
    socket?.on('scalars:appended', (e) => {
      for (const s of e.series)
        for (const [step] of s.points) if (!pushedAt.has(step)) pushedAt.set(step, performance.now());
    });
    const subscribe = (): void => {
      socket?.emit('series:subscribe', { run: liveRun, tags: ['latency'] });
    };
    socket?.on('connect', subscribe);
    const samples = env('TRAINBOARD_BENCH_LATENCY_SAMPLES', 40);
    let polling = true;
    const poller = (async () => {
      while (polling) {
        try {
          const res = await fetch(
            `${base}/data/plugin/scalars/scalars?run=${encodeURIComponent(liveRun)}&tag=latency`,
          );
          if (res.status === 200) {
            const now = performance.now();
            for (const [, step] of (await res.json()) as [number, number, number][])
              if (!servedAt.has(step)) servedAt.set(step, now);
          }
        } catch {
          // the run is not there yet
        }
        await sleep(20);
      }
    })();
    for (let step = 0; step < samples; step++) {
      writer.scalar('latency', step, step);
      writer.flush();
      flushedAt.set(step, performance.now());
      if (step === 0) subscribe();
      await sleep(200);
    }
    const deadline = performance.now() + 30_000;
    while (servedAt.size < samples && performance.now() < deadline) await sleep(50);
    polling = false;
    await poller;
    writer.close();
    socket?.disconnect();
    const lat = (m: Map<number, number>): number[] =>
      [...flushedAt].filter(([s]) => m.has(s)).map(([s, t]) => m.get(s)! - t);
    return { loadSecs, peakRss: peak, httpLatency: lat(servedAt), pushLatency: lat(pushedAt) };
  } finally {
    clearInterval(sampler);
    await killTree(child);
    rmSync(join(logdir, liveRun.split('/')[0]!), { recursive: true, force: true });
  }
}

export default async function serverLoad(ctx: BenchContext): Promise<BenchResult[]> {
  const runsN = env('TRAINBOARD_BENCH_RUNS', 20);
  const tagsN = env('TRAINBOARD_BENCH_TAGS', 10);
  const steps = env('TRAINBOARD_BENCH_STEPS', 5000);
  const dir = join(ctx.root, 'test-artifacts', `bench-server-${runsN}x${tagsN}x${steps}`);
  const gen = generateScalarLogdir(dir, { runs: runsN, tagsPerRun: tagsN, stepsPerTag: steps });
  ctx.log(
    `logdir ${dir}: ${gen.runs.length} runs, ${gen.events} points, ${(gen.bytes / 2 ** 20).toFixed(0)} MiB (${gen.generated ? `written in ${gen.writeSecs.toFixed(1)} s` : 'reused'})`,
  );
  const tags = Array.from({ length: tagsN }, (_, t) => `loss_${String(t).padStart(2, '0')}`);
  const tensorboard = join(ctx.root, '.venv', 'bin', 'tensorboard');
  const tb =
    (fast: boolean) =>
    (logdir: string, port: number): [string, string[]] => [
      tensorboard,
      [
        '--logdir',
        logdir,
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        `--load_fast=${fast}`,
        '--samples_per_plugin=scalars=1000000000',
        '--reload_interval=5',
      ],
    ];
  const all: ServerSpec[] = [
    {
      name: 'trainboard',
      label: 'trainboard',
      command: (logdir, port) => [
        process.execPath,
        [join(ctx.root, 'bin', 'trainboard.js'), 'serve', '--logdir', logdir, '--port', String(port)],
      ],
    },
    { name: 'tb-rust', label: 'TensorBoard 2.21 Rust data server', command: tb(true) },
    { name: 'tb-python', label: 'TensorBoard 2.21 Python loader', command: tb(false) },
  ];
  const chosen = (process.env.TRAINBOARD_BENCH_SERVERS ?? 'trainboard,tb-rust,tb-python').split(',');
  const results = new Map<string, Measured>();
  const out: BenchResult[] = [];
  for (const spec of all.filter((s) => chosen.includes(s.name))) {
    if (spec.name !== 'trainboard' && !existsSync(tensorboard)) {
      ctx.log(`${spec.label}: skipped (no ${tensorboard}; run bash scripts/setup-python.sh)`);
      continue;
    }
    const m = await measure(spec, ctx, dir, gen.runs, tags, steps);
    if (typeof m === 'string') {
      out.push({ name: `${spec.name} load`, value: 'failed', unit: '', note: m });
      continue;
    }
    results.set(spec.name, m);
  }
  const anchor = results.get('tb-rust');
  const ratio = (x: number, a: number | undefined, what: string): string | undefined =>
    a === undefined
      ? undefined
      : `${(x / a).toFixed(2)}x TensorBoard Rust data server (${a.toFixed(what === 'MiB' ? 0 : 2)} ${what})`;
  for (const [name, m] of results) {
    const mib = m.peakRss / 2 ** 20;
    const med = percentile(m.httpLatency, 50);
    const p95 = percentile(m.httpLatency, 95);
    const push = (o: BenchResult): BenchResult =>
      o.note === undefined ? { name: o.name, value: o.value, unit: o.unit } : o;
    out.push(
      push({
        name: `${name}: seconds until every point is served`,
        value: Number(m.loadSecs.toFixed(2)),
        unit: 's',
        note: ratio(m.loadSecs, anchor?.loadSecs, 's'),
      }),
    );
    out.push(
      push({
        name: `${name}: peak RSS (process tree)`,
        value: Number(mib.toFixed(0)),
        unit: 'MiB',
        note: ratio(mib, anchor ? anchor.peakRss / 2 ** 20 : undefined, 'MiB'),
      }),
    );
    out.push(
      push({
        name: `${name}: flush-to-served latency over HTTP, median`,
        value: Number(med.toFixed(0)),
        unit: 'ms',
        note: ratio(med, anchor ? percentile(anchor.httpLatency, 50) : undefined, 'ms'),
      }),
    );
    out.push(
      push({
        name: `${name}: flush-to-served latency over HTTP, p95`,
        value: Number(p95.toFixed(0)),
        unit: 'ms',
        note: ratio(p95, anchor ? percentile(anchor.httpLatency, 95) : undefined, 'ms'),
      }),
    );
    if (m.pushLatency.length) {
      out.push({
        name: `${name}: flush-to-push latency over Socket.IO, median`,
        value: Number(percentile(m.pushLatency, 50).toFixed(0)),
        unit: 'ms',
      });
      out.push({
        name: `${name}: flush-to-push latency over Socket.IO, p95`,
        value: Number(percentile(m.pushLatency, 95).toFixed(0)),
        unit: 'ms',
      });
    }
  }
  const ours = results.get('trainboard');
  if (ours)
    out.push({
      name: 'points in the logdir',
      value: gen.events,
      unit: 'points',
      note: `${runsN} runs x ${tagsN} tags x ${steps} steps`,
    });
  return out;
}
