// Keep-alive connections: a connection left idle longer than a client pool keeps one (undici: 4 s) and longer
// than Node's default server timeout (5 s) still answers the next request, so a client never reuses a connection
// the server is just closing (a POST on it fails, it is not retried). The client is a raw TCP socket speaking
// HTTP/1.1 to the real app; the idle time is the only wait.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { KEEP_ALIVE_MS } from '../../../server/app.ts';
import { startTestServer, tempLogdir, type TestServer } from './test-server.ts';

let logdir: ReturnType<typeof tempLogdir>;
let server: TestServer;

before(async () => {
  logdir = tempLogdir();
  server = await startTestServer({ logdir: logdir.dir });
});
after(async () => {
  await server.close();
  logdir.remove();
});

/** Sends one GET on `socket` and resolves with the status line once the whole response (Content-Length) is in. */
function get(socket: Socket, path: string): Promise<string> {
  return new Promise((ok, fail) => {
    let text = '';
    const onData = (d: Buffer): void => {
      text += d.toString('latin1');
      const head = text.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/content-length: (\d+)/i.exec(text.slice(0, head))?.[1] ?? NaN);
      if (text.length - head - 4 < length) return;
      socket.off('data', onData).off('close', onClose);
      ok(text.slice(0, text.indexOf('\r\n')));
    };
    const onClose = (): void => fail(new Error(`the server closed the connection before answering ${path}`));
    socket.on('data', onData).on('close', onClose);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
  });
}

test('a keep-alive connection idle for 6 s (past undici 4 s and Node 5 s) answers its next request', async () => {
  assert.ok(KEEP_ALIVE_MS > 60_000, 'idle connections outlive a proxy keepalive_timeout of 60 s');
  const { port } = new URL(server.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((ok) => socket.once('connect', ok));
  try {
    assert.equal(await get(socket, '/api/health'), 'HTTP/1.1 200 OK');
    await sleep(6000);
    assert.equal(socket.destroyed, false, 'the idle connection is still open');
    assert.equal(await get(socket, '/data/runs'), 'HTTP/1.1 200 OK');
  } finally {
    socket.destroy();
  }
});
