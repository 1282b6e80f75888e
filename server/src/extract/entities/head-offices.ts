// A head of government's or state's office (session 28): "the Indian Prime Minister's Office (PMO)", "the
// Office of the President of Ghana", "the Prime Minister’s Office said". Named "<Demonym> Prime Minister's
// Office" (the apostrophe as worded), as the set names them; "of <country>" gives the demonym. A bare one
// ("the Prime Minister's Office") is the home state's, the headline's subject; none, and no body is made
// (the country the article names most is often the host or the guest's: "PM Modi's visit to Japan"). Not
// "the Oval Office", nor an office of a minister ("the Foreign Minister's Office").
import { demonymCountry } from '../lexicon.js';
import type { Sentence } from '../text.js';
import type { Builder } from './builder.js';
import { headlineDemonym } from './home-bodies.js';
import { countryNamed } from './presidencies.js';
import { matchesOf } from '../regex-matches.js';

const HEAD = String.raw`(Prime[^\S\n]+Minister|President)(['’])s[^\S\n]+Office\b`;
/** "<Demonym> Prime Minister's Office", or "the Prime Minister's Office". */
const POSSESSIVE = new RegExp(
  String.raw`(?:\b(?!The\b)(\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)?)[^\S\n]+|\b([Tt]he)[^\S\n]+)${HEAD}`,
  'gu',
);
/** "the Office of the Prime Minister of India". */
const OFFICE_OF =
  /\bOffice\s+of\s+the\s+(Prime\s+Minister|President)\s+of\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)/gu;

export function headOffices(b: Builder, work: string, sents: Sentence[]): void {
  if (!work.includes('Office')) return;
  let home: string | null | undefined;
  const make = (dem: string, head: string, apo: string, at: number, end: number, rule: string) => {
    // (Nothing inside is a mention of its own: no "Prime Minister" person, no place of the demonym.)
    b.mentions = b.mentions.filter((x) => !(x.start >= at && x.end <= end));
    const name = `${dem} ${head.replace(/\s+/g, ' ')}${apo}s Office`;
    b.mention(b.get('Organization', name, `entities/head-offices:${rule}`), at, end);
  };
  for (const m of matchesOf(POSSESSIVE, work)) {
    const before = m[1];
    const end = m.index + m[0].length;
    if (before) {
      const two = demonymCountry(before) ? before : undefined;
      const one = before.split(/\s+/).pop()!;
      const dem = two ?? (demonymCountry(one) ? one : undefined);
      if (!dem) continue;
      make(dem, m[3]!, m[4]!, end - m[0].length + m[0].lastIndexOf(dem), end, 'demonym-office');
      continue;
    }
    if (home === undefined) {
      home = headlineDemonym(work, sents[0]) ?? null;
    }
    if (!home) continue;
    const at = m.index + m[2]!.length + 1;
    make(home, m[3]!, m[4]!, at, end, 'home-office');
  }
  for (const m of matchesOf(OFFICE_OF, work)) {
    const of = countryNamed(m[2]!);
    if (!of) continue;
    make(
      of.dem,
      m[1]!,
      "'",
      m.index,
      m.index + m[0].indexOf(of.place) + of.place.length,
      'office-of-country',
    );
  }
}
