// A quotation a person's own text introduces, owned by a possessive pronoun: "His statement read: “…”", "A
// copy of her arrival speech read: “…”", "The post on his Twitter handle read thus: “…”", "In his letter,
// he wrote …" is another rule's. The owner is the person the pronoun stands for (he/his, she/her); "its"
// and "their" are left alone. Read only for a quotation no other rule attributed, when the sentence's lead
// is that phrase and its verb, and nothing else, up to the quotation.
import type { Entity } from '../entities/index.js';
import type { Quote } from './find.js';
import type { Attribution } from './speakers.js';

/** A written or spoken text of someone's. */
const TEXT_NOUN = String.raw`(?:statement|speech|address|remarks|post|tweet|message|letter|note|article|op-?ed|column|declaration|communiqu[ée])`;
/** Where such a text appears, on the owner's own outlet. */
const OUTLET = String.raw`(?:account|handle|page|channel|feed|website|blog|timeline)`;
/**
 * The lead: an optional "a copy of" / "the text of", the pronoun (group 1), up to two words of kind, the
 * noun, an optional place of its own outlet, then a verb of reading or saying and a colon or comma.
 */
const LEAD = new RegExp(
  String.raw`^\s*(?:(?:Meanwhile|But|And|Later|Earlier),?\s+)?(?:(?:[Aa]|[Tt]he)\s+(?:copy|text|transcript|part)\s+of\s+)?(his|her|His|Her)\s+(?:[\p{L}-]+\s+){0,2}?${TEXT_NOUN}(?:\s+on\s+(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}?${OUTLET}(?:\s+@[\w.-]+(?:\s+[\p{Lu}][\p{L}-]*)?)?)?\s+(?:read|reads|said|says|stated|states)(?:\s+(?:thus|in\s+part))?\s*[:,]\s*$`,
  'u',
);
/** "The post on his Twitter handle read:" (the pronoun owns the outlet, group 1). */
const ON_OWN = new RegExp(
  String.raw`^\s*(?:(?:Meanwhile|But|And|Later|Earlier),?\s+)?(?:[Aa]|[Tt]he)\s+(?:[\p{L}-]+\s+)?${TEXT_NOUN}\s+on\s+(his|her)\s+(?:[\p{L}-]+\s+){0,2}?${OUTLET}(?:\s+@[\w.-]+(?:\s+[\p{Lu}][\p{L}-]*)?)?\s+(?:read|reads|said|says|stated|states)(?:\s+(?:thus|in\s+part))?\s*[:,]\s*$`,
  'u',
);

export function possessedStatement(
  work: string,
  lastPersonBefore: (at: number, pronoun: string) => Entity | undefined,
  q: Quote,
  sentStart: number,
): Attribution | undefined {
  const lead = work.slice(sentStart, q.open);
  const m = LEAD.exec(lead) ?? ON_OWN.exec(lead);
  if (!m) return undefined;
  const pronoun = /^his$/i.test(m[1]!) ? 'he' : 'she';
  const speaker = lastPersonBefore(sentStart + m.index + m[0].indexOf(m[1]!), pronoun);
  return speaker ? { speaker, rule: 'quotes:possessed-statement' } : undefined;
}
