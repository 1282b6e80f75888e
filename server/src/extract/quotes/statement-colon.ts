// A line ending in a colon that announces a statement's text, with no verb of saying ("Statement by the
// Ministry of Foreign Affairs:", "The full text of the statement follows:", "Here is the statement in
// full:", "Here is the full text of his address:"): the quotation opening the next line is that text. Its
// speaker is the issuer named after the noun ("by X", "of X", "from X"); else, for "his"/"her", the person
// the pronoun stands for; else the issuer the text introduced before (statement-issuer.ts: a statement
// issued, or the body last speaking or named), a person or a body, not a country.
import type { Sentence } from '../text.js';
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';
import { statementIssuer } from './statement-issuer.js';
import { matchesOf } from '../regex-matches.js';

/** The noun of a statement's text, with its possessive if any ("his address", "the full text of the statement"). */
const ANNOUNCED = new RegExp(
  String.raw`\b(?:(his|her|its|their)\s+)?(?:(?:full|complete|official|entire|joint|written)\s+)*(?:statement|communiqu[ée]|press\s+release|declaration|text|address|speech|message|letter)\b`,
  'giu',
);
/** After the noun, its issuer: "by X", "of X", "from X", "issued by X". */
const ISSUER_NEXT = /^\s*(?:(?:issued|released|published)\s+)?(?:by|of|from)\s+/i;
/**
 * The shapes of an announcement: "Here is …", "Below is …", "The following is …", "Read …" opening the line;
 * "… follows:", "… as follows:", "… in full:", "… below:" ending it; or the noun opening the line ("Statement
 * by X:", "The full text of the statement:", "Full statement:").
 */
const FRAME_OPENS = /^(?:Here\s+is|Here['’]s|Below\s+is|(?:The\s+)?following\s+is|Read)\b/i;
const FRAME_ENDS = /\b(?:follows|in\s+full|below)\s*:$/i;
const NOUN_OPENS = /^(?:(?:the|full|complete|official|entire|joint|written|text\s+of(?:\s+the)?)\s+)*$/i;
/** Words that make a line no announcement of a text: a verb of saying has its own subject there. */
const SAYING = /\b(?:said|says|told|stated|added|noted|wrote|reads?)\b/i;

/** The speaker of a quotation opening the line after a colon line `s` that announces a statement. */
export function announcedStatement(
  work: string,
  sp: SpeakerIndex,
  s: Sentence,
  q: Quote,
): Attribution | undefined {
  const line = work.slice(s.start, s.end).trim();
  // (The line ends with the colon, the quotation opens the next line: "…:\n\n“…”".)
  if (!line.endsWith(':') || line.length > 120 || SAYING.test(line)) return undefined;
  if (!/^\s*\n\s*$/.test(work.slice(s.end, q.open)) && !/^:?\s*\n\s*$/.test(work.slice(s.end - 1, q.open)))
    return undefined;
  // (The last noun: "the full text of his address" is his address.)
  const noun = matchesOf(ANNOUNCED, work.slice(s.start, s.end)).pop();
  if (!noun) return undefined;
  // (A definite noun in an announcement's frame, not "carried banners with a message:".)
  const before = work.slice(s.start, s.start + noun.index).trimStart();
  if (/\b(?:an?|with|some|one)\s+$/i.test(before)) return undefined;
  if (!FRAME_OPENS.test(line) && !FRAME_ENDS.test(line) && !NOUN_OPENS.test(before)) return undefined;
  const afterNoun = s.start + noun.index + noun[0].length;
  const next = ISSUER_NEXT.exec(work.slice(afterNoun, s.end));
  if (next) {
    const who = sp.whoAt(afterNoun + next[0].length, s.end, q.open);
    const speaker = who?.att.speaker;
    return speaker && speaker.type !== 'Place' ? { speaker, rule: 'quotes:announced-statement' } : undefined;
  }
  const pronoun = noun[1]?.toLowerCase();
  if (pronoun === 'his' || pronoun === 'her') {
    const who = sp.lastPersonBefore(s.start, pronoun === 'his' ? 'he' : 'she');
    return who ? { speaker: who, rule: 'quotes:announced-statement' } : undefined;
  }
  if (pronoun === 'their') return undefined;
  const issuer = statementIssuer(work, sp, q.open);
  return issuer && issuer.type !== 'Place'
    ? { speaker: issuer, rule: 'quotes:announced-statement' }
    : undefined;
}
