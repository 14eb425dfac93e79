// `trainboard start` as `npm start` runs it: on an empty logdir it serves and starts a live Fashion-MNIST
// training child whose run and session appear in the API; on a logdir with runs (or with --no-train) it only
// serves. The child is stopped with the server.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ApiRunsResponse, ApiSessionsResponse } from '../../../contract/index.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { concat, fileVersionRecord, scalarRecord } from './event-bytes.ts';
import { tempLogdir } from './test-server.ts';

function start(args: string[]): {
  child: ChildProcessWithoutNullStreams;
  url: Promise<string>;
  output: () => string;
} {
  const child = spawn(process.execPath, [
    join(repoRoot, 'bin', 'trainboard.js'),
    'start',
    '--port',
    '0',
    ...args,
  ]);
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = new Promise<string>((ok, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
  });
  return { child, url, output: () => out };
}

async function stop(child: ChildProcessWithoutNullStreams, out = ''): Promise<number | string> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | string>((ok) =>
    child.on('exit', (code, signal) => ok(code ?? `${signal} (output: ${out})`)),
  );
  if (child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
  return exited;
}

test(
  'start on an empty logdir serves it and trains Fashion-MNIST live in a child process',
  { timeout: 120_000 },
  async () => {
    const logdir = tempLogdir();
    const s = start(['--logdir', logdir.dir, '--epochs', '1', '--limit', '64']);
    try {
      const url = await s.url;
      assert.match(s.output(), /holds no runs yet; starting a live Fashion-MNIST training/);
      await new Promise((r) => setTimeout(r, 200)); // the line after the URL
      assert.match(s.output(), /started a live training \(pid \d+\)/);
      let runs: string[] = [];
      const t0 = Date.now();
      while (!runs.some((r) => r.endsWith('/train')) && Date.now() - t0 < 100_000) {
        await new Promise((r) => setTimeout(r, 500));
        runs = ((await (await fetch(`${url}/api/runs`)).json()) as ApiRunsResponse).runs.map((r) => r.run);
      }
      assert.ok(
        runs.some((r) => r.endsWith('/train')),
        `a train run appeared: ${s.output()}`,
      );
      const { sessions } = (await (await fetch(`${url}/api/sessions`)).json()) as ApiSessionsResponse;
      assert.ok(
        sessions.some((x) => x.task === 'fashion-mnist' && x.source === 'runstore'),
        JSON.stringify(sessions),
      );
    } finally {
      assert.equal(await stop(s.child, s.output()), 0);
      logdir.remove();
    }
  },
);

test('start on a logdir that has runs, or with --no-train, only serves', async () => {
  const logdir = tempLogdir();
  mkdirSync(join(logdir.dir, 'old'));
  writeFileSync(
    join(logdir.dir, 'old', 'events.out.tfevents.1.h'),
    concat([fileVersionRecord(), scalarRecord('loss', 0, 1)]),
  );
  const empty = tempLogdir();
  for (const args of [
    ['--logdir', logdir.dir],
    ['--logdir', empty.dir, '--no-train'],
  ]) {
    const s = start(args);
    try {
      await s.url;
      assert.doesNotMatch(s.output(), /training/);
    } finally {
      assert.equal(await stop(s.child, s.output()), 0);
    }
  }
  logdir.remove();
  empty.remove();
});
