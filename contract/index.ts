// The wire contract of trainboard, server and client alike: response types, request schemas (HTTP queries and
// bodies, Socket.IO payloads) with the types inferred from them, and the parser that applies a schema to
// untrusted input. Imported by server/ and client/; imports neither (nor tfevents, nor Node).
export * from './api-errors.ts';
export * from './api-responses.ts';
export * from './tb-responses.ts';
export * from './tb-mesh-responses.ts';
export * from './projector-responses.ts';
export * from './socket-messages.ts';
export * from './query-fields.ts';
export * from './http-queries.ts';
export * from './http-bodies.ts';
export * from './run-annotations.ts';
export * from './wire-parse.ts';
