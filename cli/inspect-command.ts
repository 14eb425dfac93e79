// `trainboard inspect --logdir DIR [--json]`: what TensorBoard's --inspect shows, and more: runs, tags by
// plugin, step ranges, counts, and every damaged record with file and byte offset.
import { existsSync, statSync } from 'node:fs';
import type { CommandIO } from './command.ts';
import { inspectLogdir, type RunReport } from './logdir-inspector.ts';
import { jsonPieces } from '../server/http/json-stream.ts';
import { parseFlags } from './parse-flags.ts';
import { UsageError } from './command.ts';

export const help = `usage: trainboard inspect --logdir DIR [--json]

Reads every event file under DIR and prints its runs (directories holding tfevents files), the tags of each
run grouped by plugin with step ranges and counts, and every damaged record with its file and byte offset.
  --logdir DIR   the log directory (as for TensorBoard)
  --json         print one JSON object: {"runs": {"<run>": {"scalars": {"<tag>": [[step, wall_time, value]]},
                 "histograms", "text", "graph", "keras_model", "hparams", "plugins", "damaged", ...}}}`;

function stepRange(steps: number[]): string {
  if (steps.length === 0) return 'no points';
  let lo = steps[0]!;
  let hi = lo;
  for (const s of steps) [lo, hi] = [Math.min(lo, s), Math.max(hi, s)];
  return `${steps.length} point${steps.length === 1 ? '' : 's'}, steps ${lo}..${hi}`;
}

function describeRun(name: string, r: RunReport): string[] {
  const lines = [`run ${name}`];
  for (const f of r.files) lines.push(`  file ${f.file} (${f.bytes} bytes, ${f.events} events)`);
  for (const [plugin, tags] of Object.entries(r.plugins).sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`  ${plugin}:`);
    for (const tag of tags) {
      const steps =
        r.scalars[tag]?.map((p) => p[0]) ?? r.histograms[tag] ?? r.text[tag]?.map((p) => p[0]) ?? undefined;
      lines.push(`    ${tag}${steps ? `  (${stepRange(steps)})` : ''}`);
    }
  }
  if (r.graph) lines.push('  graph: op graph (GraphDef)');
  if (r.keras_model) lines.push('  graph: Keras model (conceptual graph)');
  if (r.run_metadata.length) lines.push(`  run metadata: ${r.run_metadata.join(', ')}`);
  if (r.unknown_plugins.length) lines.push(`  unknown plugins (kept): ${r.unknown_plugins.join(', ')}`);
  for (const d of r.damaged) lines.push(`  DAMAGED ${d.reason} ${d.file} at byte ${d.offset}`);
  return lines;
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseFlags(args, {
    logdir: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const logdir = values.logdir;
  if (!logdir) throw new UsageError('--logdir DIR is required');
  if (!existsSync(logdir)) {
    io.stderr(`trainboard inspect: logdir not found: ${logdir}`);
    return 1;
  }
  if (!statSync(logdir).isDirectory()) {
    io.stderr(`trainboard inspect: not a directory: ${logdir}`);
    return 1;
  }
  const report = inspectLogdir(logdir);
  if (values.json) {
    // jsonPieces prints int64 steps beyond 2^53 exactly and keeps -0.0, where JSON.stringify rounds them
    io.stdout([...jsonPieces(report, (_key, value) => value)].join(''));
    return 0;
  }
  const names = Object.keys(report.runs);
  if (names.length === 0) io.stdout(`no runs under ${logdir} (no files whose names contain "tfevents")`);
  for (const name of names) io.stdout(describeRun(name, report.runs[name]!).join('\n'));
  for (const e of report.errors) io.stderr(`cannot read ${e.dir}: ${e.message}`);
  const damaged = names.reduce((n, name) => n + report.runs[name]!.damaged.length, 0);
  io.stdout(
    `${names.length} run${names.length === 1 ? '' : 's'}, ${damaged} damaged record${damaged === 1 ? '' : 's'}`,
  );
  return Promise.resolve(0);
}
