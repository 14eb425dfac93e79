// Real TensorBoard's HTTP API (its Python loader, and the Rust data server) serves the files OUR writer wrote:
// scalars, histograms, text, images, the Keras graph and both hparams sessions with their metrics.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { histogramBuckets } from '../../tfevents/summaries/histogram-summary.ts';
import {
  allRuns,
  BASE,
  expectedNodes,
  f32,
  losses,
  type Num,
  png,
  rowsOf,
  type RunningTensorBoard,
  skip,
  startTensorBoard,
  stop,
  trials,
  wall,
  weights,
  writeLogdir,
} from './our-writer-logdir.ts';

interface SessionGroup {
  name: string;
  hparams: Record<string, unknown>;
  sessions: {
    name: string;
    status: string;
    startTimeSecs: number;
    endTimeSecs: number;
    metricValues: {
      name: { group: string; tag: string };
      value: number;
      trainingStep: number;
      wallTimeSecs: number;
    }[];
  }[];
}

const ALL_STATUSES = ['STATUS_FAILURE', 'STATUS_RUNNING', 'STATUS_SUCCESS', 'STATUS_UNKNOWN'];

for (const loadFast of [false, true]) {
  const loader = loadFast ? 'Rust data server (--load_fast=true)' : 'Python loader (--load_fast=false)';
  describe(`real TensorBoard's HTTP API serves our files: ${loader}`, { skip }, () => {
    let tmp = '';
    let tb: RunningTensorBoard | undefined;
    before(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'tb-compat-http-'));
      writeLogdir(join(tmp, 'logs'));
      tb = await startTensorBoard(join(tmp, 'logs'), loadFast, allRuns.length);
    });
    after(async () => {
      await stop(tb);
      rmSync(tmp, { recursive: true, force: true });
    });
    const get = async (path: string): Promise<Response> => {
      const res = await fetch(`${tb!.url}${path}`);
      assert.equal(res.status, 200, `GET ${path}: ${res.status} ${await res.clone().text()}\n${tb!.log()}`);
      return res;
    };
    const json = async <T>(path: string): Promise<T> => (await (await get(path)).json()) as T;
    const q = (o: Record<string, string>): string => new URLSearchParams(o).toString();

    test('lists every run', async () => {
      assert.deepEqual((await json<string[]>('/data/runs')).sort(), allRuns);
    });

    test('serves our scalars as [wall_time, step, value] with float32 values', async () => {
      const got = await json<unknown[]>(
        `/data/plugin/scalars/scalars?${q({ run: 'model/train', tag: 'epoch_loss' })}`,
      );
      assert.deepEqual(
        got,
        losses.map((l, s) => [wall(s), s, f32(l)]),
      );
      const tags =
        await json<Record<string, Record<string, { description: string }>>>('/data/plugin/scalars/tags');
      assert.match(tags['model/train']!.epoch_loss!.description, /<strong>loss<\/strong>/);
    });

    test('serves our histogram rows', async () => {
      const got = await json<[number, number, Num[][]][]>(
        `/data/plugin/histograms/histograms?${q({ run: 'model/train', tag: 'hidden/kernel/histogram' })}`,
      );
      assert.deepEqual(
        got.map(([w, s]) => [w, s]),
        [
          [wall(0), 0],
          [wall(1), 1],
        ],
      );
      got.forEach(([, s, rows]) => {
        const ours = rowsOf(histogramBuckets(weights(s)));
        assert.equal(rows.length, ours.length);
        rows.forEach((row, i) =>
          row.forEach((x, j) => assert.ok(Math.abs(Number(x) - Number(ours[i]![j])) < 1e-6)),
        );
      });
    });

    test('renders our text as sanitized Markdown HTML', async () => {
      const [point] = await json<{ step: number; text: string }[]>(
        `/data/plugin/text/text?${q({ run: 'model/train', tag: 'notes' })}`,
      );
      assert.match(point!.text, /<strong>step<\/strong> 0/);
      assert.doesNotMatch(point!.text, /<b>raw<\/b>/);
    });

    test('serves our PNG back byte for byte', async () => {
      const [entry] = await json<{ step: number; query: string }[]>(
        `/data/plugin/images/images?${q({ run: 'model/train', tag: 'sample', sample: '0' })}`,
      );
      const res = await get(`/data/plugin/images/individualImage?${entry!.query}`);
      assert.equal(res.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), Buffer.from(png));
    });

    test('builds the conceptual graph from our graph_keras_model', async () => {
      const info =
        await json<Record<string, { tags: Record<string, { conceptual_graph: boolean }> }>>(
          '/data/plugin/graphs/info',
        );
      assert.equal(info['model/train']!.tags.keras!.conceptual_graph, true);
      const text = await (
        await get(`/data/plugin/graphs/graph?${q({ run: 'model/train', tag: 'keras', conceptual: 'true' })}`)
      ).text();
      for (const [name, inputs, cls] of expectedNodes) {
        assert.ok(text.includes(`name: "${name}"`), `node ${name} in\n${text}`);
        for (const input of inputs) assert.ok(text.includes(`input: "${input}"`), `input ${input}`);
        assert.ok(text.includes(`s: "${cls}"`), `class ${cls}`);
      }
    });

    test('the hparams plugin serves our experiment config: hparams with domains, metrics with groups', async () => {
      const res = await fetch(`${tb!.url}/experiment/defaultExperimentId/data/plugin/hparams/experiment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          experimentName: 'defaultExperimentId',
          hparamsLimit: 1000,
          includeMetrics: true,
        }),
      });
      assert.equal(res.status, 200, await res.clone().text());
      const exp = (await res.json()) as {
        hparamInfos: { name: string; type: string; domainInterval?: object; domainDiscrete?: unknown[] }[];
        metricInfos: { name: { group: string; tag: string }; displayName: string }[];
      };
      assert.deepEqual(
        exp.hparamInfos.map((h) => [h.name, h.type, h.domainInterval ?? h.domainDiscrete]).sort(),
        [
          ['bn', 'DATA_TYPE_BOOL', [true, false]],
          ['lr', 'DATA_TYPE_FLOAT64', { minValue: 0.001, maxValue: 0.1 }],
          ['optimizer', 'DATA_TYPE_STRING', ['adam', 'sgd']],
          ['units', 'DATA_TYPE_FLOAT64', [8, 16]],
        ],
      );
      assert.deepEqual(
        exp.metricInfos.map((m) => [m.name.group, m.name.tag, m.displayName]),
        [
          ['', 'epoch_loss', 'loss'],
          ['validation', 'epoch_loss', 'val loss'],
        ],
      );
    });

    test('the hparams plugin lists both sessions with their hparams, status and last metric values', async () => {
      const res = await fetch(
        `${tb!.url}/experiment/defaultExperimentId/data/plugin/hparams/session_groups`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            experimentName: 'defaultExperimentId',
            allowedStatuses: ALL_STATUSES,
            startIndex: 0,
            sliceSize: 100,
          }),
        },
      );
      assert.equal(res.status, 200, await res.clone().text());
      const body = (await res.json()) as { sessionGroups: SessionGroup[]; totalSize: number };
      assert.equal(body.totalSize, 2);
      const groups = [...body.sessionGroups].sort((a, b) => a.name.localeCompare(b.name));
      trials.forEach((t, i) => {
        const g = groups[i]!;
        assert.equal(g.name, t.run);
        assert.deepEqual(g.hparams, t.hp);
        const s = g.sessions[0]!;
        assert.equal(s.status, t.status === 'success' ? 'STATUS_SUCCESS' : 'STATUS_FAILURE');
        assert.deepEqual([s.startTimeSecs, s.endTimeSecs], [BASE + 100 * i, BASE + 100 * i + 50]);
        const metric = (group: string) =>
          s.metricValues.find((m) => m.name.tag === 'epoch_loss' && m.name.group === group);
        assert.deepEqual(
          [
            metric('')?.value,
            metric('')?.trainingStep,
            metric('validation')?.value,
            metric('validation')?.trainingStep,
          ],
          [f32(t.loss[2]), 2, f32(t.val[2]), 2],
        );
        assert.equal(metric('')?.wallTimeSecs, wall(2) + 100 * i);
      });
    });
  });
}
