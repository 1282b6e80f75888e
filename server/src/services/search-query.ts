// Search over names, aliases and titles. What a person types becomes safe Lucene queries for the full-text
// index: words only (no Lucene syntax gets through), all words required; entities first, then articles.
// Prefix matches come first; close spellings (edit distance 1) are looked up only when prefixes leave the
// list short, since a fuzzy query costs the index about as much again.
import type { Database } from '../neo4j/database.js';
import { searchNodes } from '../neo4j/repositories/index.js';
import type { SearchHit } from '@dossier/model';

export const MAX_SEARCH_TERMS = 8;

function words(input: string): string[] {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_TERMS);
}

/** The full-text index's fields that hold entities' names and articles' titles. */
export const ENTITY_FIELDS = ['name', 'aliasText'] as const;
export const ARTICLE_FIELDS = ['title'] as const;

/** One word's clause, in the given fields when there are any ("name:(x) OR aliasText:(x)"). */
function inFields(clause: string, fields: readonly string[] | undefined, bare: string): string {
  if (!fields) return bare;
  return `(${fields.map((f) => `${f}:(${clause})`).join(' OR ')})`;
}

/**
 * Every word as a prefix ("anto*"); null when nothing searchable is left. A prefix match scores the same
 * for every node, so a word typed in full also counts as the exact term ("lavrov^4 OR lavrov*"). With
 * `fields`, each word must match in one of them.
 */
export function toPrefixQuery(input: string, fields?: readonly string[]): string | null {
  const ws = words(input);
  if (ws.length === 0) return null;
  return ws.map((w) => inFields(`${w}^4 OR ${w}*`, fields, `(${w}^4 OR ${w}*)`)).join(' AND ');
}

/** Every word as a prefix or, from four letters, a close spelling (in `fields`, when given). */
export function toLuceneQuery(input: string, fields?: readonly string[]): string | null {
  const ws = words(input);
  if (ws.length === 0) return null;
  return ws
    .map((w) => {
      const clause = w.length >= 4 ? `${w}* OR ${w}~1` : `${w}*`;
      return inFields(clause, fields, w.length >= 4 ? `(${clause})` : clause);
    })
    .join(' AND ');
}

/**
 * Entities whose name or alias holds every word, then articles whose title does: two queries, since one
 * score cannot order them (on a big archive the titles that name a person outscore the person, whose name
 * shares its words with many others). Prefix hits first, then (when fewer than `limit`) close spellings.
 */
export async function search(db: Database, input: string, limit: number): Promise<SearchHit[]> {
  const ws = words(input);
  if (ws.length === 0) return [];
  const byKind = async (query: (fields: readonly string[]) => string | null, max: number) => {
    const entities = await searchNodes(db, query(ENTITY_FIELDS)!, max);
    if (entities.length >= max) return entities;
    return [...entities, ...(await searchNodes(db, query(ARTICLE_FIELDS)!, max - entities.length))];
  };
  const hits = firstOfEachId(await byKind((f) => toPrefixQuery(input, f), limit));
  // (Words under four letters get no close spellings: the prefix query already said all there is.)
  if (hits.length >= limit || !ws.some((w) => w.length >= 4)) return hits;
  return firstOfEachId([...hits, ...(await byKind((f) => toLuceneQuery(input, f), limit))]).slice(0, limit);
}

/** Each node once, where it first came: the passes and the two kinds' queries may meet the same node. */
export function firstOfEachId(hits: SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    if (seen.has(h.id)) return false;
    seen.add(h.id);
    return true;
  });
}
