// What real TensorBoard's Python loader (plugin_event_accumulator.EventAccumulator, its default loader, keeping
// every point) reads from a logdir: each run's scalar points in its reservoir order, as [wall, step, value]
// (NaN and the infinities spelled as TensorBoard's JSON spells them). Runs test/compat/python/read_with_tensorboard.py.
import { existsSync } from 'node:fs';
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/shared-fixtures.ts';

export const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');

/** A skip reason when the venv lacks the modules, false when they import (CI=true turns a skip into a failure). */
export function pythonSkip(modules: readonly string[]): string | false {
  const ok =
    existsSync(python) &&
    spawnSync(python, ['-c', modules.map((m) => `import ${m}`).join('; ')], { stdio: 'ignore' }).status === 0;
  if (ok) return false;
  const why = `no Python with ${modules.join(', ')} at ${python} (run: bash scripts/setup-python.sh)`;
  if (process.env.CI === 'true') throw new Error(why);
  return why;
}

export type TbPoint = [number, number, number | string];

interface PyReport {
  runs: Record<
    string,
    {
      tags: Record<
        string,
        { plugin: string; points: { step: number; wall_time: number; value: number | string }[] }
      >;
    }
  >;
}

/**
 * Every scalar tag of every run as TensorBoard's EventAccumulator holds it. Asynchronous, so that a server in
 * the same process keeps answering (and its keep-alive sockets stay usable) while Python reads.
 */
export async function tensorBoardScalars(logdir: string): Promise<Record<string, Record<string, TbPoint[]>>> {
  const script = join(repoRoot, 'test', 'compat', 'python', 'read_with_tensorboard.py');
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(python, [script, logdir], { encoding: 'utf8', maxBuffer: 64 << 20 }, (err, out, stderr) => {
      if (err) reject(new Error(`read_with_tensorboard.py ${logdir}: ${err.message}: ${stderr}`));
      else resolve(out);
    });
  });
  const report = JSON.parse(stdout) as PyReport;
  const out: Record<string, Record<string, TbPoint[]>> = {};
  for (const [run, { tags }] of Object.entries(report.runs)) {
    const scalars: Record<string, TbPoint[]> = {};
    for (const [tag, t] of Object.entries(tags))
      if (t.plugin === 'scalars') scalars[tag] = t.points.map((p) => [p.wall_time, p.step, p.value]);
    out[run] = scalars;
  }
  return out;
}

/** Runs the venv's Python on a writer script under test/compat/python with its arguments. */
export function runPythonWriter(script: string, args: readonly string[]): void {
  const path = join(repoRoot, 'test', 'compat', 'python', script);
  const r = spawnSync(python, [path, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
}
