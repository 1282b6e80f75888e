// Entities found by patterns over the text rather than by chunks: long organisation names with lower-case
// words, the network X, "Channel 1", "<Demonym> embassy" (or "Foreign ministry"), "Russia's foreign
// ministry", "the foreign ministry of Ecuador" (or "the ministry of foreign affairs of Ecuador"), "X
// airport", outlets credited with a report (reporting-outlets.ts), a state's mission to the UN
// (permanent-missions.ts), broadcasters named head word first (broadcasters.ts), firms a business noun
// names (firm-nouns.ts).
import {
  canonicalOrg,
  canonicalPlace,
  CAPITALS,
  DEMONYM_ORG_HEADS,
  demonymCountry,
  demonymOf,
  isKnownPlace,
  LONG_ORG_NAMES,
  TITLE_WORDS,
} from '../lexicon.js';
import { broadcasters } from './broadcasters.js';
import type { Builder } from './builder.js';
import { permanentMissions, permanentMissionsOf } from './permanent-missions.js';
import { presidencies } from './presidencies.js';
import { reportingOutlets } from './reporting-outlets.js';
import { firmNames } from './firm-nouns.js';
import { matchesOf } from '../regex-matches.js';
import { OUTLET_REPORTING, sayingAlternation } from '../saying-verbs.js';

/**
 * Lower-case heads that name no body of their own: the state acting ("the French government", "the US
 * military", "Israeli army fire", "the Indian delegation"). The real pages' gold keeps none of them as an
 * organisation (conventions: lower-case generic bodies are no entities), as a noun or modifying one.
 */
const GENERIC_BODY = /^(?:government|authorities|administration|delegation|military|army|navy|armed forces)$/;

/** The first word of a two-word demonym right before its second ("South" of "South African"). */
const TWO_WORD_DEMONYM_LEAD = /\b(South|North|New|Sri|Costa|Saudi|El|Sierra|Puerto)\s+$/;

/** Patterns over the text: "Channel 1", "<Demonym> embassy", "X Airport" in lower case. */
export function extraPatterns(b: Builder, work: string): void {
  // Long names with lower-case words or hyphens: one organisation, nothing inside it.
  for (const m of matchesOf(LONG_ORG_NAMES, work)) {
    const [s0, e0] = [m.index, m.index + m[0].length];
    b.mentions = b.mentions.filter((x) => !(x.start >= s0 && x.end <= e0));
    b.mention(b.get('Organization', canonicalOrg(m[0]), 'entities/patterns:long-organization-name'), s0, e0);
  }
  // The social network X: "wrote on X", "in a post on X".
  for (const m of matchesOf(/\b(?:on|to|via)\s+(X)(?=[.,;:]|\s+(?:that|on|in|after|and)\b)/g, work)) {
    const at = m.index + m[0].length - 1;
    b.mention(b.get('Organization', 'X', 'entities/patterns:network-x'), at, at + 1);
  }
  for (const m of matchesOf(/\bChannel (\d+|One)\b/g, work)) {
    const e = b.get('Organization', canonicalOrg(m[0]), 'entities/patterns:channel');
    b.mention(e, m.index, m.index + m[0].length);
  }
  for (const m of matchesOf(
    /\b(\p{Lu}[\p{L}.]*)\s+(military|army|navy|government|parliament|embassy|consulate general|consulate|[Ff]oreign ministry|[Dd]efen[cs]e ministry|security service|armed forces|central bank|delegation)\b/gu,
    work,
  )) {
    // ("the South African government", "the North Korean government": a two-word demonym, whose second
    // word alone names no country or another one.)
    const lead = TWO_WORD_DEMONYM_LEAD.exec(work.slice(Math.max(0, m.index - 8), m.index));
    const leadCountry = lead && GENERIC_BODY.test(m[2]!) ? demonymCountry(`${lead[1]} ${m[1]}`) : undefined;
    if (lead && leadCountry) {
      const p = b.get('Place', leadCountry, 'entities/patterns:generic-body-of-state');
      b.mention(p, m.index - lead[0].length, m.index + m[0].length, true);
      continue;
    }
    const country = demonymCountry(m[1]!);
    // ("the Chinese Foreign ministry": a head half capitalised is the same body.)
    if (!country || !DEMONYM_ORG_HEADS.test(m[2]!)) continue;
    // A lower-case generic body is its state acting, no organisation of its own (a nominal mention of
    // the country).
    const end = m.index + m[0].length;
    if (GENERIC_BODY.test(m[2]!)) {
      const p = b.get('Place', country, 'entities/patterns:generic-body-of-state');
      b.mention(p, m.index, end, true);
      continue;
    }
    const head = m[2]!.replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
    const name = `${m[1]} ${head}`;
    const e = b.get('Organization', name, 'entities/patterns:demonym-institution');
    b.mention(e, m.index, m.index + m[0].length);
    if (
      !b.mentions.some(
        (x) =>
          x.start <= m.index && x.end >= m.index + m[1]!.length && x !== b.mentions[b.mentions.length - 1],
      )
    )
      if (isKnownPlace(m[1]!)) {
        const p = b.get('Place', canonicalPlace(m[1]!), 'entities/patterns:demonym-institution');
        b.mention(p, m.index, m.index + m[1]!.length);
      }
  }
  // "Russia's foreign ministry" is the Russian Foreign Ministry, "Algeria's presidency" the Algerian
  // Presidency, "Ethiopia's Foreign Affairs ministry" the Ethiopian Foreign Ministry.
  for (const m of matchesOf(
    /\b(\p{Lu}[\p{L}.]*)['’]s\s+((?:[Ff]oreign(?: [Aa]ffairs)?|[Dd]efen[cs]e) [Mm]inistry|embassy|parliament|presidency)\b/gu,
    work,
  )) {
    const dem = demonymOf(canonicalPlace(m[1]!));
    if (!dem || !isKnownPlace(m[1]!)) continue;
    const head = m[2]!
      .replace(/ [Aa]ffairs/, '')
      .toLowerCase()
      .replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
    const e = b.get('Organization', `${dem} ${head}`, 'entities/patterns:country-institution');
    const at = m.index + m[0].length - m[2]!.length;
    const end = m.index + m[0].length;
    // Nothing inside the body's name is a person ("Foreign Affairs" is no "Affairs").
    b.mentions = b.mentions.filter((x) => !(x.entity.type === 'Person' && x.start >= at && x.end <= end));
    b.mention(e, at, end, true);
  }
  // "the foreign ministry of Ecuador" is the Ecuadorian Foreign Ministry too (the head is its mention).
  for (const m of matchesOf(
    /\b[Tt]he\s+((?:foreign(?: affairs)?|defen[cs]e) ministry|ministry of (?:foreign|external) affairs|embassy|consulate(?: general)?|presidency)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/gu,
    work,
  )) {
    const place = [m[2]!, m[2]!.split(/\s+/)[0]!].find((x) => isKnownPlace(x));
    const dem = place ? demonymOf(canonicalPlace(place)) : undefined;
    if (!dem) continue;
    // ("the ministry of foreign affairs of Ecuador": its Foreign Ministry as well.)
    const head = m[1]!
      .replace(/^ministry of \p{Ll}+ affairs$/u, 'foreign ministry')
      .replace(/ affairs/, '')
      .replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
    const at = m.index + m[0].indexOf(m[1]!);
    b.mention(
      b.get('Organization', `${dem} ${head}`, 'entities/patterns:institution-of-country'),
      at,
      at + m[1]!.length,
      true,
    );
  }
  outletNames(b, work);
  reportingOutlets(b, work);
  firmNames(b, work);
  permanentMissions(b, work);
  permanentMissionsOf(b, work);
  presidencies(b, work);
  broadcasters(b, work);
  // (A name ending in "International" keeps it, "Paro International airport" is one airport, and the
  // organisation its chunk made, named only there, goes; "International" alone names none.)
  const airport =
    /\b((?:\p{Lu}[\p{L}-]+\s+){1,3}International|(?!International\b)\p{Lu}[\p{L}-]+)\s+airport\b/gu;
  // (The word is in every match: a body without it is not scanned.)
  for (const m of work.includes('airport') ? work.matchAll(airport) : []) {
    if (isKnownPlace(m[1]!) && CAPITALS[m[1]!.toLowerCase()]) continue;
    const e = b.get('Place', `${m[1]} Airport`, 'entities/patterns:airport');
    const [start, end] = [m.index, m.index + m[0].length];
    for (const o of [...b.entities.values()]) {
      const ms = b.mentions.filter((x) => x.entity === o);
      if (o.type !== 'Organization' || !ms.length) continue;
      if (!ms.every((x) => x.start >= start && x.end <= end)) continue;
      b.mentions = b.mentions.filter((x) => x.entity !== o);
      b.entities.delete(o.id);
    }
    b.mention(e, start, end);
  }
}

const OUTLET_WORD = String.raw`\p{Lu}[\p{L}\d]*(?:-\d+|-\p{Lu}[\p{L}\d]*)?`;
const OUTLET = String.raw`${OUTLET_WORD}(?:\s+(?:\d+|${OUTLET_WORD})){0,2}`;
/** What a report says of an outlet's standing before its name: "the official IRNA news agency". */
const OUTLET_STANDING = String.raw`(?:(?:semi-)?official|state(?:-run|-owned|-controlled)?|pro-government|independent|private)`;
const MEDIA_NOUN = String.raw`(?:daily|newspaper|broadcaster|(?:TV |television )?channel|news agency|news portal|magazine|weekly|tabloid|news outlet)`;
/**
 * "Russian daily Kommersant", "the news portal LCI", "the Nova broadcaster", "Newsmax, American TV channel",
 * ", Korvel newspaper reported".
 */
const OUTLET_PATTERNS = [
  new RegExp(String.raw`\b${MEDIA_NOUN}\s+(${OUTLET})`, 'gu'),
  new RegExp(
    String.raw`\b[Tt]he\s+(?:${OUTLET_STANDING}\s+)?(${OUTLET})\s+(?:broadcaster|channel|newspaper|daily|news agency|TV channel)\b(?!\s+\p{Lu})`,
    'gu',
  ),
  new RegExp(String.raw`\b(${OUTLET}),\s+(?:an?\s+|the\s+)?(?:\p{Lu}\p{Ll}+\s+)?${MEDIA_NOUN}\b`, 'gu'),
  // ", Korvel newspaper reported.": a subject with its media noun and a verb of reporting (no "the").
  new RegExp(
    String.raw`(?<=^|\n|[,;]\s+|[.!?]\s+)(${OUTLET})\s+${MEDIA_NOUN}\s+(?:${sayingAlternation(OUTLET_REPORTING)})\b`,
    'gu',
  ),
];

/** Outlets a media noun beside them names: organisations nothing else claimed, of no known kind. */
function outletNames(b: Builder, work: string): void {
  // (Every pattern needs a media noun: an article with none skips them.)
  if (
    !/daily|newspaper|broadcaster|channel|news agency|news portal|magazine|weekly|tabloid|news outlet/.test(
      work,
    )
  )
    return;
  for (const re of OUTLET_PATTERNS)
    for (const m of matchesOf(re, work)) {
      const name = m[1]!;
      const s = m.index + (re === OUTLET_PATTERNS[0] ? m[0].lastIndexOf(name) : m[0].indexOf(name));
      const e = s + name.length;
      const first = name.split(/\s+/)[0]!;
      if (
        demonymCountry(first) ||
        isKnownPlace(name) ||
        isKnownPlace(first) ||
        TITLE_WORDS.has(first.toLowerCase())
      )
        continue;
      if (/^(?:The|A|An|On|In|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(first))
        continue;
      if (b.mentions.some((x) => x.start < e && x.end > s && x.entity.type !== 'Organization')) continue;
      b.mentions = b.mentions.filter((x) => !(x.start >= s && x.end <= e));
      b.mention(b.get('Organization', name, 'entities/patterns:outlet-by-noun'), s, e);
    }
}
