// Starts a real redis-server (Debian's) for tests on 127.0.0.1 and a free port, with no persistence, from a
// temp dir; stop() and kill() end it by its pid, restart() brings it back on the same port (empty).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitUntil } from './free-port.ts';

export const REDIS_SERVER = '/usr/bin/redis-server';
export const haveRedis = existsSync(REDIS_SERVER);
/** A skip reason for node:test, or false: missing Redis fails under CI=true, skips otherwise. */
export const redisSkip =
  !haveRedis && process.env.CI !== 'true' ? `needs ${REDIS_SERVER} (Debian redis-server)` : false;

export interface TestRedis {
  url: string;
  port: number;
  kill(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    let out = '';
    s.on('connect', () => s.write('PING\r\n'));
    s.on('data', (d) => {
      out += d.toString();
      if (out.includes('\r\n')) {
        s.destroy();
        resolve(out.startsWith('+PONG'));
      }
    });
    s.on('error', () => resolve(false));
  });
}

export async function startRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    const c = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: 'ignore' },
    );
    child = c;
    await waitUntil(`redis-server did not answer PING on ${port}`, async () => {
      if (c.exitCode !== null) throw new Error(`redis-server exited with ${c.exitCode}`);
      return ping(port);
    });
  }

  async function killChild(signal: NodeJS.Signals): Promise<void> {
    const c = child;
    child = undefined;
    if (!c || c.pid === undefined || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    process.kill(c.pid, signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => killChild('SIGKILL'),
    restart: start,
    async stop() {
      await killChild('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
