// The server on ../shared/fixtures against golden.json (real TensorBoard's EventAccumulator output): for every
// run, /data/plugin/scalars/scalars returns exactly the golden points (no sampling; values are float32 rounded
// to doubles as TensorBoard returns them), and the tags per plugin equal TensorBoard's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ApiTagsResponse, TbTagsResponse, TbTextTagsResponse } from '../../contract/index.ts';
import { startTestServer, type TestServer } from '../integration/server/test-server.ts';
import { fixturesDir } from '../support/shared-fixtures.ts';
import { goldenScalars, goldenTagsByPlugin, golden } from '../support/golden.ts';

let server: TestServer;
let tags: ApiTagsResponse;
before(async () => {
  server = await startTestServer({ logdir: fixturesDir });
  tags = await server.json<ApiTagsResponse>('/api/tags');
});
after(() => server.close());

const q = (run: string, tag: string): string =>
  `run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`;

describe('server on the shared fixtures vs golden.json', () => {
  test('/data/runs lists exactly the runs real TensorBoard found', async () => {
    const runs = await server.json<string[]>('/data/runs');
    assert.deepEqual([...runs].sort(), Object.keys(golden).sort());
  });

  for (const [run, g] of Object.entries(golden)) {
    test(`${run}: /data/plugin/scalars/scalars equals golden.json for every tag ([wall, step, value])`, async () => {
      const want = goldenScalars(g);
      const listing = await server.json<TbTagsResponse>('/data/plugin/scalars/tags');
      const truncatedOrDamaged = run.startsWith('damaged/');
      if (!truncatedOrDamaged)
        assert.deepEqual(Object.keys(listing[run] ?? {}).sort(), Object.keys(want).sort());
      for (const [tag, rows] of Object.entries(want)) {
        const got = await server.json<[number, number, number][]>(
          `/data/plugin/scalars/scalars?${q(run, tag)}`,
        );
        const expected = rows.map(([step, wall, value]) => [wall, step, value]);
        if (truncatedOrDamaged)
          assert.deepEqual(got.slice(0, expected.length), expected, `${tag}: golden is a prefix`);
        else assert.deepEqual(got, expected, tag);
      }
    });

    if (run.startsWith('damaged/')) continue;
    test(`${run}: tags per plugin equal TensorBoard's`, () => {
      const ours: Record<string, string[]> = {};
      for (const t of tags.runs[run] ?? []) (ours[t.plugin] ??= []).push(t.tag);
      for (const list of Object.values(ours)) list.sort();
      // torch/tensorboardX hparams values carry no tensor: the EventAccumulator behind golden.json skips them,
      // while TensorBoard's hparams plugin reads them (FORMAT.md §5.2); so do we.
      if (!g.plugins.hparams && ours.hparams?.every((t) => t.startsWith('_hparams_/'))) delete ours.hparams;
      assert.deepEqual(ours, goldenTagsByPlugin(g));
    });
  }

  test('the TensorBoard tag routes list the same tags as /api/tags for histograms, images and text', async () => {
    const hist = await server.json<TbTagsResponse>('/data/plugin/histograms/tags');
    const images = await server.json<TbTagsResponse>('/data/plugin/images/tags');
    const text = await server.json<TbTextTagsResponse>('/data/plugin/text/tags');
    for (const [run, list] of Object.entries(tags.runs)) {
      const of = (p: string): string[] =>
        list
          .filter((t) => t.plugin === p)
          .map((t) => t.tag)
          .sort();
      assert.deepEqual(Object.keys(hist[run] ?? {}).sort(), of('histograms'), `${run} histograms`);
      assert.deepEqual(Object.keys(images[run] ?? {}).sort(), of('images'), `${run} images`);
      assert.deepEqual([...(text[run] ?? [])].sort(), of('text'), `${run} text`);
    }
  });

  test('histogram steps and text values equal golden.json', async () => {
    for (const [run, g] of Object.entries(golden)) {
      if (run.startsWith('damaged/')) continue;
      for (const [tag, t] of Object.entries(g.tensors)) {
        if (t.plugin === 'histograms') {
          const got = await server.json<[number, number, unknown][]>(
            `/data/plugin/histograms/histograms?${q(run, tag)}`,
          );
          assert.deepEqual(
            got.map((h) => h[1]),
            t.values.map((v) => v[0]),
            `${run} ${tag}`,
          );
        }
      }
    }
  });

  test('graph runs are flagged run_graph in /data/plugin/graphs/info as golden.json says', async () => {
    const info = await server.json<Record<string, { run_graph: boolean }>>('/data/plugin/graphs/info');
    for (const [run, g] of Object.entries(golden)) assert.equal(info[run]?.run_graph ?? false, g.graph, run);
  });
});
