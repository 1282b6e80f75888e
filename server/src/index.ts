// Entry point of `npm start`: config -> Neo4j -> app -> listen; SIGINT/SIGTERM -> an orderly stop.
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { Neo4jSetupError } from './neo4j/managed/index.js';
import { startDossier } from './server.js';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const say = (line: string) => console.log(line);
  const dossier = await startDossier(config, { logger, progress: say, warm: true });
  const c = dossier.counts;
  say(
    `Dossier is running at ${dossier.url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n` +
      `  Neo4j: ${dossier.managed ? 'managed local instance' : config.neo4j.uri}\n` +
      `  Graph: ${c['Article']} articles, ${c['Person']} people, ${c['Organization']} organizations, ` +
      `${c['Place']} places, ${c['Event']} events, ${c['Statement']} statements, ${c['relationships']} relationships` +
      (dossier.seeded ? ' (seed loaded now)' : '') +
      (dossier.seedGaps.length
        ? `\n  WARNING: seed incomplete, missing ${dossier.seedGaps.map((g) => g.article).join(', ')}: ` +
          'run `npm run seed` to load them (GET /api/health lists them until then)'
        : '') +
      '\n  Press Ctrl+C to stop.',
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping Dossier…`);
    dossier.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof Neo4jSetupError)
    console.error(`Dossier could not start: ${err.message}`);
  else console.error('Dossier could not start:', err);
  process.exit(1);
});
