// The managed local Neo4j's public surface.
export { ManagedNeo4j, type ManagedNeo4jOptions, type Neo4jConnection } from './managed-neo4j.js';
export { ensureNeo4jFetched, neo4jIsFetched, checkToolchain, Neo4jSetupError } from './fetch.js';
export { freePort } from './free-port.js';
export { superviseManagedNeo4j, type Neo4jSupervision } from './supervise.js';
export { neo4jVersion } from './layout.js';
