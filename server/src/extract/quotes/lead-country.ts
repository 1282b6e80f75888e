// "the government said", "a government statement said" with no country tied to the government before
// (governing-body.ts): the one country the article's lead has acting ("OTTAWA - Canada expelled two
// Chinese diplomats on Friday …" then "“…,” a government news release said": Canada's). Only a country
// that is the subject of a finite verb in the lead's first sentence, alone (not "Canada and Australia
// expelled …"), and only when no other country acts there.
import type { Entity, Mention } from '../entities/index.js';
import { demonymOf } from '../lexicon.js';
import type { Sentence } from '../text.js';

/** After a country, its verb: past tense (or "has"/"have" then a participle), a day allowed between. */
const VERB_AFTER =
  /^\s+(?:(?:on|late|early)\s+\p{Lu}\p{Ll}+\s+|has\s+|have\s+|had\s+|also\s+|\p{Ll}+ly\s+)*(?:\p{Ll}+ed|said|told|sent|made|took|gave|cut|withdrew|threw|began|struck|hit|shot|put|set|won|lost|met|sought|brought|kept|held|chose|beat|broke)\b/u;
/** Before a subject: the sentence's opening, a dateline, or an opening phrase closed by a comma. */
const OPENS_BEFORE = /(?:^|[-–—:]\s*|,\s*)$/u;

/** The one country acting as a subject in the lead's first sentence, if exactly one. */
export function leadCountry(
  work: string,
  places: readonly Mention[],
  sents: readonly Sentence[],
  anchor: number,
): Entity | undefined {
  if (!sents.length) return undefined;
  const headPara = sents[0]!.para;
  // (The lead is the first sentence of six words or more that ends its sentence: not a caption line.)
  const lead = sents.find(
    (s) =>
      s.para > headPara &&
      /[.!?]["”’]?\s*$/.test(work.slice(s.start, s.end)) &&
      work.slice(s.start, s.end).split(/\s+/).length >= 6,
  );
  if (!lead || lead.end > anchor) return undefined;
  const acting = new Set<Entity>();
  for (const p of places) {
    if (p.start < lead.start || p.end > lead.end || !demonymOf(p.entity.name)) continue;
    const before = work.slice(lead.start, p.start);
    if (!VERB_AFTER.test(work.slice(p.end, lead.end))) continue;
    // (Coordinated subjects, "Canada and Australia expelled": no one country.)
    if (/\b(?:and|or|nor)\s+$/.test(before)) return undefined;
    if (OPENS_BEFORE.test(before)) acting.add(p.entity);
  }
  return acting.size === 1 ? [...acting][0] : undefined;
}
