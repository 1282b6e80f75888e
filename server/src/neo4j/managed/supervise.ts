// Keeps the managed Neo4j running: when its JVM dies unexpectedly it is restarted, with a backoff that
// grows from 1 s to 30 s while restarts keep failing; a console query that keeps computing after its
// transaction ended is stopped (or Neo4j restarted). The API answers 503 meanwhile and recovers by itself;
// `restart` says why Neo4j is down (what /api/health reports and the status banner shows) until it is back.
import type { Neo4jRestart } from '@dossier/model';
import type { Logger } from '../../logger.js';
import type { ManagedNeo4j } from './managed-neo4j.js';

const MESSAGES: Record<Neo4jRestart['reason'], string> = {
  runaway:
    'Neo4j is being restarted because a console query kept running after its deadline. Dossier will be back in a moment.',
  exit: 'Neo4j stopped unexpectedly and is being restarted. Dossier will be back in a moment.',
};

/** What the supervisor tells the API: why the managed Neo4j is being restarted, while it is. */
export interface Neo4jSupervision {
  readonly restart: Neo4jRestart | null;
}

/** Restarts the managed Neo4j when its JVM dies, and stops runaway console threads (or restarts). */
export function superviseManagedNeo4j(
  managed: ManagedNeo4j,
  logger: Logger,
  progress: (line: string) => void,
): Neo4jSupervision {
  let failures = 0;
  let current: Neo4jRestart | null = null;
  const begin = (reason: Neo4jRestart['reason']) => {
    current ??= { reason, message: MESSAGES[reason], since: new Date().toISOString() };
  };
  // A console query whose evaluation ignored termination: the JVM's reaper stopped its thread, or, where the
  // JVM cannot stop threads, a restart frees the core (the API answers 503 meanwhile, as for a crash).
  managed.on('runaway', ({ stopped, detail }: { stopped: boolean; detail: string }) => {
    if (stopped)
      logger.warn({ detail }, 'Stopped a Neo4j thread still computing after its transaction ended.');
    else {
      logger.error(
        { detail },
        'A Neo4j thread keeps computing after its transaction ended; restarting Neo4j.',
      );
      begin('runaway');
      managed.killHard();
    }
  });
  managed.on('exit', function restart(code: number | null, signal: string | null) {
    begin('exit');
    failures += 1;
    const delayMs = Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 5));
    const log = { code, signal, delayMs, reason: current?.reason };
    if (current?.reason === 'runaway') logger.warn(log, 'Restarting the managed Neo4j.');
    else logger.error(log, 'The managed Neo4j stopped unexpectedly; restarting it.');
    setTimeout(() => {
      if (managed.stopRequested) {
        current = null;
        return;
      }
      // A stop asked meanwhile (the server shutting down) ends the restart: Neo4j is stopped, not restarting.
      managed.start().then(
        () => {
          failures = 0;
          current = null;
          if (!managed.stopRequested) progress('The managed Neo4j is running again.');
        },
        (err: unknown) => {
          if (managed.stopRequested) {
            current = null;
            return;
          }
          logger.error({ err }, 'Restarting the managed Neo4j failed.');
          restart(null, null);
        },
      );
    }, delayMs).unref();
  });
  return {
    get restart() {
      return current;
    },
  };
}
