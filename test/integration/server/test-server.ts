// Starts a real trainboard app on 127.0.0.1 port 0 over a logdir for tests, with fetch helpers; close() stops
// it and removes any temp dir it made.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppDeps } from '../../../server/app.ts';

export interface TestServer {
  app: App;
  url: string;
  get(path: string): Promise<Response>;
  json<T = unknown>(path: string): Promise<T>;
  close(): Promise<void>;
}

export function tempLogdir(prefix = 'trainboard-server-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A server on port 0; sessions come from <logdir>/trainboard.sqlite when it exists (as in production). */
export async function startTestServer(deps: Partial<AppDeps> & { logdir: string }): Promise<TestServer> {
  const app = createApp({ reloadIntervalSecs: 0, log: () => {}, ...deps });
  await app.ready();
  await new Promise<void>((ok) => app.httpServer.listen(0, '127.0.0.1', ok));
  const addr = app.httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const get = (path: string): Promise<Response> => fetch(url + path);
  return {
    app,
    url,
    get,
    async json<T>(path: string): Promise<T> {
      const res = await get(path);
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    close: () => app.close(),
  };
}
