// The person a delegation stands for in a meeting: its leader. After the verb, "received a delegation led
// by X" (X is met, named right there); as the subject, "the delegation (also) met Y", "the delegation was
// received by Y": the person the article said leads a delegation before ("a delegation led by X", "an
// X-led delegation", "X is leading a delegation", "X, who heads the delegation"), the last one told.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';
import { matchesOf } from '../regex-matches.js';

/** "a delegation led by", "the high-level Ghanaian delegation headed by": the leader's name follows. */
const LED_BY =
  /^\s*(?:an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,4}?delegations?\s*,?\s+(?:that\s+was\s+|which\s+was\s+)?(?:led|headed)\s+by\s+/u;

/** What may stand between "led by" and the leader's name: roles, titles, their bodies (no verb, no clause). */
const ROLE_GAP = /^[^.;:!?"“”]{0,140}$/;
const VERBISH = /\b(?:is|was|were|are|has|have|had|said|says|met|meets|received|who|which|that)\b/;

/** The leader a phrase at pos names: "a delegation led by X" → [X]; otherwise nothing. */
export function ledBy(h: RuleHit, pos: number, limit: number): Entity[] {
  const { c } = h;
  const m = LED_BY.exec(c.work.slice(pos, limit));
  if (!m) return [];
  const from = pos + m[0].length;
  const first = c.inRange(from, Math.min(limit, from + 160), P, true)[0];
  if (!first) return [];
  const gap = c.work.slice(from, first.start);
  return ROLE_GAP.test(gap) && !VERBISH.test(gap) ? [first.entity] : [];
}

/**
 * "the delegation" as the whole subject right before the verb (adverbials and auxiliaries may follow),
 * also with its head beside it ("the delegation and the envoy paid").
 */
const DELEGATION_SUBJECT =
  /(?:^|[,;:]\s*|^[^,;:]{0,40}?\s)(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:visiting|whole|entire|high-level|\d+-member)\s+)?delegation\s+(?:and\s+(?:the|its|his|her)\s+(?:[\p{L}-]+\s+){1,3}?)?(?:(?:also|later|then|subsequently|separately|again|has|had|was|were|is|have)\s+)*$/u;

/** Where an article says who leads a delegation: the leader before or after the words. */
const LEADS_AFTER = /\bdelegations?\s*,?\s+(?:(?:that|which)\s+(?:was|is)\s+)?(?:led|headed)\s+by\s+/g;
const LEADS_BEFORE =
  /\b(?:(?:is|was|who\s+(?:is|was))\s+)?(?:leading|heading|leads|heads|led|headed)\s+(?:an?|the|his|her)\s+(?:[\p{L}-]+\s+){0,4}?delegation\b/gu;
const LED_COMPOUND = /-led\s+(?:[\p{L}-]+\s+){0,3}?delegation\b/gu;

/** The person the article last said leads a delegation, before pos. */
function leaderBefore(c: Ctx, pos: number): Entity | undefined {
  const text = c.work.slice(0, pos);
  let best: { at: number; who: Entity } | undefined;
  const keep = (at: number, who: Entity | undefined) => {
    if (who && (!best || at > best.at)) best = { at, who };
  };
  for (const m of matchesOf(LEADS_AFTER, text)) {
    const from = m.index + m[0].length;
    const first = c.inRange(from, Math.min(pos, from + 160), P, true)[0];
    const gap = first ? c.work.slice(from, first.start) : '';
    if (first && ROLE_GAP.test(gap) && !VERBISH.test(gap)) keep(m.index, first.entity);
  }
  for (const m of matchesOf(LEADS_BEFORE, text)) {
    const s = c.sentenceAt(m.index);
    if (s) keep(m.index, c.subjectBefore(s.start, m.index, P));
  }
  for (const m of matchesOf(LED_COMPOUND, text)) {
    const who = c.inRange(Math.max(0, m.index - 60), m.index, P).find((x) => x.end === m.index);
    keep(m.index, who?.entity);
  }
  return best?.who;
}

/** "The X delegation, headed by Y, met": the leader named in an aside of the subject. */
const LED_ASIDE =
  /(?:^|[,;:]\s*|^[^,;:]{0,40}?\s)(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[\p{L}-]+\s+){0,4}?delegation\s*,\s+(?:led|headed)\s+by\s+([^,;]{1,100}),\s+(?:(?:also|later|then|has|had)\s+)*$/u;

/**
 * The leader of "the delegation" that is the subject of the verb at h.at: named in an aside of the
 * subject, else told before the sentence.
 */
export function delegationSubject(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  const aside = LED_ASIDE.exec(c.work.slice(s.start, at));
  if (aside) {
    const from = s.start + aside.index + aside[0].indexOf(aside[1]!, aside[0].search(/\bby\s/));
    const first = c.inRange(from, from + aside[1]!.length, P)[0];
    const gap = first ? c.work.slice(from, first.start) : '';
    if (first && ROLE_GAP.test(gap) && !VERBISH.test(gap)) return [first.entity];
  }
  const m = DELEGATION_SUBJECT.exec(c.work.slice(s.start, at));
  // A fronted adverbial may open the sentence ("On Monday the delegation"), no one named in it.
  if (!m || c.inRange(s.start, s.start + m.index + m[0].length, P, true).length) return [];
  const who = leaderBefore(c, s.start);
  return who ? [who] : [];
}
