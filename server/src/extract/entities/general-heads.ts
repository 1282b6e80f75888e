// Bodies whose head is two words, the second "General" (session 28): "the Russian Consulate General in
// Houston", "the Consulate General of India", "the Directorate General of Security". "General" alone is a
// title ("Consul General X", "Secretary General X", "General Y"); after one of these heads it closes the
// body's name, as "Ministry" does. Also a firm's sector closing its name ("Norilsk Nickel", "Tata Steel",
// known-companies.ts) when no first name or title comes before it ("Mark Nickel" stays a person).
import { isFirstName, ORG_HEADS, TITLE_WORDS } from '../lexicon.js';
import { COMPANY_SECTOR_HEADS } from '../known-companies.js';
import type { Token } from '../text.js';

const SECTOR_HEADS = new Set(COMPANY_SECTOR_HEADS);
const BEFORE_GENERAL = /^(?:Consulate|Directorate|Secretariat|Inspectorate|Commissariat)$/;
/** The humanitarian movement's emblems, heads of its bodies' names: "Iranian Red Crescent", "Kenya Red Cross". */
const EMBLEM_HEAD = /^(?:Cross|Crescent)$/;

/** Whether the chunk's token at i is an organisation's head word ("Ministry", "Consulate General"). */
export function orgHeadAt(c: Token[], i: number): boolean {
  const t = c[i];
  if (!t) return false;
  if (ORG_HEADS.has(t.text.toLowerCase())) return true;
  if (SECTOR_HEADS.has(t.text.toLowerCase()))
    return (
      i > 0 && c.slice(0, i).every((x) => !isFirstName(x.text) && !TITLE_WORDS.has(x.text.toLowerCase()))
    );
  if (EMBLEM_HEAD.test(t.text)) return i > 0 && c[i - 1]!.text === 'Red';
  return t.text === 'General' && i > 0 && BEFORE_GENERAL.test(c[i - 1]!.text);
}

/** A list of emblems up to the noun "emblem(s)" after the chunk ("the Red Crescent emblem", "Red Cross, Red
 * Crescent and Red Crystal emblems"): the emblems themselves, no body. */
const EMBLEM_NOUN_AFTER = /^(?:,?[^\S\n]+(?:and[^\S\n]+)?Red[^\S\n]+\p{Lu}\p{L}+)*[^\S\n]+emblems?\b/u;

/** Whether the chunk ends in an emblem ("Red Cross") that the noun "emblem" after it names as a sign. */
export function emblemAsSign(work: string, c: Token[]): boolean {
  const last = c[c.length - 1]!;
  return EMBLEM_HEAD.test(last.text) && EMBLEM_NOUN_AFTER.test(work.slice(last.end, last.end + 60));
}
