// Serves the built browser app from dist/client/ (made by `node scripts/build-client.mjs`). When it has not
// been built, `/` answers with a short page saying how to build it; the APIs work either way. Paths never
// escape dist/client/ (express.static rejects `..` and we do not follow dotfiles).
import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>trainboard</title>
<h1>trainboard: the browser app is not built</h1>
<p>Build it with <code>node scripts/build-client.mjs</code> (or <code>npm ci</code>, whose prepare step runs it),
then reload. The APIs already work: <a href="/api/health">/api/health</a>, <a href="/api/runs">/api/runs</a>,
<a href="/data/runs">/data/runs</a>.</p>`;

export function createClientStaticRouter(clientDir: string): Router {
  const router = Router();
  router.use(express.static(clientDir, { dotfiles: 'ignore', index: 'index.html', fallthrough: true }));
  router.get('/', (_req, res) => {
    if (existsSync(join(clientDir, 'index.html'))) {
      res.sendFile(join(clientDir, 'index.html'));
      return;
    }
    res.status(200).type('html').send(NOT_BUILT);
  });
  return router;
}
