// Keeps the managed Neo4j running: when its JVM dies unexpectedly it is restarted, with a backoff that
// grows from 1 s to 30 s while restarts keep failing; a console query that keeps computing after its
// transaction ended is stopped (or Neo4j restarted). The API answers 503 meanwhile and recovers by itself.
import type { Logger } from '../../logger.js';
import type { ManagedNeo4j } from './managed-neo4j.js';

/** Restarts the managed Neo4j when its JVM dies, and stops runaway console threads (or restarts). */
export function superviseManagedNeo4j(
  managed: ManagedNeo4j,
  logger: Logger,
  progress: (line: string) => void,
): void {
  let failures = 0;
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
      managed.killHard();
    }
  });
  managed.on('exit', function restart(code: number | null, signal: string | null) {
    failures += 1;
    const delayMs = Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 5));
    logger.error({ code, signal, delayMs }, 'The managed Neo4j stopped unexpectedly; restarting it.');
    setTimeout(() => {
      if (managed.stopRequested) return;
      managed.start().then(
        () => {
          failures = 0;
          progress('The managed Neo4j is running again.');
        },
        (err: unknown) => {
          logger.error({ err }, 'Restarting the managed Neo4j failed.');
          restart(null, null);
        },
      );
    }, delayMs).unref();
  });
}
