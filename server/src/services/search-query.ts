// Turns what a person types into a safe Lucene query for the full-text index: words only (no Lucene
// syntax gets through), each matched as a prefix or a close spelling, all words required.
export const MAX_SEARCH_TERMS = 8;

export function toLuceneQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_TERMS);
  if (words.length === 0) return null;
  return words.map((w) => (w.length >= 4 ? `(${w}* OR ${w}~1)` : `${w}*`)).join(' AND ');
}
