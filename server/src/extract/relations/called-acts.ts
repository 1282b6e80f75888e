// CRITICIZED from a label the speaker gives another's act: "over what it called “irresponsible” comments
// attributed to X", "condemned what it termed a “provocation” by X". The critic is the quotation's
// speaker (the quotes step reads "what it called" as speech); the target is the doer of the act the label
// names, after the label (an act noun, then "by", "of", "from", "attributed to"). A possessor before the
// label ("what it called X's “…” course") is the labelled-verb rule's (verbs.ts). The words of the label
// are never judged: the shape alone says it is a judgement of that act.
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { clauseEnd } from '../clauses/clause.js';
import { mentionAt, phraseAt } from '../clauses/noun-phrase.js';
import { ANY, entitiesOf } from '../events/parties.js';

/**
 * "over what it called", "after what the ministry described as", "condemned what Beijing termed": right
 * before the label, governed by a word of cause or objection (not "welcomed what it called …").
 */
const WHAT_CALLED =
  /\b(?:over|after|for|against|at|amid|following|about|to|(?:condemn|denounc|criticis|criticiz|reject|protest|deplor|decr|slamm)\p{Ll}*)\s+what\s+(?:it|he|she|they|the\s+\p{Ll}+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:(?:has|had|have)\s+)?(?:called|calls|described as|describes as|termed|terms|dubbed|labell?ed|branded|deemed)\s+(?:(?:an?|the)\s+)?$/u;
/** Nouns of an act someone did or said. */
const ACT = String.raw`(?:remarks|comments|statements?|decisions?|moves?|actions?|acts?|behaviou?r|polic(?:y|ies)|words|claims|allegations|accusations|attacks?|raids?|conduct|stance|position|interference|provocations?|measures|steps|sanctions|threats?|meddling|rhetoric|move)`;
/**
 * After the label: up to two more words ending on an act noun, then its doer after "by", "of", "from" or
 * "attributed to"; or the doer right after the label, only after "by" or "attributed to" (an "of" after a
 * label such as “occupation” names what was acted on).
 */
const DOER_AFTER = new RegExp(
  String.raw`^\s*(?:(?:(?:[\p{Ll}-]+\s+){0,2}?${ACT}\s+(?:(?:made|issued|taken|imposed)\s+)?(?:by|of|from|attributed to))|(?:(?:made|issued|taken|imposed)\s+)?(?:by|attributed to))\s+(?:the\s+)?`,
  'u',
);

export function calledActRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const q of c.quotes) {
    const critic = q.speaker;
    const s = c.sentenceAt(q.open);
    if (!critic || !s || q.close >= s.end) continue;
    if (!WHAT_CALLED.test(c.work.slice(Math.max(s.start, q.open - 120), q.open))) continue;
    const after = q.close + 1;
    const doer = DOER_AFTER.exec(c.work.slice(after, s.end));
    if (!doer) continue;
    const at = after + doer[0].length;
    const limit = clauseEnd(c, s, at);
    let targets = entitiesOf(c, phraseAt(c, at, limit, s.end), ANY, { at });
    if (!targets.length) {
      const m = mentionAt(c, at, limit);
      if (m && m.start === at) targets = [m.entity];
    }
    for (const t of targets)
      if (t !== critic)
        out.push({
          source: critic,
          type: 'CRITICIZED',
          target: t,
          date: c.dateNear(s, q.open)?.value ?? null,
          evidence: [c.evidence(s)],
          rule: 'relations/called-acts:what-it-called',
        });
  }
  return out;
}
