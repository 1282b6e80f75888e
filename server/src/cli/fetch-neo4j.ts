// `npm run neo4j:fetch`: fetches Neo4j Community from Maven Central and builds the launcher, if needed.
import { ensureNeo4jFetched, Neo4jSetupError } from '../neo4j/managed/index.js';

try {
  await ensureNeo4jFetched(console.log);
  console.log('Neo4j is fetched and the launcher is built.');
} catch (err) {
  console.error(err instanceof Neo4jSetupError ? err.message : err);
  process.exit(1);
}
