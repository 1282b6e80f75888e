// Search over names, aliases and titles. What a person types becomes safe Lucene queries for the full-text
// index: words only (no Lucene syntax gets through), all words required. Prefix matches come first; close
// spellings (edit distance 1) are looked up only when prefixes leave the list short, since a fuzzy query
// costs the index about as much again.
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

/**
 * Every word as a prefix ("anto*"); null when nothing searchable is left. A prefix match scores the same
 * for every node, so a word typed in full also counts as the exact term ("lavrov^4 OR lavrov*"): the
 * index then ranks the short field that holds it (a person's name) above long titles that mention it.
 */
export function toPrefixQuery(input: string): string | null {
  const ws = words(input);
  return ws.length ? ws.map((w) => `(${w}^4 OR ${w}*)`).join(' AND ') : null;
}

/** Every word as a prefix or, from four letters, a close spelling. */
export function toLuceneQuery(input: string): string | null {
  const ws = words(input);
  if (ws.length === 0) return null;
  return ws.map((w) => (w.length >= 4 ? `(${w}* OR ${w}~1)` : `${w}*`)).join(' AND ');
}

/** Prefix hits, then (when fewer than `limit`) close spellings not already listed. */
export async function search(db: Database, input: string, limit: number): Promise<SearchHit[]> {
  const prefix = toPrefixQuery(input);
  if (!prefix) return [];
  const hits = await searchNodes(db, prefix, limit);
  // (Words under four letters get no close spellings: the prefix query already said all there is.)
  if (hits.length >= limit || !words(input).some((w) => w.length >= 4)) return hits;
  const fuzzy = toLuceneQuery(input)!;
  const seen = new Set(hits.map((h) => h.id));
  const more = (await searchNodes(db, fuzzy, limit)).filter((h) => !seen.has(h.id));
  return [...hits, ...more].slice(0, limit);
}
