// What the graph holds, for the console's completion: its labels, relationship types and property keys
// (Neo4j's token lists, cheap), sorted.
import type { GraphSchemaResponse } from '@dossier/model';
import type { Database } from '../database.js';

export async function readGraphSchema(db: Database): Promise<GraphSchemaResponse> {
  return db.read(async (tx) => {
    const res = await tx.run(
      'RETURN COLLECT { CALL db.labels() YIELD label RETURN label ORDER BY label } AS labels, ' +
        'COLLECT { CALL db.relationshipTypes() YIELD relationshipType ' +
        'RETURN relationshipType ORDER BY relationshipType } AS relationshipTypes, ' +
        'COLLECT { CALL db.propertyKeys() YIELD propertyKey ' +
        'RETURN propertyKey ORDER BY propertyKey } AS propertyKeys',
    );
    const rec = res.records[0]!;
    return {
      labels: rec.get('labels') as string[],
      relationshipTypes: rec.get('relationshipTypes') as string[],
      propertyKeys: rec.get('propertyKeys') as string[],
    };
  });
}
