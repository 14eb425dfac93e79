// ../shared/fixtures/golden.json (what real TensorBoard's EventAccumulator read from each fixture run) and the
// two views of it the compatibility tests compare against: scalars per tag and tags per plugin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from './shared-fixtures.ts';

export interface GoldenRun {
  graph: boolean;
  plugins: Record<string, string[]>;
  scalars: Record<string, [number, number, number][]>;
  histograms: Record<string, unknown[]>;
  tensors: Record<string, { plugin: string; values: [number, number, unknown][] }>;
}

export const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden.json'), 'utf8')) as Record<
  string,
  GoldenRun
>;

/** The golden scalars of a run: legacy simple_value tags and rank-0 tensors of plugin `scalars`. */
export function goldenScalars(g: GoldenRun): Record<string, [number, number, number][]> {
  const out: Record<string, [number, number, number][]> = { ...g.scalars };
  for (const [tag, t] of Object.entries(g.tensors)) {
    if (t.plugin === 'scalars')
      out[tag] = t.values.map(([step, wall, v]) => [step, wall, (v as number[])[0]!]);
  }
  return out;
}

/** Tags per plugin as TensorBoard decides them: golden's plugin listing plus its legacy scalars/histograms. */
export function goldenTagsByPlugin(g: GoldenRun): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const [plugin, tags] of Object.entries(g.plugins)) out[plugin] = new Set(tags);
  for (const tag of Object.keys(g.scalars)) (out.scalars ??= new Set()).add(tag);
  for (const tag of Object.keys(g.histograms)) (out.histograms ??= new Set()).add(tag);
  return Object.fromEntries(Object.entries(out).map(([p, s]) => [p, [...s].sort()]));
}
