// TensorBoard's --logdir_spec with a local logdir and an s3:// one mixed (createApp with the parsed spec): the
// runs are named exactly (and `trainboard serve --logdir_spec` serves the same runs) as real TensorBoard's multiplexer names them for the same spec (the s3:// side given
// to TensorBoard as a local copy of the same objects), and each run serves its golden scalars.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { parseLogdirSpec } from '../../../server/ingest/logdir-spec.ts';
import { s3ConfigFromEnv } from '../../../server/ingest/remote/s3-client.ts';
import { golden, goldenScalars } from '../../support/golden.ts';
import { runCli, startServeChild } from '../../support/run-cli.ts';
import { startS3Server, type TestS3Server } from '../../support/s3-server.ts';
import { fixturesDir, repoRoot } from '../../support/shared-fixtures.ts';
import { startTestServer, type TestServer } from '../server/test-server.ts';

const BUCKET = 'spec-logs';
const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const haveTensorBoard =
  existsSync(python) && spawnSync(python, ['-c', 'import tensorboard'], { stdio: 'ignore' }).status === 0;
const spec = `local:${fixturesDir},s3://${BUCKET}/team`;
let s3: TestS3Server;
let server: TestServer;

function eventFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return eventFiles(p);
      return name.includes('tfevents') ? [p] : [];
    });
}

/** Run names real TensorBoard gives `tbSpec` (its own spec parser and multiplexer). */
function tensorBoardRunNames(tbSpec: string): string[] {
  const code = [
    'import json, sys',
    'from tensorboard.backend.event_processing import data_ingester as di',
    'from tensorboard.backend.event_processing import plugin_event_multiplexer as pem',
    'm = pem.EventMultiplexer()',
    'for path, name in di._parse_event_files_spec(sys.argv[1]).items(): m.AddRunsFromDirectory(path, name)',
    'print(json.dumps(sorted(m.Runs().keys())))',
  ].join('\n');
  const r = spawnSync(python, ['-c', code, tbSpec], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as string[];
}

before(async () => {
  s3 = await startS3Server({ buckets: [BUCKET] });
  s3.applyEnv();
  const raw = new S3Client(s3ConfigFromEnv(s3.env));
  for (const f of eventFiles(fixturesDir)) {
    const key = `team/${relative(fixturesDir, f).split(sep).join('/')}`;
    await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: readFileSync(f) }));
  }
  raw.destroy();
  server = await startTestServer({ logdir: spec, logdirSpec: parseLogdirSpec(spec) });
});

after(async () => {
  await server?.close();
  await s3?.stop();
});

describe('--logdir_spec with a local and an s3:// logdir', () => {
  test('parses as TensorBoard does: names end at the first colon, scheme:// and /paths are unnamed', () => {
    assert.deepEqual(parseLogdirSpec('a:/x/y,s3://b/p,/c:d,e:f:g'), [
      { name: 'a', path: '/x/y' },
      { path: 's3://b/p' },
      { path: '/c:d' },
      { name: 'e', path: 'f:g' },
    ]);
    assert.throws(() => parseLogdirSpec('a:/x,b:/x'), /given twice/);
  });

  test(
    'the runs are named as real TensorBoard names them for the same spec',
    { skip: haveTensorBoard || process.env.CI === 'true' ? false : `no tensorboard at ${python}` },
    async () => {
      // the s3:// side holds the fixtures' own files, so TensorBoard reads a copy of them in its place (a copy:
      // TensorBoard keys its spec by real path, so the fixtures twice would be one entry)
      const copy = mkdtempSync(join(tmpdir(), 'trainboard-spec-'));
      try {
        cpSync(fixturesDir, copy, { recursive: true });
        const expected = tensorBoardRunNames(`local:${fixturesDir},${copy}`);
        const runs = await server.json<string[]>('/data/runs');
        assert.deepEqual([...runs].sort(), expected);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
  );

  test('each run of either logdir serves its golden scalars', async () => {
    for (const [run, g] of Object.entries(golden)) {
      if (run.startsWith('damaged/')) continue;
      for (const name of [`local/${run}`, run]) {
        for (const [tag, rows] of Object.entries(goldenScalars(g))) {
          const q = `run=${encodeURIComponent(name)}&tag=${encodeURIComponent(tag)}`;
          const got = await server.json<[number, number, number][]>(`/data/plugin/scalars/scalars?${q}`);
          assert.deepEqual(
            got,
            rows.map(([step, wall, value]) => [wall, step, value]),
            `${name} ${tag}`,
          );
        }
      }
    }
  });

  test('trainboard serve --logdir_spec serves the same runs as createApp with the parsed spec', async () => {
    const serve = await startServeChild(
      ['serve', '--logdir_spec', spec, '--port', '0', '--reload_interval', '0'],
      { env: s3.env },
    );
    try {
      const expected = [...(await server.json<string[]>('/data/runs'))].sort();
      // the URL is printed before the first read is done: ask until every run is there (fail after 30 s)
      let runs: string[] = [];
      for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
        runs = ((await (await fetch(`${serve.url}data/runs`)).json()) as string[]).sort();
        if (runs.length >= expected.length) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.deepEqual(runs, expected);
    } finally {
      assert.equal(await serve.stop(), 0);
    }
  });

  test('--logdir with --logdir_spec, and a spec naming one path twice, are usage errors (exit 2)', async () => {
    const both = await runCli(['serve', '--logdir', fixturesDir, '--logdir_spec', `a:${fixturesDir}`]);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--logdir and --logdir_spec cannot both be given/);
    const twice = await runCli(['serve', '--logdir_spec', `a:${fixturesDir},b:${fixturesDir}`]);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /given twice/);
  });
});
