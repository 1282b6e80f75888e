// @dossier/model: the one model shared by the server and the client (path alias in tsconfig.json, Vite
// and vitest): the graph's vocabulary, the annotation format, the HTTP API's wire types, entity
// resolution's shared shapes, the HTML-or-text rule and the catalogue of error codes. It imports nothing of server/ or client/.
export * from './graph.js';
export * from './annotation.js';
export * from './wire.js';
export * from './relation-ref.js';
export type * from './resolution.js';
export * from './html.js';
export * from './errors.js';
