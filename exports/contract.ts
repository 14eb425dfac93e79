// `trainboard/contract`: the wire types of the HTTP API (/api/... and TensorBoard's /data/...) and the typed
// Socket.IO event maps, for clients written against a trainboard server, and the valibot schemas the server
// validates every query, body and socket payload with (the same ones, so a client can check before it sends).
export * from '../contract/index.ts';
