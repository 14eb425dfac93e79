// Load on the live path: a `trainboard serve` child process, 200 Socket.IO clients on loopback (each
// subscribed to 5 of the runs, so every run has 20 subscribers) and a writer process writing 50 runs x 100
// points/s (values stamp the write time). Reports the server's CPU (from /proc, % of one core), its RSS over
// time (first vs last fifth of the run: bounded means the ratio stays near 1), push latency median/p99 from
// write to receipt (includes the writer's 50 ms flush and the hub's 50 ms batching), and per-client received
// counts (min and max against the median: no client starves another), plus dropped pushes from /api/health.
// Default 60 s; --soak runs 600 s; BENCH_LOAD_SECONDS, BENCH_LOAD_CLIENTS, BENCH_LOAD_RUNS, BENCH_LOAD_RATE
// override the sizes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { ApiHealthResponse, ScalarsAppendedEvent } from '../../contract/index.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';

const envNum = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

const CLK_TCK = 100;

function procCpuSecs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime + stime
}

function procRss(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

function quantile(hist: Uint32Array, total: number, q: number): number {
  let seen = 0;
  const want = q * total;
  for (let i = 0; i < hist.length; i++) {
    seen += hist[i]!;
    if (seen >= want) return i;
  }
  return hist.length;
}

function stop(child: ChildProcess | undefined): void {
  if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export default async function loadBench(ctx: BenchContext): Promise<BenchResult[]> {
  const seconds = envNum('BENCH_LOAD_SECONDS', ctx.soak ? 600 : 60);
  const clients = envNum('BENCH_LOAD_CLIENTS', 200);
  const runs = envNum('BENCH_LOAD_RUNS', 50);
  const rate = envNum('BENCH_LOAD_RATE', 100);
  const perClient = Math.min(5, runs);
  const logdir = mkdtempSync(join(tmpdir(), 'trainboard-load-'));
  const base = Date.now();
  let server: ChildProcess | undefined;
  let writer: ChildProcess | undefined;
  const sockets: Socket[] = [];
  try {
    server = spawn(
      process.execPath,
      [
        join(ctx.root, 'bin', 'trainboard.js'),
        'serve',
        '--logdir',
        logdir,
        '--port',
        '0',
        '--rate-limit',
        '0',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const url = await new Promise<string>((ok, fail) => {
      let out = '';
      server!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = / at (http:\/\/\S+?)\/? \(/.exec(out);
        if (m) ok(m[1]!);
      });
      server!.on('exit', (code) => fail(new Error(`server exited ${code}: ${out}`)));
    });
    const pid = server.pid!;
    ctx.log(
      `server pid ${pid} at ${url}; ${clients} clients x ${perClient} runs, ${runs} runs x ${rate} pts/s, ${seconds} s`,
    );

    writer = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ctx.root, 'test', 'bench', 'load-writer-child.ts'),
        logdir,
        String(runs),
        String(rate),
        String(base),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], cwd: ctx.root },
    );
    await new Promise<void>((ok) => writer!.stdout!.once('data', () => ok()));
    // wait until the server has discovered every run
    for (;;) {
      const h = (await (await fetch(`${url}/api/health`)).json()) as ApiHealthResponse;
      if (h.counters.runs >= runs) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const hist = new Uint32Array(10_000); // 1 ms buckets, last one catches >= 10 s
    let latencyCount = 0;
    const received = new Float64Array(clients);
    const runName = (i: number): string => `run-${String(i).padStart(3, '0')}`;
    let measuring = false;
    for (let c = 0; c < clients; c++) {
      const socket = connect(url, { transports: ['websocket'], reconnection: false });
      sockets.push(socket);
      socket.on('scalars:appended', (e: ScalarsAppendedEvent) => {
        if (!measuring) return;
        const now = Date.now() - base;
        const points = e.series.flatMap((s) => s.points);
        received[c] = received[c]! + points.length;
        for (const p of points) {
          const v = Number(p[2]);
          const ms = Math.max(0, Math.min(hist.length - 1, Math.round(now - v)));
          hist[ms]!++;
          latencyCount++;
        }
      });
      await new Promise<void>((ok) => socket.on('connect', () => ok()));
      for (let k = 0; k < perClient; k++)
        socket.emit(
          'series:subscribe',
          { run: runName((c * perClient + k) % runs), tags: ['load'], lastStep: 1e12 },
          () => {},
        );
    }
    await new Promise((r) => setTimeout(r, 1000));

    const cpu0 = procCpuSecs(pid);
    const t0 = Date.now();
    const rss: number[] = [];
    measuring = true;
    while (Date.now() - t0 < seconds * 1000) {
      await new Promise((r) => setTimeout(r, 1000));
      rss.push(procRss(pid));
    }
    measuring = false;
    const wall = (Date.now() - t0) / 1000;
    const cpu = procCpuSecs(pid) - cpu0;
    const health = (await (await fetch(`${url}/api/health`)).json()) as ApiHealthResponse;

    const fifth = Math.max(1, Math.floor(rss.length / 5));
    const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const rssFirst = avg(rss.slice(0, fifth));
    const rssLast = avg(rss.slice(-fifth));
    const sorted = [...received].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const expectedPerClient = perClient * rate * wall;
    const p50 = quantile(hist, latencyCount, 0.5);
    const p99 = quantile(hist, latencyCount, 0.99);
    const mb = (b: number): string => (b / 2 ** 20).toFixed(1);
    return [
      {
        name: 'load: server CPU',
        value: ((cpu / wall) * 100).toFixed(1),
        unit: '% of one core',
        note: `${(runs * rate).toLocaleString('en-US')} points/s in, ${Math.round(latencyCount / wall).toLocaleString('en-US')} points/s pushed to ${clients} clients, ${wall.toFixed(0)} s`,
      },
      {
        name: 'load: server RSS, first fifth -> last fifth',
        value: `${mb(rssFirst)} -> ${mb(rssLast)}`,
        unit: 'MiB',
        note: `${(rssLast / rssFirst).toFixed(2)}x; peak ${mb(Math.max(...rss))} MiB; ${health.counters.points.toLocaleString('en-US')} points stored`,
      },
      {
        name: 'load: push latency write->receipt median',
        value: p50,
        unit: 'ms',
        note: 'includes the writer 50 ms flush and the hub 50 ms batch',
      },
      {
        name: 'load: push latency write->receipt p99',
        value: p99,
        unit: 'ms',
        note: `${(p99 / Math.max(1, p50)).toFixed(1)}x the median`,
      },
      {
        name: 'load: points per client min / median / max',
        value: `${sorted[0]} / ${median} / ${sorted.at(-1)}`,
        unit: 'points',
        note: `min ${(sorted[0]! / Math.max(1, median)).toFixed(3)}x median; expected about ${Math.round(expectedPerClient)} each`,
      },
      {
        name: 'load: dropped pushes',
        value: health.counters.droppedPushes,
        unit: 'points',
        note: `damaged records ${health.counters.damagedRecords}`,
      },
    ];
  } finally {
    for (const s of sockets) s.close();
    stop(writer);
    stop(server);
    await new Promise((r) => setTimeout(r, 500));
    rmSync(logdir, { recursive: true, force: true });
  }
}
