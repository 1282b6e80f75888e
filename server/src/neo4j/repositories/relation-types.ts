// The relation types the graph holds now: its relationship types but the structural ones (mentions,
// reports, participations...). Reads name them in their patterns, so that Neo4j walks only a hub's
// relations, not its thousands of mentions. Types are interpolated into Cypher only from this list.
// A hot read (the entity page) need not ask for them in a round trip of its own: it names the types last
// seen and has its query return the graph's types too (GRAPH_TYPES); withRelationTypes runs it again in
// the rare case the graph has gained a type since (any process's ingest), so it never misses one.
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPE_PATTERN, STRUCTURAL_TYPES } from '@dossier/model';

const STRUCTURAL = new Set<string>(STRUCTURAL_TYPES);

/** The relation types among a graph's relationship types, sorted (one query text per set of types). */
const relationTypesAmong = (all: string[]) =>
  all.filter((t) => !STRUCTURAL.has(t) && RELATION_TYPE_PATTERN.test(t)).sort();

export async function readRelationTypes(tx: ManagedTransaction): Promise<string[]> {
  const res = await tx.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType');
  return relationTypesAmong(res.records.map((r) => r.get('relationshipType') as string));
}

/** Cypher expression: the graph's relationship types (db.relationshipTypes), for withRelationTypes. */
export const GRAPH_TYPES =
  'COLLECT { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType }';

/** The relation types the last withRelationTypes call saw (per process: one graph per server). */
let lastSeen: string[] | null = null;

/**
 * Runs `read` with the relation types last seen and returns its result, unless the graph's types it
 * reports (its query's GRAPH_TYPES; null when it found nothing to report them with) hold a relation type
 * not in that list: then it runs `read` again with the graph's types. A type no longer in the graph only
 * matches nothing. The first call of a process reads the types first (`readTypes`).
 */
export async function withRelationTypes<T>(
  readTypes: () => Promise<string[]>,
  read: (types: string[]) => Promise<{ result: T; graphTypes: string[] | null }>,
): Promise<T> {
  const types = lastSeen ?? (lastSeen = await readTypes());
  const { result, graphTypes } = await read(types);
  if (!graphTypes) return result;
  const now = relationTypesAmong(graphTypes);
  if (now.length === types.length && now.every((t, i) => t === types[i])) return result;
  lastSeen = now;
  return now.every((t) => types.includes(t)) ? result : (await read(now)).result;
}
