// Admission for console queries: at most `perClient` in flight per client and `total` in all; past either,
// a 429 with Retry-After (the seconds until the first blocking query reaches its deadline, plus one for
// Neo4j to stop it and free its slot).
import { AppError } from '../errors.js';

export interface AdmissionLimits {
  perClient: number;
  total: number;
}

export class TooManyQueriesError extends AppError {
  constructor(
    message: string,
    readonly retryAfterS: number,
  ) {
    super(429, 'TOO_MANY_QUERIES', message, `Wait ${retryAfterS} s, or for your running query to finish.`);
    this.name = 'TooManyQueriesError';
  }
}

interface Slot {
  client: string;
  deadline: number;
  releaseBy: number;
}

export class ConsoleAdmission {
  private readonly slots = new Set<Slot>();

  constructor(private readonly limits: AdmissionLimits) {}

  get inFlight(): number {
    return this.slots.size;
  }

  /**
   * Takes a slot for `client` whose query is answered within `deadlineMs`, until `release()` or
   * `holdPastDeadlineMs` after that deadline at the latest (so that a query the database never stops cannot
   * hold a slot forever); throws TooManyQueriesError when none is free.
   */
  admit(client: string, deadlineMs: number, holdPastDeadlineMs = 0): () => void {
    const now = Date.now();
    for (const s of this.slots) if (s.releaseBy <= now) this.slots.delete(s);
    const mine = [...this.slots].filter((s) => s.client === client);
    const blocking =
      mine.length >= this.limits.perClient
        ? mine
        : this.slots.size >= this.limits.total
          ? [...this.slots]
          : null;
    if (blocking) {
      const untilDeadlineMs = Math.min(...blocking.map((s) => s.deadline)) - now;
      const retryAfterS = Math.max(1, Math.ceil(untilDeadlineMs / 1000) + 1);
      const which =
        blocking === mine
          ? `you already have ${mine.length} console quer${mine.length === 1 ? 'y' : 'ies'} running (at most ${this.limits.perClient})`
          : `${this.slots.size} console queries are running (at most ${this.limits.total} at once)`;
      throw new TooManyQueriesError(`Too many queries at once: ${which}.`, retryAfterS);
    }
    const slot: Slot = {
      client,
      deadline: now + deadlineMs,
      releaseBy: now + deadlineMs + holdPastDeadlineMs,
    };
    this.slots.add(slot);
    return () => this.slots.delete(slot);
  }
}
