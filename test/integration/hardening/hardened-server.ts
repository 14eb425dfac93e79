// Starts the real app with the security layer (as the CLI wires it) on 127.0.0.1 port 0 for the hardening
// tests, plus small helpers: temp logdirs, polling until a condition holds, and killing a child by its pid.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppDeps } from '../../../server/app.ts';
import { createSecurityLayer, type SecurityOptions } from '../../../server/security/security-layer.ts';

export interface HardenedServer {
  app: App;
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startHardenedServer(
  deps: Partial<AppDeps> & { logdir: string },
  security: SecurityOptions = { loopbackOnly: true },
): Promise<HardenedServer> {
  const app = createApp({
    reloadIntervalSecs: 0,
    log: () => {},
    security: createSecurityLayer(security),
    ...deps,
  });
  await new Promise<void>((ok) => app.httpServer.listen(0, '127.0.0.1', ok));
  await app.ready();
  const { port } = app.httpServer.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, port, close: () => app.close() };
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `trainboard-hardening-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Polls `check` every 25 ms until it returns true or `timeoutMs` passes; returns the last result. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const t0 = Date.now();
  for (;;) {
    if (await check()) return true;
    if (Date.now() - t0 > timeoutMs) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
}
