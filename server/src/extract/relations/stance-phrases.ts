// CRITICIZED from a noun of criticism rather than a verb, read from the sentence's shape:
// - `fronted-rebuke`: a phrase opening the sentence names the target ("In a sharp rebuke of Beijing, X
//   said …", "In an apparent swipe at Hungary's government, X …"); the critic is the subject of the main
//   clause after its comma;
// - `drew-criticism`: the subject drew criticism from a critic ("Trump's remark has drawn criticism from
//   the African Union", "The decision by Hungary sparked condemnation from X and Y", "X came under fire
//   from Y"); the target is the subject (or the doer of the act it names), the critics those after "from".
// Never the critic's own state, never a critic that is its own target. Evidence is the sentence.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { clauseEnd } from '../clauses/clause.js';
import { phraseAt } from '../clauses/noun-phrase.js';
import { firstVerb, subjectOf } from '../clauses/subject.js';
import { ANY, entitiesOf, subjectEntities } from '../events/parties.js';
import type { Sentence } from '../text.js';
import { matchesOf } from '../regex-matches.js';
import { DOER_ACT } from './act-nouns.js';
import { differentSides } from './sides.js';

/** Nouns of a critical act aimed at someone. */
const REBUKE = String.raw`(?:rebuke|swipe|dig|attack|broadside|jab|criticism|condemnation|reprimand|snub|put-down)`;
/** "In a sharp rebuke of ", "In what was seen as a veiled swipe at ", opening the sentence (up to the target). */
const FRONTED = new RegExp(
  String.raw`^(?:In|With)\s+(?:what\s+(?:was|is|were)\s+(?:\p{Ll}+\s+){0,2}?as\s+)?(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?${REBUKE}\s+(?:of|at|on|to|against|aimed\s+at|directed\s+at)\s+`,
  'u',
);

/** "has drawn sharp criticism from ", "came under fire from ", "sparked condemnation by " (up to the critic). */
const DREW = new RegExp(
  String.raw`\b(?:(?:drew|draws|drawn|drawing|sparked|sparks|sparking|prompted|prompts|prompting|triggered|triggers|triggering|provoked|provokes|provoking|attracted|attracts|earned|faced|faces|facing|received|met\s+with)\s+(?:(?:\p{Ll}+|and)\s+){0,3}?(?:criticism|condemnation|censure|rebukes?|backlash|ire|outrage|anger|protests?)|(?:came|come|comes|coming)\s+under\s+(?:\p{Ll}+\s+)?(?:fire|criticism|attack))\s+(?:from|by)\s+`,
  'gu',
);

/** After a possessor, its act up to the verb: "'s latest remarks have ", "'s veto ". */
const OWNED_ACT_TO_VERB = /^['’]s\s+(?:[\p{Ll}-]+\s+){1,3}(?:(?:has|have|had)\s+(?:also\s+|now\s+)?)?$/u;
/**
 * Before a doer opening the sentence: an act and "by" ("The expulsion by "), or an act of saying or doing
 * and "of" or "from" ("The remarks of the "), maybe title words ("Remarks by Russian Ambassador ").
 */
const ACT_BEFORE_DOER = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){1,3}(?:made\s+)?by|(?:[\p{Ll}-]+\s+){0,2}${DOER_ACT}\s+(?:made\s+)?(?:by|of|from))\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$`,
  'iu',
);
/** After a doer, up to the verb: nothing, or "has", "have", "had". */
const DOER_TO_VERB = /^\s+(?:(?:has|have|had)\s+(?:also\s+|now\s+)?)?$/u;

/**
 * The doer of the act that opens the sentence as the subject of the verb at `at`: "Trump's remark has
 * (drawn)", "The decision by Hungary (drew)".
 */
function actDoerSubject(c: Ctx, s: Sentence, at: number): Entity | undefined {
  const m = c
    .inRange(s.start, at, ANY, true)
    .filter((x) => !x.nominal)
    .pop();
  if (!m) return undefined;
  const before = c.work.slice(s.start, m.start);
  const after = c.work.slice(m.end, at);
  if (/^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(before) && OWNED_ACT_TO_VERB.test(after))
    return m.entity;
  if (ACT_BEFORE_DOER.test(before) && DOER_TO_VERB.test(after)) return m.entity;
  return undefined;
}

/** A preposition (and title words) right before the subject's name: the name is inside another's act. */
const OBJECT_OF_ACT = /\b(?:of|for|against|on|to|with|over|into)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}$/u;

/** An anaphoric subject names no one here ("The move drew …": another rule's business). */
const BARE_SUBJECT = /^(?:it|this|that|they|he|she)$/i;

function relation(c: Ctx, s: Sentence, source: Entity, target: Entity, rule: string): RelOut {
  return {
    source,
    type: 'CRITICIZED',
    target,
    date: c.dateNear(s, s.start)?.value ?? null,
    evidence: [c.evidence(s)],
    rule: `relations/stance-phrases:${rule}`,
  };
}

function frontedRebuke(c: Ctx, s: Sentence): RelOut[] {
  const m = FRONTED.exec(c.work.slice(s.start, s.end));
  if (!m) return [];
  const at = s.start + m[0].length;
  const comma = c.work.indexOf(',', at);
  if (comma < 0 || comma >= s.end) return [];
  const np = phraseAt(c, at, comma, comma);
  const targets = entitiesOf(c, np, ANY, { at });
  const v = firstVerb(c, s, s.end, comma + 1);
  const subj = v !== undefined ? subjectOf(c, s, v) : undefined;
  if (!subj || subj.start <= comma) return [];
  const critics = subjectEntities(c, subj, ANY, { at: v });
  return critics.flatMap((src) =>
    targets.filter((t) => differentSides(c, src, t)).map((t) => relation(c, s, src, t, 'fronted-rebuke')),
  );
}

function drewCriticism(c: Ctx, s: Sentence): RelOut[] {
  const out: RelOut[] = [];
  DREW.lastIndex = 0;
  const text = c.work.slice(s.start, s.end);
  for (const m of matchesOf(DREW, text)) {
    const at = s.start + m.index;
    if (c.inQuote(at)) continue;
    const doer = actDoerSubject(c, s, at);
    const subj = doer ? undefined : subjectOf(c, s, at);
    if (!doer && (!subj || (subj.pronoun && BARE_SUBJECT.test(subj.pronoun)))) continue;
    // ("The detention of journalist X drew condemnation": X suffers the act, he does not do it.)
    if (!doer && OBJECT_OF_ACT.test(c.work.slice(Math.max(s.start, subj!.start - 50), subj!.start))) continue;
    const targets = doer ? [doer] : entitiesOf(c, subj, ANY, { at });
    const from = at + m[0].length;
    const critics = entitiesOf(c, phraseAt(c, from, clauseEnd(c, s, from), s.end), ANY, { at });
    for (const src of critics)
      for (const t of targets)
        if (differentSides(c, src, t)) out.push(relation(c, s, src, t, 'drew-criticism'));
  }
  return out;
}

export function stancePhraseRelations(c: Ctx): RelOut[] {
  return c.sents.flatMap((s) => [...frontedRebuke(c, s), ...drewCriticism(c, s)]);
}
