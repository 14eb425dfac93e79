// A scalar logdir written by TensorFlow's own summary writer (test/bench/python/write_tf_scalar_logdir.py, run
// with the venv's Python), cached under test-artifacts/: generated once, resumed run by run if interrupted, and
// reused while its `generated.json` marker matches the size and layout asked for. TensorFlow writes run-000 and
// its event file is copied into every other run under a later TensorFlow-style file name (`--copy`): the bytes
// are TensorFlow's, every run holds the same points, and 1,000 runs take seconds (TensorFlow writing each run
// took 49 min for 1,000). TensorFlow stamps real wall times and host/pid file names, so two generations differ
// in bytes but not in shape (runs x tags x steps).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TfScalarLogdirSize {
  runs: number;
  tags: number;
  steps: number;
}

export interface TfScalarLogdir extends TfScalarLogdirSize {
  dir: string;
  /** Run names relative to dir (`run-000/train`, ...). */
  runNames: string[];
  tagNames: string[];
  points: number;
  bytes: number;
  files: number;
  /** Seconds spent writing it in this call (0 when reused). */
  writeSecs: number;
  /** How the runs were made: run-000 by TensorFlow, the others copies of its event file. */
  layout: string;
}

const LAYOUT = 'run-000 written by TensorFlow, its event file copied into every other run';

export function tfScalarLogdir(root: string, python: string, size: TfScalarLogdirSize): TfScalarLogdir {
  const { runs, tags, steps } = size;
  const base = join(root, 'test-artifacts', `bench-ingest-tf-${runs}x${tags}x${steps}`);
  const dir = join(base, 'logdir');
  const marker = join(base, 'generated.json');
  const wanted = JSON.stringify({ ...size, layout: LAYOUT });
  let writeSecs = 0;
  if (!(existsSync(marker) && readFileSync(marker, 'utf8') === wanted)) {
    const script = join(root, 'test', 'bench', 'python', 'write_tf_scalar_logdir.py');
    const args = [script, '--copy', dir, join(base, 'done'), String(runs), String(tags), String(steps)];
    const r = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0)
      throw new Error(
        `generating ${dir} with TensorFlow failed (exit ${r.status}): ${r.stderr.slice(-2000)}`,
      );
    writeSecs = (JSON.parse(r.stdout.trim().split('\n').pop()!) as { seconds: number }).seconds;
    writeFileSync(marker, wanted);
  }
  const runNames = Array.from({ length: runs }, (_, r) => `run-${String(r).padStart(3, '0')}/train`);
  let bytes = 0;
  let files = 0;
  for (const run of runNames)
    for (const f of readdirSync(join(dir, run))) {
      bytes += statSync(join(dir, run, f)).size;
      files++;
    }
  const tagNames = Array.from({ length: tags }, (_, t) => `loss_${String(t).padStart(2, '0')}`);
  return {
    ...size,
    dir,
    runNames,
    tagNames,
    points: runs * tags * steps,
    bytes,
    files,
    writeSecs,
    layout: LAYOUT,
  };
}
