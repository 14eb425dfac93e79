// `trainboard/contract`: the wire types of the HTTP API (/api/... and TensorBoard's /data/...) and the typed
// Socket.IO event maps, for clients written against a trainboard server. Type-only: importing it loads nothing.
// TODO(contract): re-export from the top-level contract/ module (schemas and types) once it lands.
export type * from '../server/api-contract.ts';
