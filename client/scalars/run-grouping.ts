// Aggregates several runs' series into one group line: mean per step with min/max or mean ± standard
// deviation, over the runs that have a point at that step. Also assigns runs to groups by regex or hparam. Pure.
// Invariants: output steps are the sorted union of input steps; non-finite values are left out of a step's
// statistics; a step where no run has a finite value is omitted.

export interface GroupSeries {
  steps: number[];
  mean: number[];
  low: number[];
  high: number[];
  /** Runs contributing to each step. */
  count: number[];
}

export function aggregateSeries(
  series: readonly { steps: readonly number[]; values: readonly number[] }[],
  band: 'minmax' | 'std',
): GroupSeries {
  const byStep = new Map<number, number[]>();
  for (const s of series) {
    for (let i = 0; i < s.steps.length; i++) {
      const v = s.values[i] as number;
      if (!Number.isFinite(v)) continue;
      const step = s.steps[i] as number;
      let list = byStep.get(step);
      if (!list) byStep.set(step, (list = []));
      list.push(v);
    }
  }
  const out: GroupSeries = { steps: [], mean: [], low: [], high: [], count: [] };
  for (const step of [...byStep.keys()].sort((a, b) => a - b)) {
    const vs = byStep.get(step) as number[];
    const mean = vs.reduce((a, v) => a + v, 0) / vs.length;
    let low: number;
    let high: number;
    if (band === 'minmax') {
      low = Math.min(...vs);
      high = Math.max(...vs);
    } else {
      const sd = Math.sqrt(vs.reduce((a, v) => a + (v - mean) ** 2, 0) / vs.length);
      low = mean - sd;
      high = mean + sd;
    }
    out.steps.push(step);
    out.mean.push(mean);
    out.low.push(low);
    out.high.push(high);
    out.count.push(vs.length);
  }
  return out;
}

/** The group name of a run: the regex's first capture group (or whole match); runs that do not match are
 *  their own group. */
export function groupByRegex(
  run: string,
  re: { exec(text: string): readonly (string | undefined)[] | null },
): string {
  const m = re.exec(run);
  if (!m) return run;
  return m[1] ?? m[0] ?? run;
}

/** The group name of a run by one hparam value of its session. */
export function groupByHparam(
  hparams: Readonly<Record<string, number | string | boolean>> | undefined,
  name: string,
  role: string,
): string {
  const v = hparams?.[name];
  return `${name}=${v === undefined ? '(none)' : String(v)}${role ? ` · ${role}` : ''}`;
}
