// Parse benchmark: decodes a large generated logdir of scalar events (written by our writer, cached under
// test-artifacts/) with the read side, and compares against anchors measured in the same run: the raw file read,
// real TensorBoard's Rust data server (its own "Finished load cycle" time, --reload once) and its Python loader
// (plugin_event_accumulator on two runs). Size: BENCH_PARSE_EVENTS (default 2,000,000; the figure is
// 10,000,000), as 20 runs x 10 tags x N steps.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createEventStreamReader } from '../../tfevents/event-stream-reader.ts';
import { createRunInterpreter } from '../../tfevents/event-interpreter.ts';
import { openFileByteSource } from '../../tfevents/node/file-byte-source.ts';
import { readRecord } from '../../tfevents/record-reader.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';
import { generateScalarLogdir, type GeneratedLogdir } from './generate-logdir.ts';

const RUNS = 20;
const TAGS = 10;
const BATCH = 4096;

interface Pass {
  seconds: number;
  events: number;
}

function time(fn: () => number): Pass {
  const t0 = process.hrtime.bigint();
  const events = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, events };
}

/** Framing and CRC only: readRecord over every file. */
function frameOnly(files: string[]): number {
  let n = 0;
  for (const file of files) {
    const src = openFileByteSource(file);
    for (let r = readRecord(src, 0); r.kind === 'record'; r = readRecord(src, r.next)) n++;
    src.close();
  }
  return n;
}

/** The reference path: decode every Event with protobufjs, then interpret it. Returns scalar samples. */
function fullDecode(files: string[]): number {
  let n = 0;
  for (const file of files) {
    const src = openFileByteSource(file);
    const reader = createEventStreamReader(src, file);
    const interp = createRunInterpreter();
    for (
      let batch = reader.readAvailable(BATCH);
      batch.events.length > 0;
      batch = reader.readAvailable(BATCH)
    ) {
      for (const { event } of batch.events)
        for (const s of interp.interpret(event)) if (s.kind === 'scalar') n++;
    }
    src.close();
  }
  return n;
}

/** What the server's tailers use: CRC-checked payloads through the interpreter's scalar fast path. */
function fastPath(files: string[]): number {
  let n = 0;
  for (const file of files) {
    const src = openFileByteSource(file);
    const reader = createEventStreamReader(src, file);
    const interp = createRunInterpreter();
    for (
      let batch = reader.readPayloads(BATCH);
      batch.records.length > 0;
      batch = reader.readPayloads(BATCH)
    ) {
      for (const { payload } of batch.records)
        for (const s of interp.interpretPayload(payload)) if (s.kind === 'scalar') n++;
    }
    src.close();
  }
  return n;
}

function durationSecs(text: string): number {
  const m = /^([\d.]+)(ns|µs|us|ms|s)$/.exec(text);
  if (!m) throw new Error(`cannot parse duration ${text}`);
  const scale = { ns: 1e-9, µs: 1e-6, us: 1e-6, ms: 1e-3, s: 1 }[m[2] as 'ns' | 'µs' | 'us' | 'ms' | 's'];
  return Number(m[1]) * scale;
}

/** Runs TensorBoard's Rust data server once over the logdir and returns its own load-cycle time. */
async function rustLoadSecs(server: string, logdir: string): Promise<number> {
  const child = spawn(
    server,
    ['--logdir', logdir, '--reload', 'once', '--host', '127.0.0.1', '--port', '0', '-v'],
    {
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  let log = '';
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Rust data server: no finished load within 10 min\n${log}`)),
        600_000,
      );
      child.stderr.on('data', (d: Buffer) => {
        log += d.toString();
        const m = /Finished load cycle \(([^)]+)\)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(durationSecs(m[1]!));
        }
      });
      child.on('exit', (code) => reject(new Error(`Rust data server exited ${code}\n${log}`)));
    });
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
  }
}

export default async function parseBench(ctx: BenchContext): Promise<BenchResult[]> {
  const wanted = Number(process.env.BENCH_PARSE_EVENTS ?? 2_000_000);
  const steps = Math.max(1, Math.ceil(wanted / (RUNS * TAGS)));
  const dir = join(ctx.root, 'test-artifacts', `bench-parse-${RUNS}x${TAGS}x${steps}`);
  ctx.log(`logdir ${dir} (${RUNS} runs x ${TAGS} tags x ${steps} steps)`);
  const logdir: GeneratedLogdir = generateScalarLogdir(dir, {
    runs: RUNS,
    tagsPerRun: TAGS,
    stepsPerTag: steps,
  });
  const mb = logdir.bytes / 1e6;
  const { events, files } = logdir;
  const out: BenchResult[] = [
    {
      name: 'logdir',
      value: `${events} scalar events, ${mb.toFixed(1)} MB, ${files.length} files`,
      unit: '',
    },
  ];
  if (logdir.generated) {
    out.push({
      name: 'write (our writer, generating it)',
      value: Math.round(events / logdir.writeSecs),
      unit: 'events/s',
    });
  }

  const read = time(() => files.reduce((a, f) => a + readFileSync(f).length, 0) && events);
  const rate = (p: Pass): number => p.events / p.seconds;
  const mbps = (p: Pass): string => `${(mb / p.seconds).toFixed(0)} MB/s`;
  out.push({
    name: 'anchor: raw file read (readFileSync)',
    value: Math.round(mb / read.seconds),
    unit: 'MB/s',
  });

  frameOnly(files.slice(0, 1)); // warm-up, so that the JIT does not bill the first pass
  fullDecode(files.slice(0, 1));
  fastPath(files.slice(0, 1));
  const passes: [string, Pass][] = [
    ['framing + CRC only (readRecord)', time(() => frameOnly(files))],
    ['full decode (readAvailable + interpret)', time(() => fullDecode(files))],
    ['fast path (readPayloads + interpretPayload)', time(() => fastPath(files))],
  ];
  for (const [name, p] of passes) {
    const expected = name.startsWith('framing') ? events + files.length : events;
    if (p.events !== expected) throw new Error(`${name}: read ${p.events} events, expected ${expected}`);
    out.push({
      name,
      value: Math.round(rate(p)),
      unit: 'events/s',
      note: `${mbps(p)}, ${p.seconds.toFixed(2)} s`,
    });
  }
  const fast = passes[2]![1];

  const python = process.env.TRAINBOARD_PYTHON ?? join(ctx.root, '.venv', 'bin', 'python');
  const server = join(
    dirname(python),
    '..',
    'lib',
    'python3.11',
    'site-packages',
    'tensorboard_data_server',
    'bin',
    'server',
  );
  const rustBin = existsSync(server)
    ? server
    : spawnSync(python, ['-c', 'import tensorboard_data_server as s; print(s.server_binary())'], {
        encoding: 'utf8',
      }).stdout?.trim();
  if (rustBin && existsSync(rustBin)) {
    const secs = await rustLoadSecs(rustBin, dir);
    out.push({
      name: 'anchor: TensorBoard Rust data server load (--reload once, multi-threaded)',
      value: Math.round(events / secs),
      unit: 'events/s',
      note: `${(mb / secs).toFixed(0)} MB/s, ${secs.toFixed(2)} s; our fast path = ${(rate(fast) / (events / secs)).toFixed(2)}x`,
    });
  } else ctx.log('Rust data server not found: skipped that anchor');

  if (existsSync(python)) {
    const sample = logdir.runs.slice(0, 2).map((r) => join(dir, r));
    const sampleEvents = (events / RUNS) * sample.length;
    const r = spawnSync(
      python,
      [join(ctx.root, 'test', 'bench', 'python', 'tensorboard_load_rate.py'), ...sample],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`Python loader anchor failed: ${r.stderr}`);
    const { seconds } = JSON.parse(r.stdout) as { seconds: number };
    const pyRate = sampleEvents / seconds;
    out.push({
      name: `anchor: TensorBoard Python loader (plugin_event_accumulator, ${sample.length} runs)`,
      value: Math.round(pyRate),
      unit: 'events/s',
      note: `${(((mb / RUNS) * sample.length) / seconds).toFixed(1)} MB/s; our fast path = ${(rate(fast) / pyRate).toFixed(1)}x, full decode = ${(rate(passes[1]![1]) / pyRate).toFixed(1)}x`,
    });
  } else ctx.log(`no Python at ${python}: skipped the Python loader anchor`);
  return out;
}
