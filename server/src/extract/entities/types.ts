// The entities of one article: people, organisations and places, their mentions (spans of the text) and
// the index the later steps (quotes, events, relations) read them through.
import type { EntityType, Span } from '@dossier/model';

export type { EntityType };

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Span[];
  title?: string;
  /** Country (canonical place name) the entity belongs to: "Russian President" → Russia. */
  nationality?: string;
  /** Ambassador/envoy role: the country that sent and the country they are posted to. */
  envoy?: { origin?: string; target?: string };
  description?: string;
  /** The rule that first found it (`entities/<step>:<name>`), for tracing a wrong item back. */
  rule: string;
}

export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  /** A nominal or pronoun-like reference ("the ambassador"), not a name. */
  nominal?: boolean;
}

export interface EntityIndex {
  entities: Entity[];
  /** All mentions sorted by start. */
  mentions: Mention[];
  placeByName(name: string): Entity | undefined;
  /** Entity id whose name maps to a country or capital, for metonyms and demonyms. */
  countryEntity(country: string): Entity | undefined;
  /** Title/role hints found before names: person → org they speak for, etc. */
  roleLinks: { person: Entity; org: Entity; title: string; evidence: Span }[];
  envoyLinks: { person: Entity; target: Entity; evidence: Span }[];
}
