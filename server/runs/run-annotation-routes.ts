// The run-management routes: GET /api/runs/annotations lists every annotation; PATCH
// /api/runs/annotations/<run> (the run name as its path, `/` raw or as %2F) changes the fields its JSON body
// names, then pushes the stored annotation to every page. Invariants: a body or run name that fails the
// contract is a 400 naming the field and stores nothing; a run the logdir does not hold is a 404; the body must
// be JSON (`Content-Type: application/json`, which a cross-site form cannot send), and origin checks and token
// auth come from the security layer in front of every mutating route; a store locked past its wait is a 503.
import express, { Router, type Request } from 'express';
import {
  RunAnnotationPatchBody,
  RunAnnotationRunName,
  parseWire,
  type ApiRunAnnotationResponse,
  type ApiRunAnnotationsResponse,
} from '../../contract/index.ts';
import type { RunAnnotationStore } from '../../runstore/run-annotations.ts';
import { HttpError, badParam, notFound } from '../http/http-error.ts';
import { sendJson } from '../http/tb-json.ts';
import type { RunAnnotationPublisher } from './run-annotation-push.ts';

export interface RunAnnotationRoutesDeps {
  /** Absent when the server keeps no run store: GET answers [] with `unavailable`, PATCH a 503. */
  annotations: RunAnnotationStore | undefined;
  /** Why there is no store (the `unavailable` message). */
  unavailableReason?: string;
  /** True when the logdir holds this run (only known runs are annotated). */
  hasRun: (run: string) => boolean;
  publish: RunAnnotationPublisher;
}

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
const READ_ONLY = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'EACCES', 'EROFS', 'EPERM']);

/** A store that stayed locked or cannot be written becomes a 503 saying so; anything else stays a 500. */
function storeError(err: unknown): unknown {
  let code: unknown;
  for (let e: unknown = err; e instanceof Error && typeof code !== 'string'; e = e.cause)
    code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return err;
  if (BUSY.has(code))
    return new HttpError(503, 'unavailable', 'the run store is locked by another writer; retry in a moment');
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY'))
    return new HttpError(
      503,
      'unavailable',
      `the run store cannot be written (${code}); is the logdir read-only?`,
    );
  return err;
}

function runName(req: Request): string {
  const raw = (req.params as { run?: string | string[] }).run;
  const name = Array.isArray(raw) ? raw.join('/') : (raw ?? '');
  const parsed = parseWire(RunAnnotationRunName, name);
  if (!parsed.ok) throw badParam(`run: ${parsed.message}`);
  return parsed.value;
}

export function createRunAnnotationRoutes(deps: RunAnnotationRoutesDeps): Router {
  const router = Router();
  const json = express.json({ limit: '64kb', type: () => true });

  const reason =
    deps.unavailableReason ??
    'run management needs a run store: start the server with --runstore (a SQLite file or postgres://)';
  const store = (): RunAnnotationStore => {
    if (!deps.annotations) throw new HttpError(503, 'unavailable', reason);
    return deps.annotations;
  };

  router.get('/runs/annotations', async (_req, res) => {
    if (!deps.annotations) {
      const body: ApiRunAnnotationsResponse = { annotations: [], unavailable: reason };
      sendJson(res, body);
      return;
    }
    let annotations;
    try {
      annotations = await deps.annotations.list();
    } catch (err) {
      throw storeError(err);
    }
    const body: ApiRunAnnotationsResponse = { annotations };
    sendJson(res, body);
  });

  router.patch(
    '/runs/annotations/{*run}',
    (req, _res, next) => {
      if (!req.is('application/json'))
        throw new HttpError(415, 'bad_body', 'the body must be JSON (Content-Type: application/json)');
      next();
    },
    json,
    async (req, res) => {
      const run = runName(req);
      const patch = parseWire(RunAnnotationPatchBody, req.body as unknown);
      if (!patch.ok) throw badParam(patch.message);
      const annotationStore = store();
      if (!deps.hasRun(run)) throw notFound(`no run '${run}' in this logdir`);
      let annotation;
      try {
        annotation = await annotationStore.update(run, patch.value);
      } catch (err) {
        throw storeError(err);
      }
      deps.publish(annotation);
      const body: ApiRunAnnotationResponse = { annotation };
      sendJson(res, body);
    },
  );
  router.all(['/runs/annotations', '/runs/annotations/{*run}'], (req) => {
    throw new HttpError(
      405,
      'method_not_allowed',
      `${req.method} ${req.path} is not served: use GET /api/runs/annotations or PATCH /api/runs/annotations/<run>`,
    );
  });
  return router;
}
