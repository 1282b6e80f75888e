// What every route is built from: the database, the configuration, the logger, the built client and the
// version. Its own module so that routes depend on it rather than on app.ts, which mounts them.
import type { Neo4jRestart, SeedGap } from '@dossier/model';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Database } from './neo4j/database.js';

export interface AppDeps {
  db: Database;
  config: Config;
  logger: Logger;
  /** The built client (client/dist); a placeholder page is served while it is missing. */
  clientDir: string;
  version: string;
  /** The managed Neo4j's supervision (absent with an external Neo4j): why Neo4j is being restarted, if it is. */
  neo4jSupervision?: { readonly restart: Neo4jRestart | null };
  /** Seed articles the start could not load (health names those still missing). */
  seedGaps?: readonly SeedGap[];
}
