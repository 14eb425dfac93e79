// `trainboard serve --path_prefix`: TensorBoard's flag, normalised as TensorBoard does (trailing slash dropped),
// the printed URL under the prefix, the routes served there and 404 outside; a prefix without a leading slash
// is bad usage (exit 2, one line naming the flag).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseServeFlags } from '../../../server/cli/serve-flags.ts';
import { runServer } from '../../../server/cli/server-runner.ts';
import { runCli } from '../../support/run-cli.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';

test('serve --path_prefix tb (no leading slash) exits 2 naming the flag', async () => {
  const r = await runCli(['serve', '--logdir', fixturesDir, '--path_prefix', 'tb']);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /--path_prefix must start with a slash, got 'tb'/);
});

test('serve --path_prefix /tb/ prints the URL under /tb/ and serves there, 404 outside', async () => {
  const { options } = parseServeFlags(
    ['--logdir', join(fixturesDir, 'tf-summary'), '--port', '0', '--path_prefix', '/tb/'],
    {},
  );
  assert.equal(options.pathPrefix, '/tb');
  let stop: () => void = () => {};
  const stopSignal = new Promise<void>((r) => (stop = r));
  const out: string[] = [];
  let announced: (url: string) => void = () => {};
  const url = new Promise<string>((r) => (announced = r));
  const running = runServer(
    { ...options, reloadIntervalSecs: 0, stopSignal },
    {
      stdout: (line) => {
        out.push(line);
        const m = /at (http:\/\/\S+) /.exec(line);
        if (m) announced(m[1]!);
      },
      stderr: () => {},
    },
  );
  try {
    const at = await url;
    assert.match(at, /^http:\/\/127\.0\.0\.1:\d+\/tb\/$/);
    const origin = new URL(at).origin;
    for (let i = 0; i < 100; i++) {
      const r = await fetch(`${at}data/runs`);
      if (r.status === 200 && ((await r.json()) as string[]).length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal((await fetch(`${at}api/runs`)).status, 200);
    assert.equal((await fetch(`${origin}/api/runs`)).status, 404);
  } finally {
    stop();
    assert.equal(await running, 0, out.join('\n'));
  }
});
