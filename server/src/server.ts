// Starts and stops the whole of Dossier: Neo4j (managed or external), schema, seed, client, HTTP.
// `startDossier` is used by `npm start` (index.ts) and by the integration tests.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ErrorBody, SeedGap } from '@dossier/model';
import { createApp } from './app.js';
import { CLIENT_DIST, ensureClientBuilt } from './client-build.js';
import type { Config } from './config.js';
import { closeGracefully } from './http/graceful-close.js';
import { loadSeed, seedGaps, seedWarning, type LoadSeedOptions } from './ingest/seed.js';
import { warmIngestion } from './ingest/warm-ingestion.js';
import type { Logger } from './logger.js';
import { Database } from './neo4j/database.js';
import {
  ensureNeo4jFetched,
  ManagedNeo4j,
  neo4jVersion,
  superviseManagedNeo4j,
  type Neo4jSupervision,
} from './neo4j/managed/index.js';
import { readCounts } from './neo4j/repositories/index.js';
import { applySchema } from './neo4j/schema.js';
import { warmOverview } from './services/graph-service.js';

export const DOSSIER_VERSION = '0.1.0';

/** Requests Node's HTTP parser refuses (URL or headers too large, malformed) still get a coded JSON error. */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const answer: ErrorBody = {
    error: tooLarge
      ? {
          code: 'URL_TOO_LONG',
          message: 'The URL or headers are too large.',
          hint: 'Keep the URL under 16 KB.',
        }
      : { code: 'BAD_REQUEST', message: 'The request could not be read.' },
  };
  const body = JSON.stringify(answer);
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export interface RunningDossier {
  url: string;
  db: Database;
  managed: ManagedNeo4j | null;
  seeded: boolean;
  /** Seed articles this start could not load (empty when the seed loaded whole or was not loaded). */
  seedGaps: SeedGap[];
  counts: Record<string, number>;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  /** Lines for a person watching the start (fetching, seeding, building). */
  progress?: (line: string) => void;
  /** Skip the client build (the API tests). */
  buildClient?: boolean;
  /** Warm the ingestion before listening when config.warm is on (npm start: yes; tests and CLIs: no). */
  warm?: boolean;
  /** How the seed's refused articles are tried again (seed.ts's defaults; tests pass shorter ones). */
  seedRetry?: Pick<LoadSeedOptions, 'retries' | 'pauseMs'>;
}

export async function startDossier(config: Config, options: StartOptions): Promise<RunningDossier> {
  const { logger } = options;
  const progress = options.progress ?? ((line: string) => logger.info(line));
  let managed: ManagedNeo4j | null = null;
  let neo4jSupervision: Neo4jSupervision | undefined;
  let connection = config.neo4j.uri
    ? { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password ?? '' }
    : null;
  if (!connection) {
    await ensureNeo4jFetched(progress);
    progress(`Starting the managed Neo4j ${neo4jVersion()} (data in ${config.dataDir})…`);
    managed = new ManagedNeo4j({
      dataDir: config.dataDir,
      heap: config.managedNeo4j.heap,
      pageCache: config.managedNeo4j.pageCache,
      txTimeoutMs: config.managedNeo4j.txTimeoutMs,
      onLog: (line) => logger.debug({ neo4j: line }),
    });
    const startedAt = performance.now();
    connection = await managed.start();
    progress(`Neo4j is ready (${((performance.now() - startedAt) / 1000).toFixed(1)} s).`);
    if (managed.consolePriority && !managed.consolePriority.on) {
      logger.warn(
        { reason: managed.consolePriority.reason },
        'Console queries run at normal CPU priority (lowering them needs Linux and the right to raise a priority back).',
      );
    }
    neo4jSupervision = superviseManagedNeo4j(managed, logger, progress);
  }
  const db = new Database({
    ...connection,
    database: config.neo4j.database,
    maxPoolSize: config.neo4j.maxPoolSize,
  });
  try {
    await db.waitUntilAvailable(60_000);
    await applySchema(db);
    let counts = await readCounts(db);
    let seeded = false;
    let gaps: SeedGap[] = [];
    if (config.seed === 'auto' && counts['Article'] === 0) {
      progress('Loading the seed graph (graph-seed/)…');
      const outcomes = await loadSeed(db, { ...options.seedRetry, log: progress });
      for (const o of outcomes) if (!o.ok) logger.error(`Seed document refused:\n${o.message}`);
      gaps = seedGaps(outcomes);
      const warning = seedWarning(gaps, outcomes.length);
      if (warning) {
        logger.error({ missing: gaps }, warning);
        progress(warning);
      }
      counts = await readCounts(db);
      seeded = true;
    }
    if (options.warm && config.warm) await warmIngestion(db, progress);
    if (options.buildClient !== false) await ensureClientBuilt(progress);
    const app = createApp({
      db,
      config,
      logger,
      clientDir: CLIENT_DIST,
      version: DOSSIER_VERSION,
      neo4jSupervision,
      seedGaps: gaps,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, config.host, () => resolve(s));
      s.once('error', reject);
    });
    server.on('clientError', answerClientError);
    // The first view computed now, in the background: the first visitor finds it in the cache.
    void warmOverview(db, { info: (l) => logger.info(l), warn: (l) => logger.warn(l) });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let stopped: Promise<void> | null = null;
    return {
      url: `http://${host}:${address.port}`,
      db,
      managed,
      seeded,
      seedGaps: gaps,
      counts,
      stop: () =>
        (stopped ??= (async () => {
          await closeGracefully(server, config.shutdownGraceMs);
          await db.close();
          await managed?.stop();
        })()),
    };
  } catch (err) {
    await db.close().catch(() => undefined);
    await managed?.stop();
    throw err;
  }
}
