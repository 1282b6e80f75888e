// The state an official acts for, read from the subject phrase before a verb when the phrase names the
// state as the role's owner: "Britain's foreign secretary announced sanctions", "The British foreign
// minister imposed …", "UK Foreign Secretary Jane Doe announced …", "the UK's foreign secretary, Jane Doe,
// announced …". The rules that want a state as the actor (the sanctioner) use it when the subject names
// no state or body of its own.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import type { Sentence } from '../text.js';
import { stateOf } from './parties.js';

/** Either case for a word's first letter: "Foreign" and "foreign". */
const ci = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

/** Roles of an official who acts for a state (heads of government, ministers, secretaries). */
const ROLE = [
  'foreign secretary',
  'foreign minister',
  'foreign affairs minister',
  'secretary of state',
  'treasury secretary',
  'finance minister',
  'prime minister',
  'president',
  'chancellor',
]
  .map((r) => r.split(' ').map(ci).join('\\s+'))
  .join('|');

/**
 * The subject right before the verb: an optional fronted phrase ("On Tuesday, "), "the", the owner (a
 * name or a demonym, up to three capitalised words, "'s" or not), the role, and the official's name as an
 * apposition or after the title; adverbials may stand before the verb.
 */
const OFFICIAL = new RegExp(
  String.raw`^(?:[^,;]{0,60},\s+)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}?)(?:['’]s)?\s+(?:${ROLE})(?:\s*,\s*[^,;]{1,50},|(?:\s+\p{Lu}[\p{L}.'’-]*){1,4})?\s+(?:(?:on\s+\p{Lu}\p{Ll}+day|has|have|had|also|today|yesterday|on\s+\p{Lu}\p{Ll}+\s+\d{1,2})\s+)*$`,
  'u',
);

/** The state whose official is the subject of the verb at `verbAt` ("Britain's foreign secretary …"). */
export function officialState(c: Ctx, s: Sentence, verbAt: number): Entity | undefined {
  const m = OFFICIAL.exec(c.work.slice(s.start, verbAt));
  if (!m) return undefined;
  const start = s.start + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const place = c.inRange(start, end, ['Place'], true).find((x) => x.start === start && x.end === end);
  if (place) return stateOf(c, place.entity);
  const country = demonymCountry(m[1]!);
  return country ? c.countryByDemonym(country, start, end) : undefined;
}
