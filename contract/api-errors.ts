// Error bodies of every 4xx/5xx JSON answer (HTTP) and of every failed Socket.IO acknowledgement: a stable
// code and a message that says what was wrong and what to do. Invariant: codes are only ever added.

/** Stable error codes of every 4xx/5xx JSON error body. */
export type ApiErrorCode =
  | 'bad_param' // a query/body parameter is missing, malformed, or out of range (400)
  | 'bad_body' // the request body is not valid JSON / form data (400)
  | 'not_found' // no such route, run, tag, session or file (404)
  | 'method_not_allowed' // e.g. GET on a POST-only TensorBoard route (405)
  | 'payload_too_large' // body over the size limit (413)
  | 'over_budget' // a client asked for more than its budget allows (subscriptions, series, bytes)
  | 'unauthorized' // missing/wrong auth token (401; hardening, issue #6)
  | 'unavailable' // the run store stayed locked by another writer; retry (503)
  | 'internal'; // unexpected server error; details are logged, never sent (500)

/** Body of every error response of `/api/...` and of unknown `/data/...` routes. */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    /** Human-readable: says what was wrong and what to do. */
    message: string;
  };
}
