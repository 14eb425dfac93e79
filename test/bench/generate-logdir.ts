// Generates a logdir of scalar runs with our writer, for benchmarks (and any test that needs a big, realistic
// logdir). Deterministic: the same options give byte-identical files (fixed clock, host and pid in the names),
// so a finished logdir can be cached and reused; a `generated.json` marker is written last, and a directory
// without it (an interrupted run) is regenerated.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { eventFileName } from '../../tfevents/event-file-name.ts';
import { createEventFileWriter } from '../../tfevents/event-file-writer.ts';
import { scalarValue } from '../../tfevents/summaries/scalar-summary.ts';

export interface ScalarLogdirOptions {
  runs: number;
  tagsPerRun: number;
  stepsPerTag: number;
  /** Wall time of step 0, in seconds; default 1795000000. Each step adds 0.01 s. */
  startSecs?: number;
}

export interface GeneratedLogdir {
  dir: string;
  /** Run names relative to dir, e.g. `run-000/train`. */
  runs: string[];
  files: string[];
  /** Scalar events (file-version events not counted). */
  events: number;
  bytes: number;
  /** True when the files were written by this call (false: reused from an earlier call). */
  generated: boolean;
  /** Seconds spent writing (0 when reused). */
  writeSecs: number;
}

const MARKER = 'generated.json';
const FLUSH_BYTES = 4 << 20;

/**
 * Writes `runs` runs (`run-000/train`, ...) of `tagsPerRun` scalar tags (`loss_00`, ...) over `stepsPerTag`
 * steps each, in training order (for each step, every tag). Reuses `dir` when it already holds exactly this.
 */
export function generateScalarLogdir(dir: string, opts: ScalarLogdirOptions): GeneratedLogdir {
  const { runs, tagsPerRun, stepsPerTag } = opts;
  const startSecs = opts.startSecs ?? 1795000000;
  for (const [k, v] of Object.entries({ runs, tagsPerRun, stepsPerTag })) {
    if (!Number.isSafeInteger(v) || v < 1)
      throw new RangeError(`generateScalarLogdir: ${k} must be a positive integer, got ${v}`);
  }
  const runNames = Array.from({ length: runs }, (_, r) => `run-${String(r).padStart(3, '0')}/train`);
  const files = runNames.map((run, r) =>
    join(dir, run, eventFileName({ wallSecs: startSecs, host: 'bench', pid: 1, counter: r })),
  );
  const events = runs * tagsPerRun * stepsPerTag;
  const wanted = JSON.stringify({ runs, tagsPerRun, stepsPerTag, startSecs, files: files.length, events });
  const marker = join(dir, MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted && files.every((f) => existsSync(f))) {
    const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
    return { dir, runs: runNames, files, events, bytes, generated: false, writeSecs: 0 };
  }
  rmSync(dir, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  const tags = Array.from({ length: tagsPerRun }, (_, t) => `loss_${String(t).padStart(2, '0')}`);
  files.forEach((file, r) => {
    mkdirSync(join(dir, runNames[r]!), { recursive: true });
    const fd = openSync(file, 'w');
    let buf: Uint8Array[] = [];
    let pending = 0;
    const drain = (): void => {
      const all = Buffer.concat(buf, pending);
      let done = 0;
      while (done < all.length) done += writeSync(fd, all, done);
      bytes += all.length;
      buf = [];
      pending = 0;
    };
    let now = startSecs;
    const writer = createEventFileWriter({
      sink: {
        append(record) {
          buf.push(record);
          pending += record.length;
          if (pending >= FLUSH_BYTES) drain();
        },
      },
      now: () => now,
    });
    for (let step = 0; step < stepsPerTag; step++) {
      now = startSecs + step * 0.01;
      for (let t = 0; t < tagsPerRun; t++) {
        const value = Math.exp(-step / stepsPerTag) * (1 + t / 10) + 0.01 * Math.sin(step * 0.7 + r);
        writer.writeSummary(step, [scalarValue(tags[t]!, value)], now);
      }
    }
    drain();
    closeSync(fd);
  });
  const writeSecs = Number(process.hrtime.bigint() - t0) / 1e9;
  writeFileSync(marker, wanted);
  return { dir, runs: runNames, files, events, bytes, generated: true, writeSecs };
}
