// A diplomatic mission named with where it sits ("the Chinese embassy in Ottawa", "the Indian High
// Commission in Maldives", "the Russian Embassy in the United States", "a Representative Office in X"):
// the chunk step makes "Chinese Embassy" of it, but one country has a mission in every capital, so the
// place is part of the body's name ("<Demonym> Embassy in <place>": the city as the text words it, a
// country by its canonical name).
// The entity takes the name with the place when every "in <place>" the text puts after its mentions is
// one country (a capital counting as its country; the capital, when named, names it); the short name
// stays an alias.
import { CAPITALS, demonymOf } from '../lexicon.js';
import type { Builder } from './builder.js';

/** A mission's head word at the end of its name, with at least one word before it ("Chinese Embassy"). */
const MISSION = /^\S.*\s(?:Embassy|High Commission|Consulate(?: General)?|Legation|Representative Office)$/;
/** Countries whose name takes "the": "in the United States", "in the Maldives". */
const THE_COUNTRY = /^(?:United\s|Czech Republic|Netherlands|Philippines|Maldives|Bahamas|Gambia|Vatican)/;

/** "in <place>" right after a mission's mention: its country (canonical) and the capital as worded. */
function placeAfter(b: Builder, end: number): { city?: string; words: string } | undefined {
  // (Past the state a lower-case head names: "the embassy of the Netherlands in Moscow".)
  const of = /^\s+of\s+(?:the\s+)?/.exec(b.work.slice(end, end + 12));
  const state = of && b.mentions.find((x) => x.start === end + of[0].length && x.entity.type === 'Place');
  if (state) end = state.end;
  // (Past a state's formal title: "in the Kingdom of Bahrain" is in Bahrain.)
  const lead =
    /^\s+in\s+(the\s+)?(?:(?:\p{Lu}\p{L}+\s+){0,2}(?:Republic|Kingdom|State|Sultanate)\s+of\s+)?/u.exec(
      b.work.slice(end, end + 48),
    );
  if (!lead) return undefined;
  const at = end + lead[0].length;
  const m = b.mentions.find((x) => x.start === at && x.entity.type === 'Place');
  if (!m) return undefined;
  const words = b.text.slice(m.start, m.end).replace(/\s+/g, ' ');
  // (A capital is its country's place: "in the UK" and "in London" are one place, named London.)
  const capital = CAPITALS[words.toLowerCase()];
  const country = capital ?? (demonymOf(m.entity.name) ? m.entity.name : undefined);
  if (country)
    return { city: capital && words, words: `${THE_COUNTRY.test(country) ? 'the ' : ''}${country}` };
  return { words: `${lead[1] ? 'the ' : ''}${words}` };
}

export function missionPlaces(b: Builder): void {
  for (const e of [...b.entities.values()]) {
    if (e.type !== 'Organization' || !MISSION.test(e.name)) continue;
    const found = b.mentions
      .filter((x) => x.entity === e)
      .map((x) => placeAfter(b, x.end))
      .filter((x) => x !== undefined);
    const places = new Set(found.map((x) => x.words));
    if (places.size !== 1) continue;
    // (A capital, when the text names one, is the precise place: "in the UK" and "in London" is London.)
    const where = found.find((x) => x.city)?.city ?? found[0]!.words;
    const named = b.get('Organization', `${e.name} in ${where}`, e.rule);
    if (named !== e) b.absorb(e, named);
  }
}
