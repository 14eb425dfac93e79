// Two `trainboard train` processes on one real PostgreSQL (TRAINBOARD_RUNSTORE=postgres://...), listed by a
// server reading it (--runstore): both sessions with their hparams and epochs in /api/sessions, pushed as
// sessions:changed; the database crashing mid-training makes /api/health say `unreachable` (stale) while the
// server keeps serving the last sessions and the trainers keep training; once it is back the sessions move
// again, and a SIGTERM marks a session `stopped` in PostgreSQL before the trainer exits.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ApiHealthResponse,
  ApiSessionResponse,
  ApiSessionsResponse,
  ClientToServerEvents,
  ServerToClientEvents,
} from '../../../contract/index.ts';
import { waitUntil } from '../../support/free-port.ts';
import { postgresSkip, startPostgres, type TestPostgres } from '../../support/postgres-server.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { startTestServer, tempLogdir, type TestServer } from '../server/test-server.ts';

const logdir = tempLogdir('trainboard-pg-sessions-');
let db: TestPostgres | undefined;
let server: TestServer | undefined;
const trainers = new Map<string, { child: ChildProcess; stderr: string[] }>();

function startTrainer(run: string): void {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'trainboard.js'), 'train', 'xor', '--logdir', logdir.dir, '--run', run].concat([
      '--epochs',
      '1000000',
      '--backend',
      'cpu',
    ]),
    {
      env: { ...process.env, TRAINBOARD_RUNSTORE: db!.url, TRAINBOARD_HEARTBEAT_MS: '200' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const stderr: string[] = [];
  child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
  trainers.set(run, { child, stderr });
}

const sessions = async (): Promise<ApiSessionsResponse['sessions']> =>
  (await server!.json<ApiSessionsResponse>('/api/sessions')).sessions;
const health = (): Promise<ApiHealthResponse> => server!.json<ApiHealthResponse>('/api/health');
const epochsOf = async (id: string): Promise<number> =>
  (await server!.json<ApiSessionResponse>(`/api/sessions/${id}`)).epochs.length;

before(async () => {
  if (postgresSkip) return;
  db = await startPostgres();
  server = await startTestServer({ logdir: logdir.dir, runStore: db.url, reloadIntervalSecs: 1 });
});

after(async () => {
  for (const { child } of trainers.values())
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined)
      process.kill(child.pid, 'SIGKILL');
  await server?.close();
  await db?.stop();
  logdir.remove();
});

describe('two trainers on one PostgreSQL, one server', { skip: postgresSkip }, () => {
  test('both sessions are listed from PostgreSQL with their hparams and epochs, and pushed as sessions:changed', async () => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(server!.url, {
      transports: ['websocket'],
    });
    const pushed = new Set<string>();
    socket.on('sessions:changed', ({ ids }) => ids.forEach((id) => pushed.add(id)));
    try {
      await new Promise<void>((ok) => socket.once('connect', ok));
      startTrainer('alpha');
      startTrainer('beta');
      await waitUntil('both sessions listed, running, with 2 epochs each', async () => {
        const list = await sessions();
        const ours = list.filter((s) => s.id === 'alpha' || s.id === 'beta');
        if (ours.length < 2 || ours.some((s) => s.status !== 'running')) return false;
        return (await epochsOf('alpha')) >= 2 && (await epochsOf('beta')) >= 2;
      });
      const list = await sessions();
      for (const id of ['alpha', 'beta']) {
        const s = list.find((x) => x.id === id);
        assert.equal(s?.source, 'runstore', `${id} comes from the run store`);
        assert.equal(s?.task, 'xor');
        assert.equal(s?.pid, trainers.get(id)?.child.pid, `${id} is the trainer process's row`);
        assert.equal(s?.hparams.backend, 'cpu');
      }
      await waitUntil('sessions:changed pushed for both', () =>
        Promise.resolve(pushed.has('alpha') && pushed.has('beta')),
      );
      const h = await health();
      assert.equal(h.runStore?.state, 'ok');
      assert.match(h.runStore?.file ?? '', /^postgres:\/\/trainboard@127\.0\.0\.1:\d+\/trainboard$/);
    } finally {
      socket.close();
    }
  });

  test('PostgreSQL going away: health says unreachable and stale, the last sessions are served, trainers keep training', async () => {
    await db!.kill();
    await waitUntil('health reports the run store unreachable', async () => {
      const h = await health();
      return h.runStore?.state === 'unreachable' && h.runStore.stale;
    });
    const h = await health();
    assert.ok(h.runStore?.message, 'the error is reported');
    const list = await sessions();
    assert.deepEqual(
      list
        .filter((s) => s.source === 'runstore')
        .map((s) => s.id)
        .sort(),
      ['alpha', 'beta'],
      'the last snapshot is still served',
    );
    await new Promise((r) => setTimeout(r, 1500)); // heartbeats and epochs fail meanwhile
    for (const [id, t] of trainers)
      assert.equal(t.child.exitCode, null, `trainer ${id} is still training: ${t.stderr.join('')}`);
    assert.ok(
      [...trainers.values()].some((t) => t.stderr.join('').includes('training continues')),
      'a trainer reports the failing writes',
    );
  });

  test('PostgreSQL back: health is ok again and the sessions record new epochs', async () => {
    const before = await epochsOf('alpha');
    await db!.restart();
    await waitUntil('health ok again', async () => (await health()).runStore?.state === 'ok');
    await waitUntil('alpha records epochs again', async () => (await epochsOf('alpha')) > before);
    assert.equal((await health()).runStore?.stale, false);
  });

  test('SIGTERM marks the session stopped in PostgreSQL before the trainer exits', async () => {
    const beta = trainers.get('beta')!;
    assert.equal(beta.child.exitCode, null, 'beta is still training');
    const exited = new Promise<number | null>((r) => beta.child.once('exit', (code) => r(code)));
    beta.child.kill('SIGTERM');
    assert.equal(await exited, 143, beta.stderr.join(''));
    await waitUntil('beta listed as stopped', async () =>
      (await sessions()).some((s) => s.id === 'beta' && s.status === 'stopped'),
    );
    assert.equal((await sessions()).find((s) => s.id === 'alpha')?.status, 'running');
  });
});
