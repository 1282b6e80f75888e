// The author of words a noun of speech reports inside a sentence: "X rejected the claim by Y that …“…”",
// "X dismissed Y's accusations that “…”", "X received a letter from Y saying “…”", "X said that, according
// to Y, the move was “…”". The quotation after such a noun gives the noun's words, so its author (after
// "by", "from", "of", "according to", or the possessor) speaks, not the subject of the sentence's verb.
// Only when no other verb of saying stands between the author and the quotation.
import type { Mention } from '../entities/index.js';
import type { SpeakerIndex } from './speakers.js';
import { NAME_LEAD } from './speaker-phrases.js';
import { matchesOf } from '../regex-matches.js';
import { SAYING_AFTER_SUBJECT, sayingAlternation } from '../saying-verbs.js';

/** A noun of speech (a claim, a statement, a letter …). */
const NOUN = String.raw`(?:claims?|accusations?|allegations?|assertions?|statements?|remarks|comments?|words|suggestions?|charges?|letter|message|note|warnings?|assurances?|demands?|calls?|insistence|argument|promise|pledge|threats?|denial|description|characteri[sz]ation|announcement)`;
/** The noun, then the preposition that names its author, before the author's mention (and its titles). */
const NOUN_BY = new RegExp(String.raw`\b${NOUN}\s+(?:made\s+)?(?:by|from|of)\s+`, 'giu');
/** "according to" before the author's mention (inside the sentence). */
const ACCORDING_TO = /\baccording\s+to\s+/gi;

/** The last match of `re` in `lead` if only titles follow it up to the mention ("by Russian Foreign Minister "). */
function beforeTitles(re: RegExp, lead: string): RegExpMatchArray | undefined {
  let last: RegExpMatchArray | undefined;
  for (const m of matchesOf(re, lead)) last = m;
  return last && NAME_LEAD.test(lead.slice(last.index! + last[0].length)) ? last : undefined;
}

/** The possessor's noun of speech after the author's mention ("'s claim"). */
const POSSESSIVE_NOUN = new RegExp(String.raw`^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?${NOUN}\b`, 'u');
/** What links the noun phrase to its words: "that", "saying", "which said", or the comma of "according to Y,". */
const LINK =
  /^\s*,?\s*(?:that|saying|stating|claiming|calling|describing|which\s+(?:said|called|described))\b/i;
/** A verb of saying, any common form (another speaker's verb between the author and the quotation). */
const OTHER_VERB = new RegExp(String.raw`\b(?:${sayingAlternation(SAYING_AFTER_SUBJECT)})\b`, 'i');

/**
 * The author of a noun of speech whose words the quotation at pos gives, where that phrase starts and
 * where its link to the words ("that", "saying") ends.
 */
export function speechNounAuthor(
  work: string,
  sp: SpeakerIndex,
  sentStart: number,
  pos: number,
): { mention: Mention; at: number; linkEnd: number } | undefined {
  const ms = sp.all.filter((m) => m.start >= sentStart && m.end <= pos && m.entity.type !== 'Place');
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    const lead = work.slice(Math.max(sentStart, m.start - 60), m.start);
    const by = beforeTitles(NOUN_BY, lead) ?? beforeTitles(ACCORDING_TO, lead);
    const own = POSSESSIVE_NOUN.exec(work.slice(m.end, pos));
    const linkFrom = own ? m.end + own[0].length : m.end;
    const rest = work.slice(linkFrom, pos);
    if (!by && !own) continue;
    // ("according to Y, the move was “…”": the comma closes the phrase; else a link to the words.)
    const linked = (by && /^according/i.test(by[0]) && /^\s*,/.test(rest)) || LINK.test(rest);
    if (!linked || OTHER_VERB.test(rest) || rest.length > 160) continue;
    const link = LINK.exec(rest);
    return {
      mention: m,
      at: by ? m.start - lead.length + by.index! : m.start,
      linkEnd: linkFrom + (link?.[0].length ?? 0),
    };
  }
  return undefined;
}
