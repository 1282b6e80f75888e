// The graph's schema for the console's completion (labels, relationship types, property keys): a plain read
// of Neo4j's token lists, so it never takes one of the console's few query slots.
import type { GraphSchemaResponse } from '@dossier/model';
import type { Database } from '../neo4j/database.js';
import { readGraphSchema } from '../neo4j/repositories/index.js';

export function graphSchema(db: Database): Promise<GraphSchemaResponse> {
  return readGraphSchema(db);
}
