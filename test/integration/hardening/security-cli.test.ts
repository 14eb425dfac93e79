// The security defaults of the real `trainboard serve` command: it binds 127.0.0.1 unless told otherwise;
// bound elsewhere without a token it prints a loud multi-line warning; --auth-token or TRAINBOARD_AUTH_TOKEN
// protects it (and the printed URL carries the token for the browser); bad flag values are usage errors.
import assert from 'node:assert/strict';
import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';
import { after, test } from 'node:test';
import { runCli } from '../../support/run-cli.ts';
import { tempDir, waitFor } from './hardened-server.ts';
import { spawnServe } from './server-child.ts';

const logdir = tempDir('cli');
after(() => logdir.remove());

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((ok) => {
    const c = createConnection({ host, port });
    c.on('connect', () => {
      c.destroy();
      ok(true);
    });
    c.on('error', () => ok(false));
  });
}

const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;

test('serve binds 127.0.0.1 by default, prints no warning, and is not reachable on other addresses', async () => {
  const s = spawnServe(['--logdir', logdir.dir, '--port', '0']);
  try {
    const url = await s.url;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = Number(new URL(url).port);
    assert.equal((await fetch(`${url}api/health`)).status, 200);
    if (externalAddress) assert.equal(await canConnect(externalAddress, port), false);
    assert.doesNotMatch(s.output().stderr, /WARNING/);
  } finally {
    assert.equal(await s.stop(), 0);
  }
});

test('bound to 0.0.0.0 without a token it warns loudly on stderr, over several lines', async () => {
  const s = spawnServe(['--logdir', logdir.dir, '--port', '0', '--host', '0.0.0.0']);
  try {
    await s.url;
    await waitFor(
      () =>
        s
          .output()
          .stderr.split('\n')
          .filter((l) => l.startsWith('!!')).length >= 6,
    );
    const { stderr } = s.output();
    assert.match(stderr, /WARNING: trainboard is listening on 0\.0\.0\.0:\d+ WITHOUT an auth token/);
    assert.match(stderr, /--auth-token/);
    assert.ok(stderr.split('\n').filter((l) => l.startsWith('!!')).length >= 5, stderr);
  } finally {
    await s.stop();
  }
});

test('TRAINBOARD_AUTH_TOKEN protects a 0.0.0.0 server: no warning, URL with the token, 401 without it', async () => {
  const token = 'env-token-abcdefgh';
  const s = spawnServe(['--logdir', logdir.dir, '--port', '0', '--host', '0.0.0.0'], {
    TRAINBOARD_AUTH_TOKEN: token,
  });
  try {
    const url = await s.url;
    assert.match(url, new RegExp(`/\\?token=${token}$`));
    assert.doesNotMatch(s.output().stderr, /WARNING/);
    const base = `http://127.0.0.1:${new URL(url).port}`;
    assert.equal((await fetch(`${base}/api/runs`)).status, 401);
    const ok = await fetch(`${base}/api/runs`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
  } finally {
    await s.stop();
  }
});

test('--auth-token on the command line works the same way', async () => {
  const s = spawnServe(['--logdir', logdir.dir, '--port', '0', '--auth-token', 'flag-token-12345']);
  try {
    const url = await s.url;
    const base = url.replace(/\/\?.*$/, '');
    assert.equal((await fetch(`${base}/api/runs`)).status, 401);
    const res = await fetch(url, { redirect: 'manual' });
    assert.equal(res.status, 303);
  } finally {
    await s.stop();
  }
});

test('a too short token and a malformed --cors-origin are usage errors (exit 2)', async () => {
  const short = await runCli(['serve', '--logdir', logdir.dir, '--auth-token', 'abc']);
  assert.equal(short.code, 2);
  assert.match(short.stderr, /at least 8 characters/);
  const cors = await runCli(['serve', '--logdir', logdir.dir, '--cors-origin', 'not a url']);
  assert.equal(cors.code, 2);
  assert.match(cors.stderr, /--cors-origin wants origins like https:\/\/host:port/);
});
