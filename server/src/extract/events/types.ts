// What the event rules make and what a rule is. An event rule is a trigger regex and a handler that reads
// the sentence around each match (through a RuleHit) and makes events and the typed relations they imply.
// Every rule has a stable id, `events/<family>:<name>`, which each event and relation it makes carries.
import type { Span } from '@dossier/model';
import type { Entity } from '../entities/index.js';
import type { RuleHit } from './hit.js';

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

export interface EventRule {
  /** Stable rule id: `events/<family>:<name>`. */
  id: string;
  /** The type of the events the rule makes. */
  type: string;
  /** The trigger: a global regex run once over the body. */
  re: RegExp;
  run(hit: RuleHit): void;
}
