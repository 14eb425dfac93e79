// Integral floats and non-ASCII names come out of every /data answer as TensorBoard 2.21 prints them, compared as
// RAW BYTES: TensorBoard's json.dumps prints a float that happens to be integral as `1.0`, `-0.0`, `1e+20`
// (JavaScript: `1`, `0`, `100000000000000000000`) and escapes every non-ASCII character as `\uXXXX` (ensure_ascii,
// surrogate pairs for an emoji), where we sent UTF-8. Both sides parse to the same values, so the JSON.parse-based
// replays cannot see either. Logs from PyTorch's SummaryWriter (runs `café`, `日本`, `run 😀`; values 1.0, 0.0,
// -0.0, 1e20 (float32: 1.0000000200408773e+20); wall times 1700000000.0; histograms with integral edges and counts), against real TensorBoard
// (--load_fast=false). TensorBoard's text is compacted (json.dumps' `, ` and `: `); ours is taken as sent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactJson } from './compact-json.ts';
import { pythonSkip } from './tensorboard-oracle.ts';
import { answer, logsOnBothServers, type Probe } from './logs-on-both-servers.ts';

const skip = pythonSkip(['tensorboard', 'torch']);

interface Written {
  runs: string[];
  scalar_tags: string[];
  histogram_tags: string[];
  image_tags: string[];
  audio_tags: string[];
  text_tags: string[];
}

const both = logsOnBothServers<Written>({
  skip,
  prefix: 'trainboard-float-spelling-',
  script: 'write_float_spelling.py',
  runCount: (w) => w.runs.length,
});

/** A session group's `hparams` members in name order: TensorBoard prints that protobuf map in its hash order,
 *  which differs from one TensorBoard process to the next (not deterministic JSON; no name here holds `,"`). */
function sortedHparams(compact: string): string {
  return compact.replace(
    /"hparams":\{([^{}]*)\}/g,
    (_m, members: string) =>
      `"hparams":{${members
        .split(/,(?=")/)
        .sort()
        .join(',')}}`,
  );
}

function probes(): Probe[] {
  const q = (run: string, tag: string): string =>
    `run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`;
  const tags = ['scalars', 'histograms', 'distributions', 'images', 'audio', 'text'].map((p) => ({
    path: `/data/plugin/${p}/tags`,
  }));
  const perRun = both.written.runs.flatMap((run) => [
    { path: `/data/plugin/scalars/scalars?${q(run, both.written.scalar_tags[0]!)}` },
    { path: `/data/plugin/histograms/histograms?${q(run, both.written.histogram_tags[0]!)}` },
    { path: `/data/plugin/distributions/distributions?${q(run, both.written.histogram_tags[0]!)}` },
    { path: `/data/plugin/images/images?${q(run, both.written.image_tags[0]!)}` },
    { path: `/data/plugin/audio/audio?${q(run, both.written.audio_tags[0]!)}` },
    { path: `/data/plugin/text/text?${q(run, both.written.text_tags[0]!)}` },
    // a tag the run has no text for: TensorBoard's text_impl answers [] (not an error)
    { path: `/data/plugin/text/text?${q(run, 'no such text tag')}` },
  ]);
  const series = both.written.runs.flatMap((run) => [
    { plugin: 'histograms', tag: both.written.histogram_tags[0]!, run },
    { plugin: 'images', tag: both.written.image_tags[0]!, run, sample: 0 },
  ]);
  return [
    { path: '/data/runs' },
    ...tags,
    { path: '/data/plugin/timeseries/tags' },
    {
      path: '/data/plugin/timeseries/timeSeries',
      form: [
        ['requests', JSON.stringify([{ plugin: 'scalars', tag: both.written.scalar_tags[0]! }, ...series])],
      ],
    },
    {
      path: '/data/plugin/scalars/scalars_multirun',
      form: [
        ['tag', both.written.scalar_tags[0]!],
        ...both.written.runs.map((r): [string, string] => ['runs', r]),
      ],
    },
    ...perRun,
    { path: '/data/plugin/custom_scalars/layout' },
    { path: `/data/plugin/custom_scalars/scalars?${q(both.written.runs[0]!, '.*')}` },
    { path: '/data/plugin/hparams/experiment', json: { experimentName: '' } },
    {
      path: '/data/plugin/hparams/session_groups',
      json: {
        experimentName: '',
        startIndex: 0,
        sliceSize: 100,
        allowedStatuses: ['STATUS_UNKNOWN', 'STATUS_SUCCESS', 'STATUS_FAILURE', 'STATUS_RUNNING'],
        colParams: [],
        aggregationType: 'AGGREGATION_AVG',
      },
    },
    ...both.written.runs.map((run) => ({
      path: '/data/plugin/hparams/metric_evals',
      json: { experimentName: '', sessionName: run, metricName: { tag: 'hp/m\u00e9trique', group: '' } },
    })),
  ];
}

test(
  'TensorBoard escapes the non-ASCII names and spells the integral floats as floats',
  { skip },
  async () => {
    const text = (
      await answer(both.tensorboard.url, {
        path:
          '/data/plugin/scalars/scalars?' +
          new URLSearchParams({ run: both.written.runs[2]!, tag: both.written.scalar_tags[0]! }).toString(),
      })
    ).text;
    assert.match(
      compactJson(text),
      /^\[\[1700000000\.0,0,1\.0\],\[1700000001\.0,1,0\.0\],\[1700000002\.0,2,-0\.0\],\[1700000003\.0,3,1\.0000000200408773e\+20\],/,
    );
    const runs = (await answer(both.tensorboard.url, { path: '/data/runs' })).text;
    assert.ok(runs.includes('run \\ud83d\\ude00') && runs.includes('caf\\u00e9'), runs);
  },
);

test(
  'every /data answer on integral floats and non-ASCII names is TensorBoard’s, byte for byte',
  { skip },
  async () => {
    const differences: string[] = [];
    for (const p of probes()) {
      const [tb, us] = await Promise.all([answer(both.tensorboard.url, p), answer(both.ours.url, p)]);
      assert.equal(
        tb.status,
        200,
        `TensorBoard ${p.path}: ${tb.status} ${both.tensorboard.log().slice(-3000)}`,
      );
      const want = sortedHparams(compactJson(tb.text));
      const got = sortedHparams(us.text);
      if (us.status !== 200 || got !== want) {
        let at = 0;
        while (at < want.length && want[at] === got[at]) at++;
        differences.push(
          `${p.path} (${us.status}) at byte ${at}: ${JSON.stringify(want.slice(Math.max(0, at - 40), at + 80))} ` +
            `(TensorBoard) vs ${JSON.stringify(got.slice(Math.max(0, at - 40), at + 80))} (ours)`,
        );
      }
    }
    assert.deepEqual(differences, []);
  },
);
