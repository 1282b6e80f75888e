// A state's body named in lower case where a speaker stands: the subject of a verb of saying ("the
// Turkish presidency said", "Tehran's foreign ministry spokesman said", "the country's foreign ministry
// said", "the foreign ministry in Seoul called …") or right after one ("…,” said the Chinese commerce
// ministry). The chunk and pattern steps make no organisation of these (lower-case words, a capital or
// "the country" instead of a demonym); as the one who speaks, the body is one, named "<Demonym> <Head>"
// like the bodies the patterns make ("Turkish Presidency", "Iranian Foreign Ministry"). Read only in a
// speaker's position, so lower-case bodies merely mentioned stay no entity.
import { canonicalPlace, CAPITALS, demonymCountry, demonymOf, isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';
import { SPOKESPERSON } from '../role-nouns.js';

/** A state's body in lower case (its words in the group): ministries by their field, the head of state's office. */
const BODY = String.raw`((?:(?:foreign|defen[cs]e|interior|commerce|trade|finance|justice|health|information|economy|energy|home|unification|emergencies|emergency|culture|education|agriculture|environment|industry|transport|labou?r)(?: affairs)? ministry)|ministry of (?:foreign|external) affairs|presidency|presidential office|president['’]s office|foreign office)`;
/** A verb of saying after its subject, or a speaker's noun then the verb ("spokesman said", "statement called"). */
const SAYS = String.raw`(?=\s+(?:(?:${SPOKESPERSON}|statement|official|source)s?\s+)?(?:(?:has|have|had|also|then|later|further|again|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*(?:said|says|stated|told|added|announced|warned|noted|insisted|stressed|wrote|called|described|urged|accused|condemned|denounced|rejected|expressed|declared|claimed|tweeted|posted|confirmed|responded|replied|slammed|critici[sz]ed)\b)`;
/** A verb of saying before it: "said the Chinese commerce ministry". */
const SAID = String.raw`\b(?:said|says|stated|added|according to|from|by)\s+`;

/** A demonym, of one word or two ("Turkish", "South Korean"). */
const DEMONYM = String.raw`(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+`;

// The patterns, built once (matchAll copies each, so sharing them is safe).
/** "the Turkish presidency said", "said the Chinese commerce ministry". */
const DEMONYM_BODIES = [
  new RegExp(String.raw`\b[Tt]he\s+(${DEMONYM})\s+${BODY}\b${SAYS}`, 'gu'),
  new RegExp(String.raw`${SAID}(?:the\s+)?(${DEMONYM})\s+${BODY}\b`, 'gu'),
];
const OWNER_BODY = new RegExp(
  String.raw`\b((?:\p{Lu}\p{L}+\s+)?\p{Lu}[\p{L}.]*)['’]s\s+${BODY}\b${SAYS}`,
  'gu',
);
const COUNTRY_BODY = new RegExp(String.raw`\b[Tt]he\s+country['’]s\s+${BODY}\b${SAYS}`, 'gu');
const BODY_IN_CAPITAL = new RegExp(
  String.raw`\b[Tt]he\s+${BODY}\s+in\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)${SAYS}`,
  'gu',
);

/** Title case of a lower-case head: "foreign affairs ministry" → "Foreign Ministry". */
function headName(head: string): string {
  const h = head
    .toLowerCase()
    .replace(/ministry of (?:foreign|external) affairs/, 'foreign ministry')
    .replace(/ affairs ministry/, ' ministry')
    .replace(/president['’]s office/, 'presidential office');
  return h.replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
}

/** The demonym of a country or its capital ("Tehran" → "Iranian"), if the word names one. */
function demonymOfPlace(word: string): string | undefined {
  const capital = CAPITALS[word.toLowerCase()];
  if (capital) return demonymOf(capital);
  return isKnownPlace(word) ? demonymOf(canonicalPlace(word)) : undefined;
}

export function speakerBodies(b: Builder, work: string): void {
  const make = (dem: string, head: string, at: number, end: number, rule: string) => {
    const e = b.get('Organization', `${dem} ${headName(head)}`, `entities/speaker-bodies:${rule}`);
    // (Nothing inside the body's words is a person: "Foreign Affairs" is no "Affairs".)
    b.mentions = b.mentions.filter((x) => !(x.entity.type === 'Person' && x.start >= at && x.end <= end));
    b.mention(e, at, end, true);
  };
  // "the Turkish presidency said", "said the Chinese commerce ministry".
  for (const re of DEMONYM_BODIES)
    for (const m of matchesOf(re, work)) {
      // ("the South Korean unification ministry"; "the Seoul Korean …" would be its last word's.)
      const dem = [m[1]!, m[1]!.split(/\s+/).pop()!].find((x) => demonymCountry(x));
      if (!dem) continue;
      const end = m.index + m[0].length;
      make(dem, m[2]!, end - m[2]!.length - dem.length - 1, end, 'demonym-body');
    }
  // "Tehran's foreign ministry spokesman said", "Turkey's presidency said": a capital or country's body.
  for (const m of matchesOf(OWNER_BODY, work)) {
    // ("North Korea's …" is North Korea's, not the "Korea" its last word names alone.)
    const owner = [m[1]!, m[1]!.split(/\s+/).pop()!].find((x) => demonymOfPlace(x));
    const dem = owner && demonymOfPlace(owner);
    if (!dem) continue;
    const end = m.index + m[0].length;
    make(dem, m[2]!, end - m[2]!.length, end, 'owner-body');
  }
  // "the country's foreign ministry said": the country last named before it.
  for (const m of matchesOf(COUNTRY_BODY, work)) {
    const place = b.mentions
      .filter((x) => x.entity.type === 'Place' && x.end <= m.index && demonymOf(x.entity.name))
      .sort((x, y) => x.end - y.end)
      .pop();
    if (!place) continue;
    make(demonymOf(place.entity.name)!, m[1]!, m.index, m.index + m[0].length, 'country-body');
  }
  // "the foreign ministry in Seoul said": the body of the capital's country.
  for (const m of matchesOf(BODY_IN_CAPITAL, work)) {
    const capital = CAPITALS[m[2]!.toLowerCase()];
    const dem = capital ? demonymOf(capital) : undefined;
    if (!dem) continue;
    make(dem, m[1]!, m.index, m.index + m[0].length - m[2]!.length - 4, 'body-in-capital');
  }
  sameBodyTwoWays(b);
}

/**
 * "Iran's Ministry of Foreign Affairs issued a statement: “The Iranian Foreign Ministry views …”": one
 * body named two ways in one article is one entity, under the short name its own words use.
 */
function sameBodyTwoWays(b: Builder): void {
  for (const [id, long] of b.entities) {
    const m = /^(\p{Lu}\p{L}+) Ministry of (Foreign Affairs|Defen[cs]e)$/u.exec(long.name);
    if (!m || long.type !== 'Organization') continue;
    const short = [...b.entities.values()].find(
      (e) =>
        e.type === 'Organization' &&
        e.name === `${m[1]} ${m[2]!.replace('Foreign Affairs', 'Foreign')} Ministry`,
    );
    if (!short) continue;
    for (const x of b.mentions) if (x.entity === long) x.entity = short;
    for (const a of long.aliases) short.aliases.add(a);
    short.aliases.add(long.name);
    b.entities.delete(id);
  }
}
