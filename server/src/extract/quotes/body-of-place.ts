// "the foreign ministry of Chile said": the speaker is the body a country's name completes, not the
// country that ends the phrase right before the verb.
import type { Mention } from '../entities/index.js';

/** The organisation named right before "of (the)" and `named`, when `named` is a place; else `named`. */
export function bodyOfPlace(work: string, names: readonly Mention[], named: Mention): Mention {
  if (named.entity.type !== 'Place') return named;
  const of = (n: Mention) => /^\s+of\s+(?:the\s+)?$/.test(work.slice(n.end, named.start));
  return names.find((n) => n.entity.type === 'Organization' && n.end <= named.start && of(n)) ?? named;
}
