// Ingest at scale (issue 13): a logdir written by TensorFlow's own writer (100 runs x 10 tags x 10,000 steps =
// 10M scalar points; TRAINBOARD_BENCH_INGEST_100M=1 for 1,000 runs = 100M points), generated once into
// test-artifacts/ and reused (TensorFlow writes run-000, whose event file is copied into the other runs: see
// ingest/tf-scalar-logdir.ts), served
// by trainboard and by TensorBoard 2.21 with its Rust data server (--load_fast=true, full resolution), one at a
// time, in the same run. For each: seconds until the first chart is served, until every file is read (last point
// of every run served), until every point is served, and peak RSS of the process tree; plus the Rust data
// server's own load-cycle time run alone (--reload once) and TensorBoard's Python loader on a sample of runs,
// scaled to the logdir. Results are ratios against the Rust data server. TRAINBOARD_BENCH_INGEST_SERVERS picks
// servers (trainboard,trainboard-restart,trainboard-restart-v8heap,trainboard-1core,trainboard-memory,tb-rust,
// rust-alone,tb-python; trainboard-restart is trainboard started again on the column cache trainboard left, so it
// needs trainboard too, and trainboard-restart-v8heap is that restart with --heap-growth 0: V8's own heap sizing,
// the anchor of the --heap-growth cap; trainboard-restart-checked, not run by default, restarts with columns.bin
// touched first: every block read back; trainboard-restart-no-spare, not run by default, is trainboard-restart with
// TRAINBOARD_CACHE_SPARE_SLABS=0: evicted decoded-block slabs dropped, not reused, the anchor of their reuse;
// trainboard-1core is trainboard with --decode-workers 0, trainboard-memory is trainboard with --cache-dir none:
// every point in memory); TRAINBOARD_BENCH_TIMEOUT caps each load (seconds, default 1800). trainboard keeps its column cache in a
// fresh temporary directory per server, whose size on disk is measured once every point is served. trainboard
// runs compiled, as the installed package runs (dist/, built from the sources first; TRAINBOARD_COMPILED=1), not
// through the tsx loader a source checkout uses: the loader compiles every module at start-up in the server
// and in each decode worker (about 2 CPU-seconds of a 10M read); TRAINBOARD_BENCH_SOURCE=1 measures the sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext, BenchResult } from './bench-types.ts';
import { rustDataServerBinary, rustLoadOnce } from './ingest/rust-data-server.ts';
import { probeServer, type ServeFigures } from './ingest/serve-probe.ts';
import { tfScalarLogdir } from './ingest/tf-scalar-logdir.ts';

const MIB = 2 ** 20;

/** Bytes of the files under `dir` (du's apparent size). */
function duBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

export default async function ingestScale(ctx: BenchContext): Promise<BenchResult[]> {
  const python = process.env.TRAINBOARD_PYTHON ?? join(ctx.root, '.venv', 'bin', 'python');
  if (!existsSync(python)) throw new Error(`no Python at ${python}: run bash scripts/setup-python.sh`);
  const big = process.env.TRAINBOARD_BENCH_INGEST_100M === '1';
  const size = { runs: big ? 1000 : 100, tags: 10, steps: 10_000 };
  const logdir = tfScalarLogdir(ctx.root, python, size);
  const timeout = Number(process.env.TRAINBOARD_BENCH_TIMEOUT ?? 1800);
  const chosen = (
    process.env.TRAINBOARD_BENCH_INGEST_SERVERS ??
    'trainboard,trainboard-restart,trainboard-restart-v8heap,trainboard-1core,trainboard-memory,tb-rust,rust-alone,tb-python'
  ).split(',');
  ctx.log(
    `logdir ${logdir.dir}: ${logdir.points} points, ${(logdir.bytes / 1e6).toFixed(0)} MB in ${logdir.files} files, ${logdir.layout} (${logdir.writeSecs ? `generated in ${logdir.writeSecs.toFixed(0)} s` : 'reused'})`,
  );
  const out: BenchResult[] = [
    {
      name: 'logdir (TensorFlow tf.summary.scalar)',
      value: `${logdir.points} points, ${(logdir.bytes / 1e6).toFixed(0)} MB`,
      unit: '',
      note: `${size.runs} runs x ${size.tags} tags x ${size.steps} steps; ${logdir.layout}`,
    },
  ];
  const tensorboard = join(ctx.root, '.venv', 'bin', 'tensorboard');
  const cacheRoot = mkdtempSync(join(tmpdir(), 'tb-bench-cache-'));
  const cacheDirs = new Map<string, string>();
  const cacheDirOf = (name: string): string => {
    if (!cacheDirs.has(name)) cacheDirs.set(name, join(cacheRoot, name));
    return cacheDirs.get(name)!;
  };
  const compiled = process.env.TRAINBOARD_BENCH_SOURCE !== '1';
  if (compiled && chosen.some((s) => s.startsWith('trainboard'))) {
    const build = spawnSync(process.execPath, [join(ctx.root, 'scripts', 'build-package.mjs')], {
      cwd: ctx.root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`the package build failed:\n${build.stderr}`);
    ctx.log(
      'trainboard runs compiled (dist/ built from the sources; TRAINBOARD_BENCH_SOURCE=1: through tsx)',
    );
  }
  const trainboard =
    (name: string, extra: string[]) =>
    (port: number): [string, string[]] => [
      compiled ? '/usr/bin/env' : process.execPath,
      [
        ...(compiled ? ['TRAINBOARD_COMPILED=1', process.execPath] : []),
        join(ctx.root, 'bin', 'trainboard.js'),
        'serve',
        '--logdir',
        logdir.dir,
        '--port',
        String(port),
        ...(extra.includes('none') ? [] : ['--cache-dir', cacheDirOf(name)]),
        ...extra,
      ],
    ];
  const servers: [string, (port: number) => [string, string[]]][] = [
    ['trainboard', trainboard('trainboard', [])],
    // the same again with columns.bin touched first: its stamp no longer matches, so every block is read back
    // and checked (the restart before persisted min/max buckets; its checkpoint stamps the cache again)
    [
      'trainboard-restart-checked',
      (port) => {
        const columns = join(cacheDirOf('trainboard'), 'columns.bin');
        if (existsSync(columns)) utimesSync(columns, new Date(), new Date());
        return trainboard('trainboard', [])(port);
      },
    ],
    // the same server again on the cache the first one left: it resumes every run instead of reading its files
    ['trainboard-restart', trainboard('trainboard', [])],
    // the restart with evicted slabs dropped instead of reused (the anchor of their reuse)
    [
      'trainboard-restart-no-spare',
      (port) => {
        const [node, args] = trainboard('trainboard', [])(port);
        return ['/usr/bin/env', ['TRAINBOARD_CACHE_SPARE_SLABS=0', node, ...args]];
      },
    ],
    // and once more with V8's own heap sizing (no --heap-growth cap): the anchor of that cap's memory and time
    ['trainboard-restart-v8heap', trainboard('trainboard', ['--heap-growth', '0'])],
    ['trainboard-1core', trainboard('trainboard-1core', ['--decode-workers', '0'])],
    ['trainboard-memory', trainboard('trainboard-memory', ['--cache-dir', 'none'])],
    [
      'tb-rust',
      (port) => [
        tensorboard,
        [
          '--logdir',
          logdir.dir,
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
          '--load_fast=true',
          '--samples_per_plugin=scalars=1000000000',
          '--reload_interval=5',
        ],
      ],
    ],
  ];
  const figures = new Map<string, ServeFigures>();
  const cacheBytes = new Map<string, number>();
  try {
    for (const [name, command] of servers) {
      if (!chosen.includes(name)) continue;
      const f = await probeServer(command, logdir, timeout, () => {
        const dir = cacheDirs.get(name);
        if (dir) cacheBytes.set(name, duBytes(dir));
      });
      ctx.log(
        `${name}: first chart ${f.firstChartSecs.toFixed(2)} s, every file read ${f.allReadSecs.toFixed(2)} s, every point served ${f.allServedSecs.toFixed(2)} s, peak RSS ${(f.peakRssBytes / MIB).toFixed(0)} MiB${cacheBytes.has(name) ? `, cache ${(cacheBytes.get(name)! / MIB).toFixed(0)} MiB on disk` : ''}`,
      );
      figures.set(name, f);
    }
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
  const anchor = figures.get('tb-rust');
  const ratio = (x: number, a: number | undefined, unit: string): string | undefined =>
    a === undefined
      ? undefined
      : `${(x / a).toFixed(2)}x TensorBoard Rust data server (${a.toFixed(2)} ${unit})`;
  for (const [name, f] of figures) {
    const rows: [string, number, number | undefined, string][] = [
      ['seconds until the first chart is served', f.firstChartSecs, anchor?.firstChartSecs, 's'],
      [
        'seconds until every file is read (last point of every run served)',
        f.allReadSecs,
        anchor?.allReadSecs,
        's',
      ],
      ['seconds until every point is served', f.allServedSecs, anchor?.allServedSecs, 's'],
      [
        'peak RSS (process tree)',
        f.peakRssBytes / MIB,
        anchor ? anchor.peakRssBytes / MIB : undefined,
        'MiB',
      ],
    ];
    rows.push([
      'peak RSS per point',
      f.peakRssBytes / logdir.points,
      anchor ? anchor.peakRssBytes / logdir.points : undefined,
      'bytes',
    ]);
    const onDisk = cacheBytes.get(name);
    if (onDisk !== undefined)
      rows.push(['column cache on disk per point', onDisk / logdir.points, undefined, 'bytes']);
    for (const [what, value, a, unit] of rows) {
      const note = name === 'tb-rust' ? undefined : ratio(value, a, unit);
      out.push({
        name: `${name}: ${what}`,
        value: Number(value.toFixed(unit === 's' || unit === 'bytes' ? 2 : 0)),
        unit,
        ...(note ? { note } : {}),
      });
    }
  }

  const firstRead = figures.get('trainboard');
  const restarted = figures.get('trainboard-restart');
  const checked = figures.get('trainboard-restart-checked');
  if (firstRead && checked)
    out.push({
      name: 'trainboard-restart-checked: every file read, restarted reading back every cached block vs a first read',
      value: Number((checked.allReadSecs / firstRead.allReadSecs).toFixed(3)),
      unit: 'x',
      note: `${checked.allReadSecs.toFixed(2)} s vs ${firstRead.allReadSecs.toFixed(2)} s`,
    });
  if (firstRead && restarted)
    out.push({
      name: 'trainboard-restart: every file read, restarted on the column cache vs a first read',
      value: Number((restarted.allReadSecs / firstRead.allReadSecs).toFixed(3)),
      unit: 'x',
      note: `${restarted.allReadSecs.toFixed(2)} s vs ${firstRead.allReadSecs.toFixed(2)} s`,
    });

  const noSpare = figures.get('trainboard-restart-no-spare');
  if (restarted && noSpare)
    out.push(
      {
        name: 'trainboard-restart: peak RSS with evicted slabs reused vs dropped (TRAINBOARD_CACHE_SPARE_SLABS=0)',
        value: Number((restarted.peakRssBytes / noSpare.peakRssBytes).toFixed(3)),
        unit: 'x',
        note: `${(restarted.peakRssBytes / MIB).toFixed(0)} MiB vs ${(noSpare.peakRssBytes / MIB).toFixed(0)} MiB`,
      },
      {
        name: 'trainboard-restart: every point served with evicted slabs reused vs dropped',
        value: Number((restarted.allServedSecs / noSpare.allServedSecs).toFixed(3)),
        unit: 'x',
        note: `${restarted.allServedSecs.toFixed(2)} s vs ${noSpare.allServedSecs.toFixed(2)} s`,
      },
    );

  const v8heap = figures.get('trainboard-restart-v8heap');
  if (restarted && v8heap)
    out.push(
      {
        name: 'trainboard-restart: peak RSS with --heap-growth 50 (the default) vs V8 own heap sizing',
        value: Number((restarted.peakRssBytes / v8heap.peakRssBytes).toFixed(3)),
        unit: 'x',
        note: `${(restarted.peakRssBytes / MIB).toFixed(0)} MiB vs ${(v8heap.peakRssBytes / MIB).toFixed(0)} MiB`,
      },
      {
        name: 'trainboard-restart: every point served with --heap-growth 50 vs V8 own heap sizing',
        value: Number((restarted.allServedSecs / v8heap.allServedSecs).toFixed(3)),
        unit: 'x',
        note: `${restarted.allServedSecs.toFixed(2)} s vs ${v8heap.allServedSecs.toFixed(2)} s`,
      },
    );

  const rustBin = chosen.includes('rust-alone') ? rustDataServerBinary(python) : undefined;
  if (rustBin) {
    const r = await rustLoadOnce(rustBin, logdir.dir, timeout);
    const ours = figures.get('trainboard');
    out.push({
      name: 'anchor: Rust data server alone, its own load cycle (--reload once)',
      value: Number(r.loadSecs.toFixed(2)),
      unit: 's',
      note: `peak RSS ${(r.peakRssBytes / MIB).toFixed(0)} MiB${ours ? `; trainboard every file read = ${(ours.allReadSecs / r.loadSecs).toFixed(2)}x` : ''}`,
    });
  }

  if (chosen.includes('tb-python')) {
    const sample = logdir.runNames.slice(0, 2).map((r) => join(logdir.dir, r));
    const script = join(ctx.root, 'test', 'bench', 'python', 'tensorboard_load_rate.py');
    const r = spawnSync(python, [script, ...sample], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`Python loader anchor failed: ${r.stderr.slice(-2000)}`);
    const { seconds } = JSON.parse(r.stdout) as { seconds: number };
    const scaled = (seconds / sample.length) * size.runs;
    const ours = figures.get('trainboard');
    out.push({
      name: `anchor: TensorBoard Python loader, ${sample.length} runs, scaled to ${size.runs}`,
      value: Number(scaled.toFixed(1)),
      unit: 's',
      note: `one core, default reservoirs${ours ? `; trainboard every file read = ${(ours.allReadSecs / scaled).toFixed(3)}x` : ''}`,
    });
  }
  return out;
}
