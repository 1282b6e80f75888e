// A leader's office named by the leader's title and "Office" ("the Prime Minister's Office said", "the
// Communications Director at the DP's Office", "Somalia's Prime Minister's office announced"): one
// organisation, the head of government's or state's staff, not a person nor the title. The title must be
// capitalised (a head-of-government or -of-state title, or its short form: "PM", "DP"); "Office" may be
// lower-case. Named "<Demonym> <Title>'s Office" when a country's possessive stands right before it
// ("Somalia's Prime Minister's office"), else "<Title>'s Office"; mentions inside it (an acronym "DP")
// are dropped. Runs after head-offices.ts, which names the Prime Minister's and the President's offices
// of a known country; this one names the rest, a bare one with no home country by its title alone.
import { canonicalPlace, demonymCountry, demonymOf, isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const TITLED_OFFICE =
  /\b((?:Deputy[^\S\n]+|Vice[- ])?(?:Prime[^\S\n]+Minister|President|Chancellor|Premier|PM|DP|VP))['’]s[^\S\n]+[Oo]ffice\b/gu;
/** A country's possessive right before the office: "Somalia's ", "South Korea’s ". */
const COUNTRY_POSSESSIVE = /(\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)['’]s[^\S\n]+$/u;

/** The demonym of the country whose possessive ends `before`, if any. */
function demonymBefore(before: string): string | undefined {
  const m = COUNTRY_POSSESSIVE.exec(before);
  if (!m) return undefined;
  for (const w of [m[1]!, m[1]!.split(/\s+/).pop()!]) {
    const country = demonymCountry(w) ? undefined : isKnownPlace(w) ? canonicalPlace(w) : undefined;
    const dem = country && demonymOf(country);
    if (dem) return dem;
  }
  return undefined;
}

export function titledOffices(b: Builder, work: string): void {
  for (const m of matchesOf(TITLED_OFFICE, work)) {
    const start = m.index;
    const end = start + m[0].length;
    // (One head-offices.ts named already, with its country, stays as it is.)
    // (An acronym inside, "DP", is no such name: only a mention through "Office" is.)
    if (b.mentions.some((x) => x.entity.type === 'Organization' && x.start < end && x.end >= end)) continue;
    const title = m[1]!.replace(/\s+/g, ' ');
    const dem = demonymBefore(work.slice(Math.max(0, start - 40), start));
    b.mentions = b.mentions.filter((x) => !(x.start >= start && x.end <= end));
    for (const e of [...b.entities.values()])
      if (!b.mentions.some((x) => x.entity === e)) b.entities.delete(e.id);
    const name = `${dem ? `${dem} ` : ''}${title}'s Office`;
    b.mention(b.get('Organization', name, 'entities/titled-offices:title-office'), start, end);
  }
}
