// The relation types the graph holds now: its relationship types but the structural ones (mentions,
// reports, participations...). Reads name them in their patterns, so that Neo4j walks only a hub's
// relations, not its thousands of mentions. Types are interpolated into Cypher only from this list.
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPE_PATTERN, STRUCTURAL_TYPES } from '@dossier/model';

const STRUCTURAL = new Set<string>(STRUCTURAL_TYPES);

export async function readRelationTypes(tx: ManagedTransaction): Promise<string[]> {
  const res = await tx.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType');
  return res.records
    .map((r) => r.get('relationshipType') as string)
    .filter((t) => !STRUCTURAL.has(t) && RELATION_TYPE_PATTERN.test(t))
    .sort();
}
