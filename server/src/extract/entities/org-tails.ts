// The tail of a body's name that the chunker leaves outside it, because a lower-case word joins it:
// - "of the" and a capitalised name: "the International Committee of the Red Cross", also after a body
//   named by a head word and its field, "the State Committee for National Security of the Kyrgyz Republic"
//   (rule org-tails:of-the; a country's name after it is left alone, "the Foreign Ministry of the Russian
//   Federation" is named by the country in builder.ts, and so is a body, "the European Department of the
//   Ministry …");
// - "for the" and a capitalised run, with an "of" or "of the" inside: "the UN Office for the Coordination of
//   Humanitarian Affairs", "for the Safeguard of the Homeland" (rule org-tails:for-the; not when a word of
//   the field before that "of" is a place, "for the United Kingdom", nor a body's head anywhere; a place
//   after it is what the field is of, "for the Total Independence of Angola"; the run stops before a title
//   word, a first name, or a hyphen's tail, "…-led");
// - "and" and capitalised words ending in a field's word: "the Bureau of East Asian and Pacific Affairs",
//   "the Ministry of Foreign and Diaspora Affairs" (rule org-tails:and-field); after an adjective, ending in
//   a plural noun: "the Community of Latin American and Caribbean States" (rule org-tails:and-plural);
// - "of" and a country after a ministry named by its field: "the Ministry of Foreign Affairs of Kazakhstan"
//   is the Kazakh Foreign Ministry, "the Ministry of Internal Affairs of Belarus" the Belarusian Interior
//   Ministry (builder.ts names it; the country the longest opening of the run that is one; rule
//   org-tails:of-country);
// - "of the" and a country after a body's head word or its field: "the Central Bank of the Russian
//   Federation", "the Commission on Human Rights of the Philippines" (rule org-tails:of-the-country).
// The longer name replaces the mention; what the tail held (a known body, a place) goes with it.
import {
  canonicalPlace,
  demonymCountry,
  demonymOf,
  isFirstName,
  isKnownPlace,
  lexTags,
  ORG_HEADS,
  TITLE_WORDS,
} from '../lexicon.js';
import type { Builder } from './builder.js';
import { coordinatedFieldsTail } from './coordinated-fields.js';
import { matchesOf } from '../regex-matches.js';
import type { Mention } from './types.js';
import { FIELD_WORD_ALTERNATION } from './field-words.js';

const CAP = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)`;
/** "of the" and a capitalised run on the same line ("of the Red Cross"). */
const OF_THE = new RegExp(String.raw`^[^\S\n]+of[^\S\n]+the[^\S\n]+(${CAP}(?:[^\S\n]+${CAP}){0,6})`, 'u');
/** Nouns whose possessive stays inside a body's name ("of the Chinese People's Political Consultative …"). */
const NAME_POSSESSIVE = /^(?:People|Peoples|Workers|Women|Children|Veterans|Farmers|Journalists)['’]s?$/;
/**
 * "of the" and a capitalised run to the run's end, as [matched text, run]; the run stops before a title word
 * or a first name after its first word ("of the Red Cross President Peter Maurer": "Red Cross"), and at a
 * possessive, which owns what follows ("of the Treasury's Office of …": "Treasury").
 */
function ofTheRun(after: string): [string, string] | null {
  const m = OF_THE.exec(after);
  if (!m) return null;
  // (The run's words with where each starts in the match: the kept text ends inside the match.)
  const from = m[0].length - m[1]!.length;
  const words = matchesOf(/\S+/g, m[1]!);
  let end = from;
  for (const [n, x] of words.entries()) {
    const w = x[0];
    if (n > 0 && (TITLE_WORDS.has(w.toLowerCase()) || isFirstName(w))) break;
    if (/['’]s?$/.test(w) && !NAME_POSSESSIVE.test(w)) {
      end = from + x.index + w.replace(/['’]s?$/, '').length;
      break;
    }
    end = from + x.index + w.length;
  }
  if (end === from) return null;
  const text = m[0].slice(0, end);
  return [
    text,
    text
      .slice(from)
      .split(/[^\S\n]+/)
      .join(' '),
  ];
}
/** Head words of companies named by their trade, which are fields too ("of Refugee Logistics"). */
const TRADE_HEADS = new Set(['shipping', 'freight', 'logistics', 'trading', 'tankers']);
/**
 * "for the" and a capitalised run, an "of" or "of the" inside it ("for the Coordination of Humanitarian
 * Affairs", "for the Safeguard of the Homeland").
 */
const FOR_THE = new RegExp(
  String.raw`^[^\S\n]+for[^\S\n]+the[^\S\n]+(${CAP}(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?${CAP}){0,4})`,
  'u',
);
/** "of" and a country's name ("of Kazakhstan", "of the United Arab Emirates"). */
const OF_COUNTRY = new RegExp(
  String.raw`^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3})`,
  'u',
);
/** The last word of a state's formal title ("Republic" of "the Republic of Belarus"). */
const STATE_TITLE_END = /\b(?:Republic|Kingdom|Federation|Sultanate|Emirate|Principality|Duchy)$/;
/** "and" and capitalised words ending in a plural noun ("and Caribbean States", "and Pacific Peoples"). */
const AND_PLURAL = new RegExp(
  String.raw`^[^\S\n]+and[^\S\n]+(?:${CAP}[^\S\n]+){0,3}\p{Lu}\p{Ll}+s\b(?!['’]|[^\S\n]+\p{Lu})`,
  'u',
);
/** An adjective ending a body's name cut short: a demonym or an adjective's ending, no place's name. */
const nounless = (w: string) =>
  !isKnownPlace(w) &&
  (!!demonymCountry(w) ||
    lexTags(w).some((t) => t === 'Demonym' || t === 'Adjective') ||
    /(?:an|al|ic|ese)$/.test(w));
/** A body's head word, then "for" or "on" and its field: "Committee for National Security". */
function fieldNamedBody(name: string): boolean {
  const m = /\b(\p{Lu}\p{Ll}+)[^\S\n]+(?:for|on)[^\S\n]+\p{Lu}[^\n]*$/u.exec(name);
  return !!m && ORG_HEADS.has(m[1]!.toLowerCase());
}
/** "and" and capitalised words ending in a field ("and Pacific Affairs"). */
const AND_FIELD = new RegExp(
  String.raw`^[^\S\n]+and[^\S\n]+(?:${CAP}[^\S\n]+){0,3}(?:${FIELD_WORD_ALTERNATION})\b`,
  'u',
);

/** The end of the name's tail after the mention, and the rule that read it; undefined when there is none. */
function tailAfter(b: Builder, m: Mention): { end: number; rule: string } | undefined {
  const after = b.work.slice(m.end, m.end + 80);
  const last = /(\p{L}+)$/u.exec(b.work.slice(m.start, m.end))?.[1] ?? '';
  // (Also a body named by its head word and a field: "the State Committee for National Security of the
  // Kyrgyz Republic", "the Commission on Human Rights of the Philippines".)
  const namedByHead = ORG_HEADS.has(last.toLowerCase()) || fieldNamedBody(b.work.slice(m.start, m.end));
  const of = namedByHead ? ofTheRun(after) : null;
  // (A body with a head word of its own after it is another body: "the European Department of the
  // Ministry …".)
  // (A trade's word that heads a company's name, "Evergreen Shipping", is a field after "of the"/"for the":
  // "the Office for the Coordination of Refugee Logistics".)
  const headed = (run: string) =>
    run.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()) && !TRADE_HEADS.has(w.toLowerCase()));
  // (Nor a state's formal title, "of the Republic of Belarus": state-titles.ts names the body by the state.)
  const stateTitle = (run: string, at: number) =>
    STATE_TITLE_END.test(run) && /^[^\S\n]+of[^\S\n]+\p{Lu}/u.test(after.slice(at));
  if (of && !isKnownPlace(of[1]!) && !headed(of[1]!) && !stateTitle(of[1]!, of[0].length))
    return { end: m.end + of[0].length, rule: 'entities/org-tails:of-the' };
  const forThe = ORG_HEADS.has(last.toLowerCase()) ? FOR_THE.exec(after) : null;
  // (A place of one or two words anywhere in it: "for the United Kingdom", "for the Asia Pacific".)
  const placeIn = (run: string) =>
    run.split(/\s+/).some((w, i, ws) => isKnownPlace(w) || (i > 0 && isKnownPlace(`${ws[i - 1]} ${w}`)));
  // (A place after the run's inner "of" is what the field is of: "for the Total Independence of Angola".)
  const field = forThe ? forThe[1]!.split(/\s+of\s+/)[0]! : '';
  // (The run stops before a title word or a first name: "for the Defence of Rights Chairman X".)
  const kept = forThe ? forTheKept(forThe[0], forThe[1]!) : undefined;
  if (forThe && kept && !placeIn(field) && !headed(forThe[1]!))
    return { end: m.end + kept, rule: 'entities/org-tails:for-the' };
  // "the Ministry of Foreign Affairs of Kazakhstan": the country that owns a ministry named by its field.
  const country = /^Ministry of .*\b(?:Affairs|Defen[cs]e|Interior|Finance)$/.test(
    b.work.slice(m.start, m.end),
  )
    ? OF_COUNTRY.exec(after)
    : null;
  // (The country is the run's longest opening that is one: "of the Russian Federation Sergei Shoigu".)
  const owner = country ? countryOpening(after, country[1]!) : undefined;
  if (owner) return { end: m.end + owner, rule: 'entities/org-tails:of-country' };
  // "the Central Bank of the Russian Federation": a body named by its head word, then "of the" and a country
  // (without "the" the chunker keeps it whole: "the Central Bank of Nigeria").
  const ofThe = namedByHead && /^\s+of\s+the\s/.test(after) ? OF_COUNTRY.exec(after) : null;
  // (The country is the run's longest opening that is one: "of the Russian Federation Elvira Nabiullina".)
  const words = ofThe ? ofThe[1]!.split(/\s+/) : [];
  for (let n = words.length; n > 0; n--) {
    const place = words.slice(0, n).join(' ');
    if (!isKnownPlace(place) || !demonymOf(canonicalPlace(place))) continue;
    const run = new RegExp(String.raw`^\s+of\s+the\s+${words.slice(0, n).join(String.raw`[^\S\n]+`)}`).exec(
      after,
    );
    if (run) return { end: m.end + run[0].length, rule: 'entities/org-tails:of-the-country' };
  }
  // "the Ministry of Lands, Housing and Urban Development": a coordination of fields (coordinated-fields.ts).
  const fields = coordinatedFieldsTail(b.work.slice(m.start, m.end), b.work.slice(m.end, m.end + 160));
  if (fields) return { end: m.end + fields, rule: 'entities/org-tails:coordinated-fields' };
  const and = / of /.test(b.work.slice(m.start, m.end)) ? AND_FIELD.exec(after) : null;
  // (Not a field that opens a title: "the Ministry of Energy and Finance Minister X".)
  const titleNext =
    and && TITLE_WORDS.has(/^[^\S\n]+(\p{L}+)/u.exec(after.slice(and[0].length))?.[1]?.toLowerCase() ?? '');
  if (and && !titleNext) return { end: m.end + and[0].length, rule: 'entities/org-tails:and-field' };
  // "the Community of Latin American and Caribbean States": a name cut after an adjective that waits for its
  // noun, "and" and capitalised words ending in a plural noun (no body's head among them).
  const plural = / of /.test(b.work.slice(m.start, m.end)) && nounless(last) ? AND_PLURAL.exec(after) : null;
  if (plural && !headed(plural[0].replace(/^\s+and\s+/, '')))
    return { end: m.end + plural[0].length, rule: 'entities/org-tails:and-plural' };
  return undefined;
}

/** Extends the organisations' mentions over the tails of their names. */
export function orgTails(b: Builder): void {
  for (const m of [...b.mentions]) {
    if (m.entity.type !== 'Organization' || m.nominal) continue;
    const tail = tailAfter(b, m);
    if (!tail) continue;
    const surface = b.text.slice(m.start, tail.end).replace(/\s+/g, ' ');
    // (Whatever the tail held is part of the name now.)
    b.mentions = b.mentions.filter((x) => x === m || !(x.start >= m.end && x.end <= tail.end));
    const from = m.entity;
    b.mentions = b.mentions.filter((x) => x !== m);
    b.orgMention(m.start, tail.end, surface, tail.rule);
    if (!b.mentions.some((x) => x.entity === from)) b.entities.delete(from.id);
  }
}

/** The length of "of (the) <country>" in `after` when `run`, or its longest opening, is a country. */
function countryOpening(after: string, run: string): number | undefined {
  const words = run.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const place = words.slice(0, n).join(' ');
    if (!isKnownPlace(place) || !demonymOf(canonicalPlace(place))) continue;
    const at = new RegExp(
      String.raw`^\s+of\s+(?:the\s+)?${words.slice(0, n).join(String.raw`[^\S\n]+`)}`,
    ).exec(after);
    if (at) return at[0].length;
  }
  return undefined;
}

/** The length of the "for the" tail kept: to the run's last word before a title word or a first name. */
function forTheKept(text: string, run: string): number | undefined {
  const from = text.length - run.length;
  const words = matchesOf(/\S+/g, run);
  let end = from;
  for (const [n, x] of words.entries()) {
    const capital = /^\p{Lu}/u.test(x[0]);
    if (n > 0 && capital && (TITLE_WORDS.has(x[0].toLowerCase()) || isFirstName(x[0]))) break;
    end = from + x.index + x[0].length;
  }
  // (Nor a word glued after it: "of the Homeland-led government" ends in "Homeland".)
  end -= /-\p{Ll}+$/u.exec(text.slice(0, end))?.[0].length ?? 0;
  // (Not a run cut after "of" or "the".)
  return /\b(?:of|the)$/.test(text.slice(0, end)) ? undefined : end;
}
