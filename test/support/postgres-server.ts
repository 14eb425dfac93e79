// Starts a real PostgreSQL (Debian's postgresql-15 binaries) for tests: initdb into a temp dir, then `postgres`
// on 127.0.0.1 and a free port, run as the `postgres` user when this process is root (PostgreSQL refuses root).
// Invariant: the server is stopped by its pid (the postmaster's, from spawn), and stop() removes its data dir;
// kill() and restart() let a test take the database away (as a crash does) and bring it back on the same port
// and data.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, waitUntil } from './free-port.ts';

export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';
export const havePostgres = existsSync(join(POSTGRES_BIN, 'postgres'));
/** A skip reason for node:test, or false: missing PostgreSQL fails under CI=true, skips otherwise. */
export const postgresSkip =
  !havePostgres && process.env.CI !== 'true'
    ? `needs PostgreSQL 15 in ${POSTGRES_BIN} (Debian postgresql)`
    : false;

export interface TestPostgres {
  /** postgres://trainboard@127.0.0.1:PORT/trainboard */
  url: string;
  port: number;
  pid(): number | undefined;
  /** Immediate shutdown (SIGQUIT: no checkpoint, crash recovery at restart): the database is gone until restart(). */
  kill(): Promise<void>;
  /** Starts the server again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function runAs(): { uid?: number; gid?: number } {
  if (userInfo().uid !== 0) return {};
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) throw new Error('running as root and there is no postgres user');
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

export async function startPostgres(): Promise<TestPostgres> {
  const as = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-pg-'));
  const data = join(dir, 'data');
  const sockets = join(dir, 'sockets');
  mkdirSync(sockets);
  if (as.uid !== undefined) {
    chownSync(dir, as.uid, as.gid!);
    chownSync(sockets, as.uid, as.gid!);
  }
  const init = spawnSync(
    join(POSTGRES_BIN, 'initdb'),
    ['-D', data, '-U', 'trainboard', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C'],
    { encoding: 'utf8', ...as },
  );
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${init.status}): ${init.stderr}`);
  }
  const port = await freePort();
  let child: ChildProcess | undefined;
  let log = '';
  const url = `postgres://trainboard@127.0.0.1:${port}/trainboard`;

  async function start(): Promise<void> {
    log = '';
    const c = spawn(
      join(POSTGRES_BIN, 'postgres'),
      ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', sockets, '-F', '-c', 'max_connections=50'],
      { stdio: ['ignore', 'ignore', 'pipe'], ...as },
    );
    child = c;
    c.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    await waitUntil(
      `PostgreSQL did not accept connections on ${port}: ${log}`,
      async () => {
        if (c.exitCode !== null) throw new Error(`postgres exited with ${c.exitCode}: ${log}`);
        const client = new pg.Client({ connectionString: url.replace(/\/trainboard$/, '/postgres') });
        try {
          await client.connect();
          await client.query('SELECT 1');
          return true;
        } finally {
          await client.end().catch(() => {});
        }
      },
      60_000,
    );
  }

  async function killChild(signal: NodeJS.Signals): Promise<void> {
    const c = child;
    child = undefined;
    if (!c || c.pid === undefined || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    process.kill(c.pid, signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (c.exitCode === null && c.signalCode === null) process.kill(c.pid, 'SIGKILL');
  }

  await start();
  const admin = new pg.Client({ connectionString: url.replace(/\/trainboard$/, '/postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE trainboard');
  await admin.end();

  return {
    url,
    port,
    pid: () => child?.pid,
    kill: () => killChild('SIGQUIT'),
    restart: start,
    async stop() {
      await killChild('SIGINT'); // fast shutdown
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
