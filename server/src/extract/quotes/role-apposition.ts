// A person whose apposition names a role in a body, closed by a comma right before the verb of saying
// ("X, president of the Andean Community, said", "X, current chairman of the bloc that met in Manila, said",
// "X, adviser to Prime Minister Y, told"): the person speaks, not the body or person the apposition names
// after its preposition; the body an envoy is sent to ("the ambassador to the UN said") is no speaker.
import { isVerb } from '../context.js';
import type { Mention } from '../entities/index.js';

/**
 * After the person: ", (article)? one to four lowercase words, a preposition, a phrase without comma or
 * quotation mark, a comma", then only auxiliaries, adverbs or a day before the verb.
 */
const ROLE_APPOSITION =
  /^\s*,\s+(?:(?:an?|the|its|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){1,4}?(?:of|for|at|to|in|from|on|with)\s+[^,;:"“”«»„]{1,120}?,\s*(?:(?:has|have|had|also|then|later|earlier|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*$/u;

/**
 * The person, opening its clause, whose role apposition holds `m` (a name after the apposition's
 * preposition) and ends before the verb at `verbPos`; undefined when `m` is no such name.
 */
export function roleAppositionHead(
  work: string,
  persons: readonly Mention[],
  sentStart: number,
  m: Mention,
  verbPos: number,
): Mention | undefined {
  const head = persons.find(
    (x) =>
      x.start >= sentStart &&
      x.end < m.start &&
      x.entity !== m.entity &&
      /^\s*,/.test(work.slice(x.end, x.end + 3)) &&
      ROLE_APPOSITION.test(work.slice(x.end, verbPos)),
  );
  if (!head) return undefined;
  // (The person is its clause's subject: no verb before it, past a short opener "On Monday,".)
  const before = work.slice(sentStart, head.start).replace(/^[^,]{0,40},\s*/, '');
  const words = before.match(/(?<![\p{L}-])\p{Ll}[\p{L}-]*/gu) ?? [];
  if (/["“”«»„]/.test(before) || words.some((w) => isVerb(w) || /^(?:said|says|told)$/.test(w)))
    return undefined;
  return head;
}

/**
 * The text before a name ends in an envoy's role and "to" ("the UK's permanent representative to the United
 * Nations said", "Japan's envoy to France told"): the body or country the envoy is sent to does not speak.
 */
export const ENVOY_TO =
  /\b(?:ambassador|envoy|representative|delegate|emissary|high\s+commissioner|consul(?:\s+general)?|charg[ée]\s+d['’]affaires)\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/iu;
