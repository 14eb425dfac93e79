// A logdir whose every user-visible string is hostile HTML, for the HTML-safety tests: the run name, scalar
// tags, a text summary, hparams names and values, and Keras layer names each try to run script
// (`window.__pwned = N`) or add an element; each also carries a marker word the tests look for.
import { join } from 'node:path';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';

export const HOSTILE_RUN = '<img src=x onerror=window.__pwned=1>';
export const HOSTILE_TAG = '<script>window.__pwned=2</script>';
export const HOSTILE_HPARAM = '<b onmouseover=window.__pwned=3>opt</b>';
export const HOSTILE_HPARAM_VALUE = '<img src=x onerror=window.__pwned=4>';
export const HOSTILE_LAYER = '<img src=x onerror=window.__pwned=5>';
export const HOSTILE_TEXT =
  '<script>window.__pwned = 6</script>\n\nInline <img src=x onerror="window.__pwned = 7"> **bold**';

export function writeHostileLogdir(logdir: string): void {
  const root = createSummaryWriter(join(logdir, 'sweep'), { flushMs: 0 });
  root.hparamsExperiment({
    hparams: [{ name: HOSTILE_HPARAM, domain: { values: [HOSTILE_HPARAM_VALUE, 'sgd'] } }],
    metrics: [{ tag: 'loss', displayName: '<i>loss</i>' }],
  });
  root.close();
  const w = createSummaryWriter(join(logdir, 'sweep', HOSTILE_RUN), { flushMs: 0 });
  w.sessionStart({ [HOSTILE_HPARAM]: HOSTILE_HPARAM_VALUE });
  for (let step = 0; step < 5; step++) {
    w.scalar('loss', 1 / (step + 1), step);
    w.scalar(HOSTILE_TAG, step, step);
  }
  w.text('notes', HOSTILE_TEXT, 1);
  w.kerasModel(
    JSON.stringify({
      class_name: 'Sequential',
      config: {
        name: '<svg onload=window.__pwned=8>',
        layers: [
          {
            class_name: 'Dense',
            config: { name: HOSTILE_LAYER, units: 2, dtype: 'float32', batch_input_shape: [null, 3] },
          },
        ],
      },
    }),
  );
  w.sessionEnd('success');
  w.close();
}
