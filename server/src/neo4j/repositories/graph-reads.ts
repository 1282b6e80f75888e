// Read queries that return pieces of the graph: a node's neighbourhood, shortest paths (the overview is
// in overview-reads.ts).
import neo4j from 'neo4j-driver';
import type { Database } from '../database.js';
import { toWireGraph, type ProjectedEdge, type ProjectedNode } from '../mappers.js';
import type { WireGraph } from '@dossier/model';
import { countEdgeOutlets } from './corroboration-reads.js';
import { edgeProjection, labelForId, nodeProjection } from './projections.js';

/** A node with its neighbours (articles left out), the best connected first, capped at `limit`. */
export async function readNeighbors(db: Database, id: string, limit: number): Promise<WireGraph | null> {
  const label = labelForId(id);
  return db.read(async (tx) => {
    const res = await tx.run(
      `MATCH (n:${label} {id: $id})
       WITH n, COLLECT {
         MATCH (n)-[r]-(m) WHERE NOT m:Article
         WITH m, collect(r) AS rs
         WITH m, rs, COUNT { (m)--() } AS degree
         ORDER BY degree DESC, m.id
         RETURN {m: m, rs: rs}
       } AS found
       WITH n, size(found) AS total, found[0..$limit] AS kept
       WITH n, total, [x IN kept | x.m] AS ms, [x IN kept | x.rs] AS rss
       RETURN ${nodeProjection('n')} AS center, total,
              [m IN ms | ${nodeProjection('m')}] AS nodes,
              [rs IN rss | [r IN rs | ${edgeProjection('r')}]] AS edges`,
      { id, limit: neo4j.int(limit) },
    );
    const rec = res.records[0];
    if (!rec) return null;
    const nodes = [rec.get('center') as ProjectedNode, ...(rec.get('nodes') as ProjectedNode[])];
    const edges = (rec.get('edges') as ProjectedEdge[][]).flat();
    await countEdgeOutlets(tx, edges);
    return toWireGraph(nodes, edges, 1 + (rec.get('total') as number));
  });
}

/** All shortest paths (up to 10, at most 8 hops) between two nodes, not passing through articles. */
export async function readShortestPaths(db: Database, from: string, to: string): Promise<WireGraph | null> {
  return db.read(async (tx) => {
    const ends = await tx.run(
      `OPTIONAL MATCH (a:${labelForId(from)} {id: $from})
       OPTIONAL MATCH (b:${labelForId(to)} {id: $to})
       RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo`,
      { from, to },
    );
    const e = ends.records[0];
    if (!e?.get('hasFrom') || !e.get('hasTo')) return null;
    const res = await tx.run(
      `MATCH (a:${labelForId(from)} {id: $from}), (b:${labelForId(to)} {id: $to})
       MATCH p = allShortestPaths((a)-[*..8]-(b))
       WHERE a <> b AND all(x IN nodes(p) WHERE NOT x:Article)
       WITH p LIMIT 10
       RETURN [x IN nodes(p) | ${nodeProjection('x')}] AS nodes,
              [r IN relationships(p) | ${edgeProjection('r')}] AS edges`,
      { from, to },
    );
    const nodes = res.records.flatMap((r) => r.get('nodes') as ProjectedNode[]);
    const edges = res.records.flatMap((r) => r.get('edges') as ProjectedEdge[]);
    await countEdgeOutlets(tx, edges);
    const graph = toWireGraph(nodes, edges);
    return { ...graph, total: graph.nodes.length, truncated: false };
  });
}
