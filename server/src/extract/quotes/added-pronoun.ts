// "He added" after a quotation: the one who spoke last goes on speaking (session 33). "“…,” the ministry said
// in a statement." then "He added: “…”", or "“…,” an official told AFP. “…,” he added.": a verb of going on
// ("added", "continued", "went on") keeps the previous quotation's speaker, a body whose unnamed voice the
// pronoun is, or a person the text gave the other pronoun by mistake, when that quotation closed near and
// no other person was named outside a quotation since its sentence began (one named there is whom the
// pronoun may stand for: "It criticised X's remarks, prompting him to write: “…”").
import type { Entity, Mention } from '../entities/index.js';
import type { Attribution } from './speakers.js';

/** What this reads of the speaker index (speakers.ts), by shape. */
interface PreviousSpeaker {
  readonly persons: Mention[];
  previous: Entity | undefined;
  previousEnd: number;
  inQuote(pos: number): boolean;
}

const PRONOUN_RULES = new Set(['quotes:pronoun', 'quotes:pronoun-before']);
/** "he added", "she also added", "he went on", "he continued" (not "he continued to deny"). */
const GOES_ON =
  /\b(?:he|she)\s+(?:(?:also|further|then|later)\s+)?(?:added|went\s+on|continued(?!\s+to\b))\b/i;

/**
 * The previous speaker for a pronoun's quotation whose verb goes on: `outside` the quotation's sentence
 * without its quoted words, `from` where the previous quotation's sentence starts (a person named there
 * outside it, "prompting him to write: “…”", may be whom the pronoun stands for), `open` where this one opens.
 */
export function goesOnSpeaker(
  found: Attribution | undefined,
  outside: string,
  sp: PreviousSpeaker,
  from: number,
  open: number,
): Attribution | undefined {
  const { previous, previousEnd, persons, inQuote } = sp;
  // (No speaker found at all: the pronoun had no person before it to stand for.)
  if ((found && !PRONOUN_RULES.has(found.rule)) || !previous || found?.speaker === previous) return undefined;
  if (previousEnd < 0 || open - previousEnd > 600 || !GOES_ON.test(outside)) return undefined;
  if (persons.some((x) => x.start >= from && x.end <= open && x.entity !== previous && !inQuote(x.start)))
    return undefined;
  return { speaker: previous, rule: 'quotes:goes-on-previous-speaker' };
}
