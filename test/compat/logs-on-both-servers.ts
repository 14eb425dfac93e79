// One Python script writes a logdir with a real writer's API; our server and real TensorBoard (--load_fast=false)
// are both started on it, for the tests that compare their answers byte for byte. The script prints, as the last
// line of its stdout, a JSON description of what it wrote (runs, tags, orders), handed to the test as `written`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { startTensorBoard, type RealTensorBoard } from './tensorboard-frontend/frontend-servers.ts';
import { python } from './tensorboard-oracle.ts';
import { repoRoot } from '../support/shared-fixtures.ts';

export interface LogsOnBothServers<T> {
  /** What the script said it wrote. */
  readonly written: T;
  readonly ours: TestServer;
  readonly tensorboard: RealTensorBoard;
}

export interface LogsOnBothServersOptions<T> {
  /** Set (a reason) when the venv lacks what the script or TensorBoard needs: nothing is started. */
  skip: string | false;
  /** The temporary directory's name prefix. */
  prefix: string;
  /** A script under test/compat/python/, called with the logdir as its one argument. */
  script: string;
  /** How many runs TensorBoard must list before it is ready. */
  runCount: (written: T) => number;
}

/** Registers the test file's `before` (write, start both) and `after` (stop both, remove the logs). */
export function logsOnBothServers<T>(options: LogsOnBothServersOptions<T>): LogsOnBothServers<T> {
  let tmp: ReturnType<typeof tempLogdir> | undefined;
  let written: T | undefined;
  let ours: TestServer | undefined;
  let tensorboard: RealTensorBoard | undefined;
  const ready = <V>(value: V | undefined, name: string): V => {
    if (value === undefined)
      throw new Error(`logsOnBothServers(${options.script}): ${name} read before it started`);
    return value;
  };
  before(async () => {
    if (options.skip) return;
    tmp = tempLogdir(options.prefix);
    const logdir = join(tmp.dir, 'logs');
    const script = join(repoRoot, 'test', 'compat', 'python', options.script);
    const r = spawnSync(python, [script, logdir], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${options.script}: ${r.stdout}\n${r.stderr}`);
    written = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as T;
    ours = await startTestServer({ logdir });
    tensorboard = await startTensorBoard(logdir, Promise.resolve(options.runCount(written)));
  });
  after(async () => {
    await tensorboard?.close();
    await ours?.close();
    tmp?.remove();
  });
  return {
    get written() {
      return ready(written, 'written');
    },
    get ours() {
      return ready(ours, 'our server');
    },
    get tensorboard() {
      return ready(tensorboard, 'TensorBoard');
    },
  };
}

/** A request to either server: a GET, or a POST of a form or of JSON. */
export interface Probe {
  path: string;
  form?: [string, string][];
  json?: unknown;
}

/** The status and the raw text of one answer (no parsing: byte-for-byte comparisons). */
export async function answer(origin: string, p: Probe): Promise<{ status: number; text: string }> {
  const init: RequestInit =
    p.json !== undefined
      ? { method: 'POST', body: JSON.stringify(p.json), headers: { 'Content-Type': 'application/json' } }
      : p.form
        ? {
            method: 'POST',
            body: new URLSearchParams(p.form).toString(),
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          }
        : {};
  const res = await fetch(origin + p.path, init);
  return { status: res.status, text: await res.text() };
}
