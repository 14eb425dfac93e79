// The /api training-session routes: the sessions (run store merged with disk), one session with its epochs, and
// its model (the run store's Keras JSON, else the last Keras model summary of its runs) with the layer graph.
import { Router } from 'express';
import type { ApiModelResponse, ApiSessionResponse, ApiSessionsResponse } from '../../contract/index.ts';
import { notFound } from '../http/http-error.ts';
import { sendListingBytes } from '../http/listing-cache.ts';
import { sendJson } from '../http/tb-json.ts';
import { kerasModelToGraphDef } from '../plugins/graphs/keras-graph-builder.ts';
import { readKerasModels } from '../plugins/shared/stored-kinds.ts';
import type { SessionCatalog } from '../sessions/session-catalog.ts';
import type { DataProvider } from '../store/data-provider.ts';
import { listJsonBytes, plainJsonText } from './plain-json.ts';

export function createSessionsRoutes(deps: { sessions: SessionCatalog; provider: DataProvider }): Router {
  const { sessions, provider } = deps;
  const router = Router();
  // the list is 2-3 MB of JSON on 10,000 runs: serialized once per derivation of the catalog (which is reused
  // for up to a second or until a source changes), not once per request, and by JSON.stringify per session
  // (plain-json.ts: the generic writer took 100-200 ms for 2,000 sessions, on the first chart's path)
  router.get('/sessions', async (_req, res) => {
    const list = await sessions.list();
    await sendListingBytes(res, provider, 'api/sessions', { of: list }, () =>
      listJsonBytes<ApiSessionsResponse['sessions'][number]>(
        'sessions',
        list.map((s) => s.summary),
        plainJsonText,
      ),
    );
  });

  router.get('/sessions/:id', async (req, res) => {
    const s = await sessions.get(req.params.id);
    if (!s) throw notFound(`no session '${req.params.id.slice(0, 200)}'`);
    const body: ApiSessionResponse = { session: s.summary, epochs: s.record?.epochs ?? [] };
    sendJson(res, body);
  });

  router.get('/sessions/:id/model', async (req, res) => {
    const s = await sessions.get(req.params.id);
    if (!s) throw notFound(`no session '${req.params.id.slice(0, 200)}'`);
    let modelJson = s.record?.modelJson ?? null;
    if (modelJson === null) {
      for (const run of s.runs) {
        for (const info of run.tags().values()) {
          if (info.plugin === 'graph_keras_model')
            modelJson ??= readKerasModels(run, info.tag).at(-1)?.json ?? null;
        }
      }
    }
    let graph: ApiModelResponse['graph'] = null;
    if (modelJson !== null) {
      try {
        graph = (kerasModelToGraphDef(modelJson).node ?? []).map((n) => ({
          name: n.name ?? '',
          className: n.attr?.keras_class?.s ? new TextDecoder().decode(n.attr.keras_class.s) : '',
          inputs: n.input ?? [],
        }));
      } catch {
        graph = null; // not a Keras model we can draw; the JSON is still returned
      }
    }
    const body: ApiModelResponse = {
      session: s.summary.id,
      modelJson,
      layerSummary: s.record?.layerSummary ?? null,
      graph,
    };
    sendJson(res, body);
  });

  return router;
}
