// Whose sanctions a noun tells and whom they aim at, from the words right before it: "U.S. sanctions",
// "Australia's sanctions", "British sanctions" (whose they are); "U.S. Burma sanctions", "new Russia
// sanctions" (a country's name, no initialism, whom they aim at).
import { mentionEndingAt, type NounPhrase } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import { demonymCountry } from '../lexicon.js';
import type { Sentence } from '../text.js';

/** "U.S. sanctions against the country", "British sanctions on …", "Australia's sanctions": whose they are. */
export function ownerOf(c: Ctx, s: Sentence, at: number, before: string): NounPhrase | undefined {
  const poss = /['’]s?\s+(?:\p{Ll}+\s+){0,2}$/u.exec(before);
  const own =
    mentionEndingAt(c, s.start, at) ?? (poss ? mentionEndingAt(c, s.start, s.start + poss.index) : undefined);
  if (own && own.entity.type !== 'Person')
    return { start: own.start, end: own.end, entities: [own.entity], owners: [] };
  const dem = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before);
  const country = dem ? demonymCountry(dem[1]!) : undefined;
  if (!dem || !country) return;
  const from = s.start + dem.index;
  return {
    start: at,
    end: at,
    entities: [],
    owners: [{ country, start: from, end: from + dem[1]!.length }],
    head: 'government',
  };
}

/** An initialism ("US", "U.S.", "EU", "UK"): before "sanctions", whose they are. */
const INITIALISM = /^(?:\p{Lu}\.?){2,4}$/u;

/**
 * "U.S. Burma sanctions", "new Russia sanctions": a country's name (no initialism, no demonym, no
 * possessive) right before the noun tells whom they aim at, not whose they are; where that name starts.
 */
export function aimedAtBefore(c: Ctx, s: Sentence, at: number): number | undefined {
  const m = mentionEndingAt(c, s.start, at);
  if (!m || m.entity.type !== 'Place' || !/^\s+$/.test(c.work.slice(m.end, at))) return;
  const name = c.work.slice(m.start, m.end);
  if (INITIALISM.test(name) || demonymCountry(name)) return;
  return m.start;
}
