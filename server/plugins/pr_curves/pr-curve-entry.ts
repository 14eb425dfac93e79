// One step of a PR curve as TensorBoard's _make_pr_entry shapes it: thresholds linspace(0, 1, n), counts
// truncated to integers, and the tail where TP + FP = 0 (precision undefined) trimmed from every array, keeping
// at least the first threshold. Invariant: a tensor that is not [6, n] numbers is an entry with empty arrays,
// never a throw, so one bad point cannot break a run's response.
import type { TbPrCurveEntry } from '../../../contract/index.ts';
import { tensorNumbers, tensorShape } from '../../../tfevents/tensor-values.ts';
import type { RunView } from '../../store/data-provider.ts';

export type PrCurveEntry = TbPrCurveEntry & { precision: number[]; recall: number[] };

// Row order of the stored tensor (tensorboard/plugins/pr_curve/metadata.py).
const TP = 0;
const FP = 1;
const TN = 2;
const FN = 3;
const PRECISION = 4;
const RECALL = 5;
const ROWS = 6;

/** numpy.linspace(0, 1, n): i * (1 / (n - 1)), the last exactly 1. */
export function linspace01(n: number): number[] {
  if (n === 1) return [0];
  const step = 1 / (n - 1);
  const out = Array.from({ length: n }, (_, i) => i * step);
  if (n > 1) out[n - 1] = 1;
  return out;
}

export function prCurveEntry(
  step: number,
  wallTime: number,
  shape: readonly number[],
  data: Float64Array,
): PrCurveEntry {
  const n = shape.length === 2 && shape[0] === ROWS && data.length === ROWS * (shape[1] ?? 0) ? shape[1]! : 0;
  const row = (r: number): Float64Array => data.subarray(r * n, (r + 1) * n);
  const counts = (r: number): number[] => Array.from(row(r), (v) => Math.trunc(v));
  const tp = counts(TP);
  const fp = counts(FP);
  let end = n - 1;
  while (end > 0 && tp[end]! + fp[end]! === 0) end--;
  end = Math.max(0, end + 1);
  return {
    wall_time: wallTime,
    step,
    precision: Array.from(row(PRECISION).subarray(0, end)),
    recall: Array.from(row(RECALL).subarray(0, end)),
    true_positives: tp.slice(0, end),
    false_positives: fp.slice(0, end),
    true_negatives: counts(TN).slice(0, end),
    false_negatives: counts(FN).slice(0, end),
    thresholds: linspace01(n).slice(0, end),
  };
}

const EMPTY = new Float64Array(0);

/** Every stored step of a run's PR curve tag, in file order. */
export function readPrCurves(run: RunView, tag: string): PrCurveEntry[] {
  return (run.tensors('pr_curves', tag)?.points() ?? []).map((p) =>
    prCurveEntry(p.step, p.wallTime, tensorShape(p.value), tensorNumbers(p.value) ?? EMPTY),
  );
}
