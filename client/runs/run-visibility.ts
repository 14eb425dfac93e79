// Which runs are drawn: not switched off by the user, matching the run regex (on run or session name), and,
// when a metric filter is set, belonging to a session whose final metrics pass it. Pure. Invariant: a bad regex
// or filter never hides everything silently: it is ignored and its error returned for display.
import type { SessionSummary } from '../../contract/index.ts';
import type { Settings } from '../state/url-state.ts';
import { compileFilter } from '../state/url-state.ts';
import { evaluateMetricFilter, parseMetricFilter, type MetricExpr } from './metric-filter.ts';

export interface RunVisibility {
  /** Runs passing the regex and metric filters (whether or not switched off). */
  matching: string[];
  /** Matching runs not switched off: what charts draw. */
  visible: string[];
  regexError: string | null;
  metricError: string | null;
}

/** Metrics a filter can test: final metrics, with `best_` prefixed best metrics. */
export function sessionMetrics(s: SessionSummary | undefined): Record<string, number> {
  if (!s) return {};
  const out: Record<string, number> = { ...s.finalMetrics };
  for (const [k, v] of Object.entries(s.bestMetrics)) out[`best_${k}`] = v;
  return out;
}

export function computeVisibility(
  runs: readonly { run: string; session: string }[],
  sessions: readonly SessionSummary[],
  settings: Pick<Settings, 'runFilter' | 'metricFilter' | 'hidden'>,
): RunVisibility {
  const re = compileFilter(settings.runFilter);
  let expr: MetricExpr | null = null;
  let metricError: string | null = null;
  try {
    expr = parseMetricFilter(settings.metricFilter);
  } catch (err) {
    metricError = err instanceof Error ? err.message : String(err);
  }
  // one pass over the runs; the sessions are indexed only for a metric filter (this runs on every keystroke)
  const byId = expr ? new Map(sessions.map((s) => [s.id, s])) : null;
  const test = re && !(re instanceof Error) ? re : null;
  const hidden = settings.hidden.length ? new Set(settings.hidden) : null;
  const matching: string[] = [];
  const visible: string[] = [];
  for (const r of runs) {
    if (test && !test.test(r.run)) continue;
    if (expr && byId && !evaluateMetricFilter(expr, sessionMetrics(byId.get(r.session)))) continue;
    matching.push(r.run);
    if (!hidden?.has(r.run)) visible.push(r.run);
  }
  return {
    matching,
    visible,
    regexError: re instanceof Error ? re.message : null,
    metricError,
  };
}
