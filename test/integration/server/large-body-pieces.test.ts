// A prepared body above 256 KiB goes out in pieces (response-drain endWithBytes): a real HTTP client gets
// every byte, in order, with the Content-Length of the whole body, and a small one goes out in one end.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import type { Response } from 'express';
import { endWithBytes } from '../../../server/http/response-drain.ts';

test('endWithBytes sends a 3 MB body and a 100-byte body byte for byte with their Content-Length', async () => {
  const big = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
  const small = Buffer.from('x'.repeat(100));
  const server = createServer((req, res) => {
    res.setHeader('Content-Type', 'application/octet-stream');
    void endWithBytes(res as unknown as Response, req.url === '/big' ? big : small);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  try {
    for (const [path, body] of [
      ['/big', big],
      ['/small', small],
    ] as const) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      assert.equal(res.headers.get('content-length'), String(body.length), path);
      assert.ok(Buffer.from(await res.arrayBuffer()).equals(body), `${path}: the bytes differ`);
    }
  } finally {
    server.close();
  }
});
