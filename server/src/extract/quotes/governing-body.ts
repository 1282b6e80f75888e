// "the junta said", "the government said in a statement", "the authorities", "the regime": a country's
// governing body named by its kind only (no entity of its own: lower-case generic bodies are not entities)
// speaks for its country, the one the article tied that kind of body to before ("Niger's junta", "the
// Malian government", "the military junta that took over the civilian government in Niger", "the Niger
// junta"), or the country a round-up's section heading names ("In Denmark:" or "Denmark" alone on its
// line); "a government statement", "a government spokesperson" alike. With no such tie before, a
// government is the one country the lead has acting (lead-country.ts); otherwise no one.
import type { Entity, EntityIndex, Mention } from '../entities/index.js';
import { patternOf, matchesOf } from '../regex-matches.js';
import { demonymCountry, demonymOf } from '../lexicon.js';
import type { Sentence } from '../text.js';
import { leadCountry } from './lead-country.js';

/** A governing body by its kind (group 1), with a modifier or two ("the military junta", "the new government"). */
export const GOVERNING =
  /^(?:[Tt]he\s+(?:(?:military|ruling|transitional|interim|new|current|federal|national|central|civilian|putschist|[\p{Ll}]+-led)\s+){0,2}|[Aa]n?\s+(?=government\s+(?:news\s+|press\s+)?(?:release|statement|spokes(?:person|man|woman)|official)\b))(junta|government|authorities|regime|administration)\b(?!\s+(?:of|in)\b)(?:['’]s)?(?:\s+(?:news\s+|press\s+)?(?:release|statement|spokes(?:person|man|woman)|official)\b)?/u;

/** The country a governing body of `kind` speaks for at anchor: the last one the text tied that kind to. */
export function governedCountry(
  work: string,
  idx: EntityIndex,
  places: readonly Mention[],
  kind: string,
  anchor: number,
  sents: readonly Sentence[],
): Entity | undefined {
  const noun = kind === 'authorities' ? 'authorit(?:y|ies)' : kind;
  const ties: { at: number; place: Entity }[] = [];
  // "Niger's junta", "the Malian government", "Niger junta".
  const before = patternOf(
    String.raw`(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?:['’]s)?\s+(?:\p{Ll}+\s+){0,2}?${noun}\b`,
    'gu',
  );
  for (const m of matchesOf(before, work.slice(0, anchor))) {
    const dem = demonymCountry(m[1]!) ?? demonymCountry(m[1]!.split(/\s+/).pop()!);
    const end = m.index + m[1]!.length;
    const place = dem ? idx.countryEntity(dem) : places.find((p) => p.end === end)?.entity;
    if (place) ties.push({ at: m.index, place });
  }
  // "the junta that took over the civilian government in Niger", "the government of Mali".
  const after = patternOf(String.raw`\b${noun}\s+(?:[^.,;\n]{0,60}?\s)?(?:in|of)\s+(?:the\s+)?$`, 'u');
  for (const p of places)
    if (p.end <= anchor && after.test(work.slice(Math.max(0, p.start - 90), p.start)))
      ties.push({ at: p.start, place: p.entity });
  // A round-up's section heading: a country alone on its line, perhaps "In X:" (no city: no dateline).
  for (const p of places) {
    if (p.end > anchor || !demonymOf(p.entity.name)) continue;
    const lineEnd = work.indexOf('\n', p.end);
    const lead = work.slice(work.lastIndexOf('\n', p.start - 1) + 1, p.start);
    if (/^\s*(?:In\s+)?$/.test(lead) && /^:?\s*$/.test(work.slice(p.end, lineEnd < 0 ? undefined : lineEnd)))
      ties.push({ at: p.start, place: p.entity });
  }
  // (With no tie, the one country the lead has acting: lead-country.ts.)
  const tied = ties.sort((a, b) => a.at - b.at).pop()?.place;
  return tied ?? (kind === 'government' ? leadCountry(work, places, sents, anchor) : undefined);
}
