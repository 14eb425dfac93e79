// Starts a real S3-compatible server for tests (s3rver, file-backed, from npm: Scality's @zenko/cloudserver
// cannot be installed here, its only npm release depends on git-hosted packages) as a child process on
// 127.0.0.1 and a free port, and stops it by pid. Invariant: the credentials and endpoint it hands out are the
// standard AWS environment variables, so code under test configures itself through the normal AWS chain.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './shared-fixtures.ts';

export interface TestS3Server {
  pid: number;
  endpoint: string;
  /** AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION for this server. */
  env: Record<string, string>;
  /** Sets `env` on process.env (restored by stop()). */
  applyEnv(): void;
  stop(): Promise<void>;
}

/** s3rver's built-in account (its defaults: any other key is refused with InvalidAccessKeyId). */
const ACCESS_KEY = 'S3RVER';
const SECRET_KEY = 'S3RVER';

export async function startS3Server(opts: { buckets: string[] }): Promise<TestS3Server> {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-s3-'));
  const bin = join(repoRoot, 'node_modules', 's3rver', 'bin', 's3rver.js');
  // s3rver encrypts its ListObjectsV2 continuation tokens with DES, which Node 20's OpenSSL 3 leaves in the
  // legacy provider: without it every truncated listing (over 1,000 keys) is a 500 InternalError
  const args = [
    '--openssl-legacy-provider',
    bin,
    '--directory',
    dir,
    '--address',
    '127.0.0.1',
    '--port',
    '0',
    '--silent',
  ];
  for (const b of opts.buckets) args.push('--configure-bucket', b);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const fail = (why: string): void => reject(new Error(`s3rver did not start: ${why}\n${out}`));
    const timer = setTimeout(() => fail('no listening line within 60 s'), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on [^:\s]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(`exited with ${code}`);
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const env = {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: ACCESS_KEY,
    AWS_SECRET_ACCESS_KEY: SECRET_KEY,
    AWS_REGION: 'us-east-1',
  };
  const saved = new Map<string, string | undefined>();
  const pid = child.pid!;
  return {
    pid,
    endpoint,
    env,
    applyEnv() {
      for (const [k, v] of Object.entries(env)) {
        if (!saved.has(k)) saved.set(k, process.env[k]);
        process.env[k] = v;
      }
    },
    async stop() {
      for (const [k, v] of saved) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        process.kill(pid, 'SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
