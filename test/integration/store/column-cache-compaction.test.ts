// The column cache's compaction on a purge-heavy logdir written by PyTorch's SummaryWriter (five writers of one
// run, each restarted with purge_step=1000, so most sealed blocks die): a real server compacts its files (they
// shrink), serves every point as a fresh in-memory server does, and a restart on the compacted cache is trusted
// and reads no event file again. A child server killed -9 at each step of a compaction leaves a cache that a
// restarted server either resumes (the old files and manifest, or the new ones) or rebuilds (no manifest):
// never wrong points, and no compaction file left behind.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ApiSeriesResponse } from '../../../contract/index.ts';
import type { CompactPhase } from '../../../server/store/column-cache/cache-compactor.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { startTestServer } from '../server/test-server.ts';

const PYTHON = join(repoRoot, '.venv', 'bin', 'python');
const TAGS = ['loss', 'acc', 'lr'];
const STEPS = 12_000;

const WRITER = `
import math, sys
from torch.utils.tensorboard import SummaryWriter
for seg in range(5):
    w = SummaryWriter(sys.argv[1] + "/train", purge_step=None if seg == 0 else 1000, filename_suffix=f".{seg}")
    for step in range(0 if seg == 0 else 1000, ${STEPS}):
        for k, tag in enumerate(${JSON.stringify(TAGS)}):
            w.add_scalar(tag, math.sin(step / 50 + k + seg) * (seg + 1), step, walltime=1.7e9 + seg * 1e5 + step)
    w.close()
`;

let root = '';
let logdir = '';
let reference = '';

interface Served {
  text: string;
  records: number;
  lines: string[];
}

/** Every point of every tag (full resolution, drawn at 300 px, and TensorBoard's route), and the records read. */
async function serve(cacheDir: string | undefined): Promise<Served> {
  const lines: string[] = [];
  const s = await startTestServer({
    logdir,
    decodeWorkers: 0,
    log: (l) => lines.push(l),
    ...(cacheDir ? { cacheDir } : {}),
  });
  try {
    const parts: unknown[] = [await s.json('/data/plugin/scalars/tags')];
    for (const tag of TAGS) {
      const q = `run=train&tag=${tag}`;
      const full = await s.json<ApiSeriesResponse>(`/api/series?${q}&points=100000`);
      assert.equal(full.points.length, full.total, 'full resolution');
      parts.push(
        full,
        await s.json(`/api/series?${q}&width=300`),
        await s.json(`/data/plugin/scalars/scalars?${q}`),
      );
    }
    const health = await s.json<{ counters: { records: number } }>('/api/health');
    return { text: JSON.stringify(parts), records: health.counters.records, lines };
  } finally {
    await s.close();
  }
}

const compactFiles = (dir: string): string[] => readdirSync(dir).filter((n) => n.includes('.compact-'));

/** A child server over the logdir and `cacheDir`, killed -9 by itself at `phase` of its first compaction. */
async function crashAt(cacheDir: string, phase: CompactPhase): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'bin', 'trainboard.js'),
      'serve',
      '--logdir',
      logdir,
      '--cache-dir',
      cacheDir,
      '--port',
      '0',
    ].concat(['--reload_interval', '0', '--decode-workers', '0']),
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TRAINBOARD_CACHE_CRASH_AT: phase } },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const signal = await new Promise<NodeJS.Signals | null>((ok) => {
    const timer = setTimeout(() => child.kill('SIGTERM'), 90_000);
    child.on('exit', (_code, sig) => {
      clearTimeout(timer);
      ok(sig);
    });
  });
  assert.equal(signal, 'SIGKILL', `the child reached '${phase}' and killed itself\n${stderr}`);
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'tb-compact-it-'));
  logdir = join(root, 'logs');
  const r = spawnSync(PYTHON, ['-c', WRITER, logdir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readdirSync(join(logdir, 'train')).length, 5);
});

after(() => rmSync(root, { recursive: true, force: true }));

test('a real server compacts the dead blocks of purged writers; every point served equals a fresh read, before and after a restart', async () => {
  const ref = await serve(undefined);
  reference = ref.text;
  assert.ok(
    reference.includes(`"total":${STEPS},"inRange":${STEPS},"downsampled":false`),
    reference.slice(0, 300),
  );
  const cacheDir = join(root, 'cache-clean');
  const first = await serve(cacheDir);
  assert.equal(first.text, reference, 'the compacting server serves what a fresh read serves');
  const line = first.lines.find((l) => l.includes('column cache: compacted'));
  assert.ok(line, first.lines.join('\n'));
  const [beforeBytes, afterBytes] = ['beforeBytes', 'afterBytes'].map((k) =>
    Number(new RegExp(`${k}=(\\d+)`).exec(line)![1]),
  );
  assert.ok(afterBytes! < beforeBytes! / 3, line);
  assert.ok(
    statSync(join(cacheDir, 'columns.bin')).size <= afterBytes! + 64 * 1024,
    'columns.bin is the compacted file',
  );
  assert.deepEqual(compactFiles(cacheDir), []);

  const again = await serve(cacheDir);
  assert.equal(again.text, reference, 'a restart on the compacted cache');
  assert.ok(
    again.lines.some((l) => l.includes('resuming from the last checkpoint') && l.includes('trusted=true')),
    again.lines.join('\n'),
  );
  assert.ok(
    again.records < first.records / 10,
    `the restart read ${again.records} records, the first ${first.records}`,
  );
});

const PHASES: { phase: CompactPhase; resumes: boolean }[] = [
  { phase: 'copied', resumes: true }, // the old files and their manifest (the new file is a dead process's)
  { phase: 'swapped', resumes: true },
  { phase: 'unlinked', resumes: false }, // no manifest from here until the new one: rebuilt
  { phase: 'renamed-columns', resumes: false },
  { phase: 'renamed', resumes: false },
  { phase: 'done', resumes: true }, // the new files and their manifest
];

for (const { phase, resumes } of PHASES)
  test(`a server killed -9 at '${phase}' of a compaction leaves a cache that is ${resumes ? 'resumed' : 'rebuilt'}, serving the same points`, async () => {
    assert.ok(reference, 'the first test computed the reference');
    const cacheDir = join(root, `cache-${phase}`);
    await crashAt(cacheDir, phase);
    const leftovers = compactFiles(cacheDir);
    const restarted = await serve(cacheDir);
    assert.equal(restarted.text, reference);
    const resumed = restarted.lines.some((l) => l.includes('resuming from the last checkpoint'));
    assert.equal(resumed, resumes, restarted.lines.join('\n'));
    if (resumes) assert.ok(restarted.records < 1000, `resumed, yet read ${restarted.records} records`);
    else assert.ok(restarted.records >= TAGS.length * STEPS, `rebuilt: read ${restarted.records} records`);
    if (phase === 'copied' || phase === 'swapped')
      assert.ok(leftovers.length > 0, 'the crash left its new files');
    assert.deepEqual(compactFiles(cacheDir), [], 'no compaction file left after the restart');
  });
