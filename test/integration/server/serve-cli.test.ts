// `trainboard serve` as a user runs it (a real child process): prints the URL and serves; refuses a missing
// logdir and a port in use with one clear line and exit code 1; bad flags exit 2.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { runCli, startServeChild } from '../../support/run-cli.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';

test('serve prints its URL, answers /api/health and stops cleanly on SIGTERM', async () => {
  const serve = await startServeChild(['serve', '--logdir', fixturesDir, '--port', '0']);
  try {
    // the server answers while its first logdir walk is under way (as TensorBoard does), so the runs are
    // counted once that walk has found them: poll, for at most 60 s
    const deadline = Date.now() + 60_000;
    for (;;) {
      const health = (await (await fetch(`${serve.url}api/health`)).json()) as {
        ok: boolean;
        counters: { runs: number };
      };
      assert.equal(health.ok, true);
      if (health.counters.runs > 10) break;
      assert.ok(Date.now() < deadline, `runs still ${health.counters.runs} after 60 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    assert.equal(await serve.stop(), 0);
  }
});

test('a missing logdir is refused with one line and exit code 1', async () => {
  const r = await runCli(['serve', '--logdir', join(fixturesDir, 'no-such-dir')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^trainboard: logdir '.*no-such-dir' does not exist/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('a port in use is refused with one line and exit code 1', async () => {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
  const port = (blocker.address() as { port: number }).port;
  try {
    const r = await runCli(['serve', '--logdir', fixturesDir, '--port', String(port)]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
  } finally {
    blocker.close();
  }
});

test('bad flags exit 2 with one line; --help documents every flag', async () => {
  const noLogdir = await runCli(['serve']);
  assert.equal(noLogdir.code, 2);
  assert.match(noLogdir.stderr, /--logdir DIR is required/);
  const badPort = await runCli(['serve', '--logdir', fixturesDir, '--port', '-1']);
  assert.equal(badPort.code, 2);
  const help = await runCli(['serve', '--help']);
  assert.equal(help.code, 0);
  for (const flag of ['--logdir', '--host', '--port', '--reload_interval'])
    assert.ok(help.stdout.includes(flag), flag);
});

test('a cache directory that cannot be made is reported once and every point is served from memory', async () => {
  // a regular file as the parent: mkdir fails for every user, root included (ENOTDIR)
  const blocker = join(mkdtempSync(join(tmpdir(), 'trainboard-cache-blocked-')), 'file');
  writeFileSync(blocker, 'not a directory');
  const serve = await startServeChild([
    'serve',
    '--logdir',
    fixturesDir,
    '--port',
    '0',
    '--cache-dir',
    join(blocker, 'cache'),
  ]);
  try {
    let points = 0;
    for (let i = 0; i < 200 && points === 0; i++) {
      const health = (await (await fetch(`${serve.url}api/health`)).json()) as {
        counters: { points: number };
      };
      points = health.counters.points;
      if (points === 0) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(points > 0, 'the fixtures are read and served');
    assert.match(
      serve.stderr(),
      /level=warn module=ingest .*cannot use the column cache: every scalar point is kept in memory/,
    );
    assert.match(serve.stderr(), /ENOTDIR/);
  } finally {
    assert.equal(await serve.stop(), 0);
    rmSync(dirname(blocker), { recursive: true, force: true });
  }
});
