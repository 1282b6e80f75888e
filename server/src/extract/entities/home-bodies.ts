// The foreign ministry of the country a headline opens with, where a speaker stands and the text names no
// country for it: "Kenya accuses Western envoys …" then "“…,” the foreign ministry said" (or "the
// ministry said", "quoted the foreign ministry as saying"). The speaker-bodies step makes a body only when
// a demonym, a country's possessive or a capital qualifies it; a bare one in lower case is the home
// country's when the headline's subject is a country and no foreign ministry is named otherwise (else
// "the ministry" is that one, read by the quotation step, or ambiguous). Named "<Demonym> Foreign
// Ministry" like the bodies of the patterns.
import { canonicalPlace, CAPITALS, demonymCountry, demonymOf, isKnownPlace } from '../lexicon.js';
import type { Sentence } from '../text.js';
import type { Builder } from './builder.js';
import type { Entity } from './types.js';

/** A bare foreign ministry, or "the ministry", then a verb of saying; or after one ("quoted … as saying"). */
const BARE_BODY = [
  /\b[Tt]he\s+((?:foreign ministry|ministry of foreign affairs|foreign office|ministry))(?=\s+(?:(?:has|have|had|also|then|later|further|again|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*(?:said|says|stated|told|added|announced|warned|noted|insisted|stressed|wrote|described|urged|accused|condemned|rejected|declared|confirmed|responded)\b)/gu,
  /\b(?:said|says|stated|added|according to|quoted)\s+the\s+((?:foreign ministry|ministry of foreign affairs|foreign office|ministry))\b(?!\s+(?:of|in|for)\b)/gu,
];

/** The demonym of the country a headline opens with as its subject ("Kenya accuses", "Iranian FM says"). */
export function headlineDemonym(work: string, headline: Sentence | undefined): string | undefined {
  if (!headline) return undefined;
  const words = work.slice(headline.start, headline.end).trim().split(/\s+/);
  for (let n = 3; n >= 1; n--) {
    const w = words
      .slice(0, n)
      .join(' ')
      .replace(/['’]s$/, '');
    const next = words[n] ?? '';
    const dem = demonymCountry(w) ? w : undefined;
    if (dem && demonymOf(demonymCountry(w)!) === w) return w;
    const capital = CAPITALS[w.toLowerCase()];
    const country = capital ?? (isKnownPlace(w) ? canonicalPlace(w) : undefined);
    // (The country is the subject: a verb or a possessive follows, not another capitalised word.)
    if (country && demonymOf(country) && (/^\p{Ll}/u.test(next) || /['’]s$/.test(words[n - 1]!)))
      return demonymOf(country);
  }
  return undefined;
}

export function homeBodies(b: Builder, work: string, sents: Sentence[]): void {
  const dem = headlineDemonym(work, sents[0]);
  if (!dem) return;
  const orgs = [...b.entities.values()].filter((e) => e.type === 'Organization');
  const home = `${dem} Foreign Ministry`;
  const homeOf = (name: string) => (/Office/i.test(name) ? `${dem} Foreign Office` : home);
  // (A foreign ministry named otherwise, bare or of a country: "the foreign ministry" may be that one.)
  const foreign = (e: Entity) => /\bForeign (?:Ministry|Office)\b|\bMinistry of Foreign\b/.test(e.name);
  if (orgs.some(foreign)) return;
  const anyMinistry = orgs.some((e) => /\bMinistry\b/.test(e.name));
  for (const re of BARE_BODY)
    for (const m of work.matchAll(re)) {
      const head = m[1]!;
      // ("the ministry" alone: only in an article about foreign ministers and with no ministry named.)
      if (head === 'ministry' && (anyMinistry || !/\bforeign minist/i.test(work))) continue;
      const at = m.index + m[0].length - head.length;
      const e = b.get('Organization', homeOf(head), 'entities/home-bodies:headline-country');
      b.mention(e, at, at + head.length, true);
    }
}
