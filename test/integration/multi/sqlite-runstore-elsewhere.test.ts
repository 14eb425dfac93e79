// A SQLite run store elsewhere than the logdir, as a user runs it: `trainboard train` with TRAINBOARD_RUNSTORE
// (a sqlite:/// URL, or a plain path) writes its session there, and `trainboard serve --runstore` (the same two
// spellings) lists it and keeps run annotations there; nothing is written to <logdir>/trainboard.sqlite. The
// same works for an s3:// logdir on a real S3-compatible server (s3rver), whose sessions otherwise have no
// run store at all.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ApiHealthResponse, ApiSessionsResponse } from '../../../contract/index.ts';
import { openSqliteRunAnnotationStore } from '../../../runstore/run-annotations.ts';
import { openRunStore } from '../../../runstore/run-store.ts';
import { startServe, type ServeChild } from '../../support/nginx-front.ts';
import { runCli } from '../../support/run-cli.ts';
import { startS3Server, type TestS3Server } from '../../support/s3-server.ts';

const BUCKET = 'elsewhere-logs';
const tmp = mkdtempSync(join(tmpdir(), 'trainboard-runstore-elsewhere-'));
const logdir = join(tmp, 'logs');
const meta = join(tmp, 'meta');
const localStore = join(meta, 'local.sqlite');
const remoteStore = join(meta, 'remote.sqlite');
let s3: TestS3Server | undefined;
const servers: ServeChild[] = [];

before(async () => {
  mkdirSync(logdir, { recursive: true });
  mkdirSync(meta, { recursive: true });
  s3 = await startS3Server({ buckets: [BUCKET] });
});

after(async () => {
  for (const s of servers) await s.stop();
  await s3?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function train(target: string, logdirArg: string, run: string, env: Record<string, string> = {}) {
  const r = await runCli(
    ['train', 'xor', '--logdir', logdirArg, '--run', run, '--epochs', '2', '--backend', 'cpu'],
    { env: { ...env, TRAINBOARD_RUNSTORE: target }, timeoutMs: 120_000 },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /not recorded/, 'the session is recorded');
}

async function get<T>(s: ServeChild, path: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${s.port}${path}`);
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return (await res.json()) as T;
}

describe('a SQLite run store elsewhere than the logdir', () => {
  test('a trainer writes its session to sqlite:///...; serve --runstore PATH lists it and stores pins there', async () => {
    await train(`sqlite://${localStore}`, logdir, 'local-a');
    const written = openRunStore(localStore, { readonly: true });
    assert.equal(written.getSession('local-a')?.status, 'finished');
    written.close();
    const s = await startServe(['--logdir', logdir, '--runstore', localStore, '--reload_interval', '1']);
    servers.push(s);
    const { sessions } = await get<ApiSessionsResponse>(s, '/api/sessions');
    const a = sessions.find((x) => x.id === 'local-a');
    assert.equal(a?.source, 'runstore');
    assert.equal(a?.status, 'finished');
    const health = await get<ApiHealthResponse>(s, '/api/health');
    assert.equal(health.runStore?.file, localStore);
    assert.equal(health.runStore?.state, 'ok');

    const res = await fetch(`http://127.0.0.1:${s.port}/api/runs/annotations/local-a/train`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pinned: true, displayName: 'first' }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    const store = openSqliteRunAnnotationStore(localStore);
    const stored = (await store.list()).map((x) => [x.run, x.pinned, x.displayName]);
    await store.close();
    assert.deepEqual(stored, [['local-a/train', true, 'first']]);
    assert.equal(existsSync(join(logdir, 'trainboard.sqlite')), false, 'nothing in the logdir');
  });

  test('an s3:// logdir gets its sessions from a SQLite file given as a plain path', async () => {
    const env = s3!.env;
    await train(remoteStore, `s3://${BUCKET}/exp`, 'remote-a', env);
    const s = await startServeWithEnv(
      ['--logdir', `s3://${BUCKET}/exp`, '--runstore', `sqlite://${remoteStore}`, '--reload_interval', '1'],
      env,
    );
    const { sessions } = await get<ApiSessionsResponse>(s, '/api/sessions');
    const a = sessions.find((x) => x.id === 'remote-a');
    assert.equal(a?.source, 'runstore', JSON.stringify(sessions));
    assert.equal(a?.status, 'finished');
    assert.equal((await get<ApiHealthResponse>(s, '/api/health')).runStore?.file, remoteStore);
  });
});

/** startServe() with extra environment (the S3 server's AWS variables) for the child. */
async function startServeWithEnv(args: string[], env: Record<string, string>): Promise<ServeChild> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const s = await startServe(args);
    servers.push(s);
    return s;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
