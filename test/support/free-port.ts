// A free TCP port on 127.0.0.1 for a child server that cannot listen on port 0 itself (PostgreSQL, Redis,
// nginx): the port is bound, read and released, so a race with another process is possible but rare.
import { createServer, type AddressInfo } from 'node:net';

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok, fail) => {
    s.once('error', fail);
    s.listen(0, '127.0.0.1', ok);
  });
  const { port } = s.address() as AddressInfo;
  await new Promise((ok) => s.close(ok));
  return port;
}

/** Resolves once `probe` succeeds, or rejects after `timeoutMs` with `what` and the last error. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await probe()) return;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} within ${timeoutMs} ms${last instanceof Error ? ` (${last.message})` : ''}`);
}
