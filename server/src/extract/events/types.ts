// What the event rules make: events and the typed relations they imply (EventRule, in hit.ts, is what a
// rule is). Every rule has a stable id, `events/<family>:<name>`, which each event and relation it makes
// carries.
import type { Span } from '@dossier/model';
import type { Entity } from '../entities/index.js';

export interface RelOut {
  source: Entity;
  type: string;
  target: Entity;
  date?: string | null;
  place?: Entity;
  evidence: Span[];
  event?: EvOut;
  /** The rule that made it: `events/<family>:<name>` or `relations/<kind>:<name>`. */
  rule: string;
}

export interface EvOut {
  type: string;
  date: string | null;
  place?: Entity;
  participants: { entity: Entity; role: string }[];
  evidence: Span[];
  relations: RelOut[];
  /** The participant the event is about (for merging and the id). */
  main: Entity;
  /** The rule that made it (`events/<family>:<name>`). */
  rule: string;
  /** Events of the same type and key are one (merged); without a key, the main participant decides. */
  key?: string;
}
