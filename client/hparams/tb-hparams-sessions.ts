// The sessions TensorBoard's hparams routes serve (logs written with tf.summary's hparams API, Keras's hparams
// callback, PyTorch's add_hparams), as rows of our HParams table beside the run store's sessions. Pure.
// Invariants: a TensorBoard session that is one of ours (same id, or a run inside one of our sessions) is left
// out, so no session shows twice; metric columns are named `tag` (or `group/tag` for a sub-run's metric).
import type { TbHparamsSessionGroupsResponse } from '../../contract/index.ts';
import type { HparamsSession } from './hparams-table.ts';

const STATUS: Record<string, HparamsSession['status']> = {
  STATUS_SUCCESS: 'finished',
  STATUS_FAILURE: 'failed',
  STATUS_RUNNING: 'running',
};

/** TensorBoard's sessions not already among `ours` (session ids), labelled `tensorboard`. */
export function tbHparamsSessions(
  groups: TbHparamsSessionGroupsResponse,
  ours: readonly string[],
): HparamsSession[] {
  const mine = (name: string): boolean => ours.some((id) => name === id || name.startsWith(`${id}/`));
  const out: HparamsSession[] = [];
  for (const g of groups.sessionGroups ?? []) {
    for (const s of g.sessions ?? []) {
      if (mine(s.name)) continue;
      const finalMetrics: Record<string, number> = {};
      for (const m of s.metricValues ?? []) {
        const tag = m.name?.tag ?? '';
        const value = typeof m.value === 'number' ? m.value : Number(m.value);
        if (tag) finalMetrics[m.name?.group ? `${m.name.group}/${tag}` : tag] = value;
      }
      out.push({
        id: s.name,
        status: STATUS[s.status ?? ''] ?? 'unknown',
        hparams: { ...(g.hparams ?? {}) },
        finalMetrics,
        origin: 'tensorboard',
      });
    }
  }
  return out;
}
