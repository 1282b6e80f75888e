// The graph's vocabulary, written once: node types, the relationship types that carry structure, id
// prefixes and the id patterns. Shared by the server (schema, mappers, validation) and the client.

/** The three kinds of named thing the extractor finds and resolution merges. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Every node type, in the order a node's labels are read (`Entity` is a helper label, not a type). */
export const NODE_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Statement', 'Article'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * Relationship types that carry structure and provenance, as opposed to the facts between entities
 * (RECALLED, MET, AMBASSADOR_TO...), whose types are open-ended UPPER_SNAKE_CASE words.
 */
export const STRUCTURAL_TYPES = [
  'MENTIONED_IN',
  'SAID',
  'REPORTED_IN',
  'ABOUT',
  'PARTICIPATED_IN',
  'TOOK_PLACE_IN',
] as const;
export type StructuralType = (typeof STRUCTURAL_TYPES)[number];

/** A fact relation's type: UPPER_SNAKE_CASE, e.g. RECALLED or AMBASSADOR_TO. */
export const RELATION_TYPE_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Each entity type's id prefix: `person:anatoly-antonov`. */
export const ENTITY_ID_PREFIXES: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
};
export const EVENT_ID_PREFIX = 'event';
export const STATEMENT_ID_PREFIX = 'statement';

/** A lower-case slug: the article id, and the part of every other id after its prefix. */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

const entityPrefixes = Object.values(ENTITY_ID_PREFIXES).join('|');
/** person:…, organization:… or place:… followed by a slug. */
export const ENTITY_ID_PATTERN = new RegExp(`^(?:${entityPrefixes}):${SLUG}$`);
const ENTITY_PREFIX_PATTERN = new RegExp(`^(?:${entityPrefixes}):`);

/** Whether an id names an entity (a person, organization or place) by its prefix. */
export function isEntityId(id: string): boolean {
  return ENTITY_PREFIX_PATTERN.test(id);
}
