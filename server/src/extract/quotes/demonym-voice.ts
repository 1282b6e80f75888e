// "The Chinese spokesperson said": an unnamed spokesperson called by a country's demonym speaks for the
// one body of that country the text named before (a ministry, an embassy, a presidency: an organisation
// whose name opens with the demonym). With no such body, or two, no one. Also the pair of persons last
// named together ("X and Y"), for "the two leaders". And a people named by its plural demonym as the
// subject of a verb of saying ("the Russians say", "The Slovenes have accused X of “…”"): their country.
import type { Entity, Mention } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { QUOTE_REPORTING_ANY_FORM, QUOTE_SPEECH_BEFORE } from '../saying-verbs.js';
import { indexAt } from '../text.js';
import { SPOKESPERSON } from '../role-nouns.js';

/** A demonym, then a spokesperson's noun ("the Chinese spokesperson", "a Russian spokeswoman"). */
export const DEMONYM_SPOKESPERSON = new RegExp(
  String.raw`^(?:the\s+|an?\s+)?(\p{Lu}\p{Ll}+)\s+${SPOKESPERSON}\b`,
  'u',
);

/**
 * "the Russians", "The Slovenes", "the Chinese" right before a verb of saying or of a stance in words (past
 * auxiliaries and an adverb): the people in group 1. Not "the Chinese ambassador said" (a noun follows:
 * another reading), nor a demonym without "the" ("Russians abroad say": some of them, not the country).
 */
const PEOPLE_SAYING = new RegExp(
  String.raw`^[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(?:(?:have|has|had|also|then|again|now|\p{Ll}+ly)\s+)*(?:${[
    ...new Set([...QUOTE_SPEECH_BEFORE, ...QUOTE_REPORTING_ANY_FORM]),
  ]
    .filter((w) => !w.includes(' '))
    .join('|')})\b`,
  'u',
);

/** The country of a people's plural name: "Russians", "Israelis", "Slovenes"; "Chinese", "French" as they are. */
export function peopleCountry(word: string): string | undefined {
  if (/(?:ese|ish|ch|ss)$/.test(word)) return demonymCountry(word);
  return /[^s]s$/.test(word)
    ? (demonymCountry(word.slice(0, -1)) ?? demonymCountry(`${word.slice(0, -1)}n`))
    : undefined;
}

/** "the Russians said": the people's phrase and its country, when the text names that country. */
export function peopleSaying(rest: string): { country: string; length: number } | undefined {
  const m = PEOPLE_SAYING.exec(rest);
  const country = m ? peopleCountry(m[1]!) : undefined;
  return m && country ? { country, length: rest.indexOf(m[1]!) + m[1]!.length } : undefined;
}

/** The one organisation named before anchor whose name opens with the demonym. */
export function demonymBody(orgs: Mention[], demonym: string, anchor: number): Entity | undefined {
  const bodies = new Set(
    orgs.filter((m) => m.end <= anchor && m.entity.name.startsWith(`${demonym} `)).map((m) => m.entity),
  );
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

/** The last two persons named together ("X and Y") before pos, within a few mentions. */
export function lastPairBefore(work: string, persons: Mention[], pos: number): [Entity, Entity] | undefined {
  const i = indexAt(persons, pos - 1);
  for (let j = i; j > 0 && j > i - 12; j--) {
    const b = persons[j]!;
    const a = persons[j - 1]!;
    if (b.end > pos || a.entity === b.entity) continue;
    if (/^\s*(?:and|&)\s*$/.test(work.slice(a.end, b.start))) return [a.entity, b.entity];
  }
  return undefined;
}
