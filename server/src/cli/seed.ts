// `npm run seed`: (re)loads graph-seed/ into the configured Neo4j (starting the managed one if needed).
// Each article is one transaction; loading twice changes no count. An article the database refuses for a
// reason of the moment is tried again alone (seed.ts), each try said. Exits non-zero if a document is refused.
import { loadConfig } from '../config.js';
import { loadSeed } from '../ingest/seed.js';
import { createLogger } from '../logger.js';
import { readCounts, readRelationshipCounts } from '../neo4j/repositories/index.js';
import { startDossier } from '../server.js';

const config = { ...loadConfig(), seed: 'never' as const, port: 0 };
const dossier = await startDossier(config, {
  logger: createLogger('warn'),
  progress: console.log,
  buildClient: false,
});
let failed = 0;
try {
  for (const outcome of await loadSeed(dossier.db, { log: console.log })) {
    if (outcome.ok) {
      const c = outcome.counts;
      console.log(
        `loaded ${outcome.articleId}: ${c.entities} entities, ${c.events} events, ${c.statements} statements, ${c.relations} relations`,
      );
    } else {
      failed += 1;
      console.error(`refused ${outcome.file}:\n${outcome.message}`);
    }
  }
  console.log('counts per label:', await readCounts(dossier.db));
  console.log('counts per relationship type:', await readRelationshipCounts(dossier.db));
} finally {
  await dossier.stop();
}
process.exit(failed ? 1 : 0);
