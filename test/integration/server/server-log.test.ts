// The server's log as users and embedders get it: createApp's `log(line)` sink receives one logfmt line per
// event with the module and the values as fields (a vanished logdir: module=ingest logdir=<dir>);
// `trainboard serve --log-format json` writes pino JSON lines on stderr; a bad --log-format is a usage error.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../support/run-cli.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { startTestServer, tempLogdir } from './test-server.ts';

test('the log(line) sink receives a logfmt line with module and logdir as fields when the logdir vanishes', async () => {
  const tmp = tempLogdir();
  const logdir = join(tmp.dir, 'logs');
  mkdirSync(logdir);
  const lines: string[] = [];
  const s = await startTestServer({ logdir, log: (l) => lines.push(l) });
  try {
    renameSync(logdir, join(tmp.dir, 'moved'));
    await s.app.watcher.refresh();
    const vanished = lines.filter((l) => l.includes('logdir disappeared'));
    assert.equal(vanished.length, 1, JSON.stringify(lines));
    assert.match(
      vanished[0]!,
      /^ts=\d{4}-\d\d-\d\dT\S+Z level=warn module=ingest logdir=\S+ msg="logdir disappeared; serving what was read, waiting for it to come back"$/,
    );
    assert.ok(vanished[0]!.includes(` logdir=${logdir} `), vanished[0]);
    assert.ok(lines.every((l) => !l.includes('\n')));
  } finally {
    await s.close();
    tmp.remove();
  }
});

test('serve --log-format json writes pino JSON lines with module and logdir fields on stderr', async () => {
  const tmp = tempLogdir();
  const logdir = join(tmp.dir, 'logs');
  mkdirSync(logdir);
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'trainboard.js'), 'serve', '--logdir', logdir, '--port', '0'].concat([
      '--reload_interval',
      '0.2',
      '--log-format',
      'json',
    ]),
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', ok));
  try {
    await new Promise<void>((ok, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('serving')) ok();
      });
      child.on('exit', (code) => fail(new Error(`exited ${code}: ${stderr}`)));
    });
    renameSync(logdir, join(tmp.dir, 'moved'));
    const event = await new Promise<Record<string, unknown>>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no JSON event on stderr: ${stderr}`)), 20_000);
      const look = (): void => {
        for (const line of stderr.split('\n')) {
          if (!line.startsWith('{')) continue;
          const parsed = JSON.parse(line) as Record<string, unknown>;
          // the logdir's own warning (other ingest warnings, e.g. of the column cache, may come first)
          if (parsed.module === 'ingest' && parsed.level === 'warn' && 'logdir' in parsed) {
            clearTimeout(timer);
            ok(parsed);
            return;
          }
        }
        setTimeout(look, 50);
      };
      look();
    });
    assert.equal(event.logdir, logdir);
    assert.equal(event.msg, 'logdir disappeared; serving what was read, waiting for it to come back');
    assert.match(String(event.ts), /^\d{4}-\d\d-\d\dT/);
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
    assert.equal(await exited, 0);
    tmp.remove();
  }
});

test('serve refuses an unknown --log-format with exit code 2', async () => {
  const r = await runCli(['serve', '--logdir', repoRoot, '--log-format', 'xml']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--log-format wants logfmt or json, got 'xml'/);
});
