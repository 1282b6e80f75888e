// What entity resolution needs from the graph for a batch of articles (server/src/ingest/resolve/), in two
// queries: first the nodes with the extracted ids and, for each article loaded before, what its entities
// resolved to then (and those nodes) and which nodes it mentions; then, for the entities their id does
// not decide, the nodes the full-text index over entity names and aliases finds for each name and
// surname (all of them) and role phrase (the best few). Each node comes with its period (kept on the
// node by the writes) and how many articles mention it, read from the degree store: a hub of thousands
// of articles costs no more than a node of one.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ExistingEntity, PreviousResolution, ResolutionRule } from '@dossier/model';
import { nodeTypeOf } from '../mappers.js';
import { ENTITY_NAME_INDEX } from '../schema.js';

/** A candidate node, and how many articles mention it. */
export interface CandidateNode extends ExistingEntity {
  mentions: number;
}

/** An article the graph already holds, as the batch's resolution needs it. */
export interface LoadedArticle {
  /** Extracted id → what it resolved to at the last load. */
  previous: Map<string, PreviousResolution>;
  /** The entity ids it mentions now (they lose a mention when it is reloaded). */
  mentioned: Set<string>;
  sourceHash: string | null;
}

export interface ResolutionContext {
  /** By extracted id or full-text term: the nodes it finds. */
  found: Map<string, CandidateNode[]>;
  /** By article id: the articles of the batch the graph holds. */
  loaded: Map<string, LoadedArticle>;
}

/** Quotes a term as a Lucene phrase (quotes and backslashes in it are dropped). */
const phrase = (term: string) => `"${term.replace(/["\\]/g, ' ').trim()}"`;

const NODE = `{id: e.id, labels: labels(e), name: e.name, aliases: coalesce(e.aliases, []),
  firstDate: e.firstDate, lastDate: e.lastDate, mentions: COUNT { (e)-[:MENTIONED_IN]->() }}`;

const toCandidate = (n: Omit<CandidateNode, 'type'> & { labels: string[] }): CandidateNode | null => {
  const type = nodeTypeOf(n.labels);
  if (type !== 'Person' && type !== 'Organization' && type !== 'Place') return null;
  return {
    id: n.id,
    type,
    name: n.name,
    aliases: n.aliases,
    firstDate: n.firstDate ?? null,
    lastDate: n.lastDate ?? null,
    mentions: n.mentions,
  };
};

/**
 * The first read of a batch: the nodes with its extracted ids, and for each of its articles the graph
 * holds, what that article's entities resolved to (and those nodes) and which nodes it mentions.
 */
export async function readKnownNodes(
  tx: ManagedTransaction,
  lookup: { articleIds: string[]; ids: string[] },
): Promise<ResolutionContext> {
  const res = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     RETURN 'node' AS kind, id AS key, ${NODE} AS data
     UNION ALL
     UNWIND $articleIds AS articleId
     MATCH (a:Article {id: articleId})
     UNWIND coalesce(a.resolvedTo, []) AS id
     MATCH (e:Entity {id: id})
     RETURN DISTINCT 'node' AS kind, id AS key, ${NODE} AS data
     UNION ALL
     UNWIND $articleIds AS id
     MATCH (a:Article {id: id})
     RETURN 'article' AS kind, id AS key,
            {from: coalesce(a.resolvedFrom, []), to: coalesce(a.resolvedTo, []),
             rules: coalesce(a.resolvedRules, []), sourceHash: a.sourceHash,
             mentioned: [(a)<-[:MENTIONED_IN]-(e) | e.id]} AS data`,
    { ids: lookup.ids, articleIds: lookup.articleIds },
  );
  const found = new Map<string, CandidateNode[]>();
  const loaded = new Map<string, LoadedArticle>();
  for (const r of res.records) {
    const key = r.get('key') as string;
    if (r.get('kind') === 'article') {
      const a = r.get('data') as {
        from: string[];
        to: string[];
        rules: ResolutionRule[];
        sourceHash: string | null;
        mentioned: string[];
      };
      loaded.set(key, {
        previous: new Map(a.from.map((id, i) => [id, { to: a.to[i]!, rule: a.rules[i]! }])),
        mentioned: new Set(a.mentioned),
        sourceHash: a.sourceHash,
      });
    } else {
      const node = toCandidate(r.get('data') as Parameters<typeof toCandidate>[0]);
      if (node) found.set(key, [node]);
    }
  }
  return { found, loaded };
}

/** How many of the best hits a role phrase reads ("minister": thousands of nodes in a large archive). */
export const ROLE_TERM_HITS = 25;

/**
 * The second read of a batch: per full-text term, the nodes the index over entity names and aliases
 * finds (ENTITY_NAME_INDEX: no article title among the hits). Names and surnames read every hit: a cap
 * (it was the 25 best, titles included) dropped the 26th person of a surname, so an article loaded on
 * its own missed a node it joined when loaded in one batch with the articles that wrote it (batch.ts sees
 * those without the index). Role phrases read their ROLE_TERM_HITS best hits.
 */
export async function readTermNodes(
  tx: ManagedTransaction,
  terms: { names: string[]; roles: string[] },
): Promise<Map<string, CandidateNode[]>> {
  const found = new Map<string, CandidateNode[]>();
  const queries = (ts: string[]) => ts.filter((t) => t.trim()).map((key) => ({ key, query: phrase(key) }));
  const names = queries(terms.names);
  const roles = queries(terms.roles);
  if (names.length + roles.length === 0) return found;
  const res = await tx.run(
    `UNWIND $names AS term
     CALL db.index.fulltext.queryNodes($index, term.query) YIELD node
     WITH term, node AS e
     RETURN term.key AS key, ${NODE} AS data
     UNION ALL
     UNWIND $roles AS term
     CALL db.index.fulltext.queryNodes($index, term.query, {limit: $perRole}) YIELD node
     WITH term, node AS e
     RETURN term.key AS key, ${NODE} AS data`,
    { names, roles, index: ENTITY_NAME_INDEX, perRole: neo4j.int(ROLE_TERM_HITS) },
  );
  for (const r of res.records) {
    const node = toCandidate(r.get('data') as Parameters<typeof toCandidate>[0]);
    const key = r.get('key') as string;
    if (node) found.set(key, [...(found.get(key) ?? []), node]);
  }
  return found;
}

/**
 * What resolving a batch needs from the graph: the nodes with its ids and its articles loaded before
 * (readKnownNodes), then the nodes for the full-text terms `termsFor` still asks once those are known.
 */
export async function readResolutionContext(
  tx: ManagedTransaction,
  lookup: { articleIds: string[]; ids: string[] },
  termsFor: (known: ResolutionContext) => { names: string[]; roles: string[] },
): Promise<ResolutionContext> {
  const known = await readKnownNodes(tx, lookup);
  const byTerm = await readTermNodes(tx, termsFor(known));
  return { found: new Map([...known.found, ...byTerm]), loaded: known.loaded };
}

/** Which of these input hashes the graph's articles were loaded from (`npm run ingest` skips them). */
export async function readLoadedSources(tx: ManagedTransaction, hashes: string[]): Promise<Set<string>> {
  const res = await tx.run(
    `UNWIND $hashes AS h
     MATCH (a:Article {sourceHash: h})
     RETURN DISTINCT h`,
    { hashes },
  );
  return new Set(res.records.map((r) => r.get('h') as string));
}
