// CRITICIZED from a label the speaker gives another's act: "over what it called “irresponsible” comments
// attributed to X", "condemned what it termed a “provocation” by X". The critic is the quotation's
// speaker (the quotes step reads "what it called" as speech); the target is the doer of the act the label
// names, after the label (an act noun, then "by", "of", "from", "attributed to"). A possessor before the
// label ("what it called X's “…” course") is the labelled-verb rule's (verbs.ts). The words of the label
// are never judged: the shape alone says it is a judgement of that act.
// Also (`remarks-about`): "remarks made by X against Y", "statements by X about Y" in a sentence that
// objects to them (a protest, a summons, "derogatory", "unacceptable"): X CRITICIZED Y.
import { matchesOf } from '../regex-matches.js';
import { CONDEMN_ANY } from './condemn-verbs.js';
import { LABEL_OR_JUDGE_FINITE } from './labelling-verbs.js';
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { clauseEnd } from '../clauses/clause.js';
import { mentionAt, phraseAt } from '../clauses/noun-phrase.js';
import { ANY, entitiesOf } from '../events/parties.js';
import { demonymCountry } from '../lexicon.js';

/**
 * "over what it called", "after what the ministry described as", "condemned what Beijing termed": right
 * before the label, governed by a word of cause or objection (not "welcomed what it called …").
 */
const WHAT_CALLED = new RegExp(
  String.raw`\b(?:over|after|for|against|at|amid|following|about|to|${CONDEMN_ANY}|(?:reject|protest)\p{Ll}*)\s+what\s+(?:it|he|she|they|the\s+\p{Ll}+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:(?:has|had|have)\s+)?${LABEL_OR_JUDGE_FINITE}(?:\s+as)?\s+(?:(?:an?|the)\s+)?$`,
  'u',
);
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

/** Words of saying done by someone about someone: "remarks made by X about Y". */
const REMARKS_BY =
  /\b(?:remarks|comments|statements?|words|posts|tweets)\s+(?:(?:made|posted|issued)\s+)?by\s+(?:the\s+)?/g;
const ABOUT =
  /^(?:\s+(?:spokes(?:wo)?man|spokesperson|officials?|leaders?|ministers?))?\s*,?\s*(?:about|against|targeting|insulting|directed at)\s+(?:the\s+)?/;
/** A sentence that objects to the words: a protest, a summons over them, a judging adjective. */
const OBJECTS =
  /\b(?:protest\w*|summon\w*|condemn\w*|object\w*|derogatory|offensive|unacceptable|insult\w*|disparag\w*|outrage\w*|rebuk\w*)\b/i;

/** "derogatory remarks made by Maldivian leaders against X": the speaker of the words and their target. */
function remarksAbout(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const s of c.sents) {
    const text = c.work.slice(s.start, s.end);
    if (!OBJECTS.test(text)) continue;
    for (const m of matchesOf(REMARKS_BY, text)) {
      const at = s.start + m.index + m[0].length;
      if (c.inQuote(at)) continue;
      const np = phraseAt(c, at, clauseEnd(c, s, at), s.end);
      const by = np && ABOUT.exec(c.work.slice(np.end, s.end));
      if (!np || !by) continue;
      const at2 = np.end + by[0].length;
      const about = phraseAt(c, at2, clauseEnd(c, s, at2), s.end);
      let targets = entitiesOf(c, about, ANY, { at: at2 });
      // ("his Russian counterpart, Vladimir Putin", "Prime Minister X's visit": the name the phrase gives.)
      const named = c.inRange(at2, Math.min(s.end, at2 + 50), ['Person', 'Organization', 'Place'], true)[0];
      if (!targets.length && named && /^(?:[\p{L}’'-]+,?\s+){0,3}$/u.test(c.work.slice(at2, named.start)))
        targets = [named.entity];
      let srcs = entitiesOf(c, np, ANY, { at });
      // ("Maldivian leaders": the state by its adjective.)
      const dem = /^(\p{Lu}\p{Ll}+)\s+\p{Ll}+$/u.exec(c.work.slice(at, np.end));
      const country = dem ? demonymCountry(dem[1]!) : undefined;
      if (!srcs.length && country) srcs = [c.countryByDemonym(country, at, at + dem![1]!.length)];
      for (const src of srcs)
        for (const t of targets)
          if (t !== src)
            out.push({
              source: src,
              type: 'CRITICIZED',
              target: t,
              date: null,
              evidence: [c.evidence(s)],
              rule: 'relations/called-acts:remarks-about',
            });
    }
  }
  return out;
}

export function calledActRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = remarksAbout(c);
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
