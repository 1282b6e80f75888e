// Bodies named with no head word of their own, after a lower-case noun that says what kind of body they
// are ("diamond miner Alrosa", "defence manufacturer Kronshtadt", "the militant group Taliban", "state
// lender VTB"): the name is an organisation, and so is every other use of it alone on the page. The noun
// must follow a lower-case word (its modifier or article), an article, or a sentence's capitalised first
// word ("Arms exporter X"), and the name may be no person, place, title, date or common word ("arms trader
// Emilian Gebrev" is a person; "a rebel group Monday" no name). So is a name that an apposition after it
// describes, the noun ending it ("Avrasya Shipping, a Turkish maritime logistics company, …"; "X, a company
// director" is no body). So is a name between "the" and a lower-case "party" ("the Spanish Vorn party").
import { demonymCountry, isCommonWord, isKnownPlace, lexTags, TITLE_WORDS } from '../lexicon.js';
import { patternOf, matchesOf } from '../regex-matches.js';
import type { Builder } from './builder.js';
import { MONTHS, WEEKDAYS } from './chunking.js';

/** Lower-case nouns of a kind of body (a firm, a group, a party), never of a person. */
const BODY_NOUN = String.raw`(?:company|firm|miner|manufacturer|producer|exporter|lender|conglomerate|carrier|airline|insurer|refiner|corporation|militia|movement|(?:militant|armed|rebel|terror|terrorist|jihadist|extremist|separatist|insurgent|paramilitary|rights|advocacy|lobby|hacker|hacking)\s+group|(?:arms|drone|weapons|car|chip|aircraft|ship)\s*maker)`;
/** A name's word: capitalised, maybe hyphenated or with digits ("Rossiya-1", "Alfa-Bank"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*`;
const DESCRIBED = new RegExp(
  String.raw`(?<=(?:\b\p{Ll}[\p{Ll}-]*|(?:^|\n|[.!?;:][^\S\n]+|\b)(?:The|A|An)|(?:^|\n|[.!?;:][^\S\n]+)\p{Lu}\p{Ll}+)[^\S\n]+)${BODY_NOUN}[^\S\n]+(${NAME_WORD}(?:[^\S\n]+${NAME_WORD}){0,2})`,
  'gu',
);

/** Lower-case nouns of a kind of body that an apposition after the name gives ("X, a shipping company"). */
const BODY_NOUN_AFTER = String.raw`(?:company|firm|business|conglomerate|carrier|airline|lender|insurer|refiner|exporter|manufacturer|producer|miner|trader|operator|contractor|subsidiary|militia|newspaper|broadcaster)`;
/** A name, a comma, "a"/"an", up to four words and the body's noun, which ends the apposition. */
const DESCRIBED_AFTER = new RegExp(
  String.raw`\b(${NAME_WORD}(?:[^\S\n]+${NAME_WORD}){0,2}),[^\S\n]+an?[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,4}?${BODY_NOUN_AFTER}(?=[,.;:)]|[^\S\n]+(?:that|which|with|based|in|of|for|owned|linked|registered|controlled|run|accused|and|to)\b)`,
  'gu',
);

/**
 * A name between "the" (and up to three modifiers) and a lower-case "party": "the Spanish Vorn party", "the
 * ruling Dravo party" (a demonym opening the run is the modifier, not the name).
 */
const PARTY_AFTER = new RegExp(
  String.raw`\b[Tt]he[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}?(${NAME_WORD}(?:[^\S\n]+${NAME_WORD}){0,2})[^\S\n]+party\b`,
  'gu',
);

/** Whether a word can open a body's name here (no title, date, article, place or demonym). */
function opensName(w: string): boolean {
  return !(
    TITLE_WORDS.has(w.toLowerCase()) ||
    MONTHS.test(w) ||
    WEEKDAYS.test(w) ||
    /^(?:The|A|An|On|In|At|Also|But|And)$/.test(w) ||
    demonymCountry(w) ||
    isKnownPlace(w)
  );
}

/** Organisations named after a noun of their kind, wherever they stand alone. */
export function describedBodies(b: Builder, work: string): void {
  const names = new Set<string>();
  // ("Avrasya Shipping, a Turkish maritime logistics company": the apposition after the name, whose first
  // word opens the capitalised run.)
  const after = work.includes(', a') ? matchesOf(DESCRIBED_AFTER, work) : [];
  const party = work.includes(' party') ? matchesOf(PARTY_AFTER, work) : [];
  for (const m of [...matchesOf(DESCRIBED, work), ...after, ...party]) {
    // ("the Spanish Vorn party": the demonym is the party's modifier.)
    const name = m[1]!.replace(/^(?:\p{Lu}\p{Ll}+[^\S\n]+)+/u, (d) =>
      d
        .trim()
        .split(/\s+/)
        .every((w) => demonymCountry(w))
        ? ''
        : d,
    );
    if (!name) continue;
    const s = m.index + m[0].lastIndexOf(name);
    if (m[0].startsWith(name) && /\p{Lu}[\p{L}\d'’.-]*[^\S\n]+$/u.test(work.slice(Math.max(0, s - 30), s)))
      continue;
    const e = s + name.length;
    const words = name.split(/\s+/);
    if (!opensName(words[0]!) || isKnownPlace(name)) continue;
    if (words.length === 1 && (isCommonWord(name) || lexTags(name.toLowerCase()).length)) continue;
    // (A place's name inside a longer one is the body's: "Afaq Dubai, an Iraq-based money services business".)
    const inside = (x: { start: number; end: number; entity: { type: string } }) =>
      x.entity.type === 'Place' && x.start >= s && x.end <= e && x.end - x.start < e - s && words.length > 1;
    if (b.mentions.some((x) => x.start < e && x.end > s && x.entity.type !== 'Organization' && !inside(x)))
      continue;
    b.mentions = b.mentions.filter((x) => !(x.start >= s && x.end <= e));
    b.mention(b.get('Organization', name, 'entities/described-bodies:body-by-noun'), s, e);
    names.add(name);
  }
  for (const name of names) {
    const body = b.get('Organization', name, 'entities/described-bodies:body-by-noun');
    const re = patternOf(String.raw`(?<![\p{L}\p{M}\d-])${name}(?![\p{L}\p{M}\d-])`, 'gu');
    for (const m of matchesOf(re, work)) {
      const s = m.index;
      const e = s + name.length;
      if (b.mentions.some((x) => x.start < e && x.end > s)) continue;
      b.mention(body, s, e);
    }
  }
}
