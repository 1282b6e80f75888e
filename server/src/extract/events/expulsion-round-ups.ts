// States that took the like step after an expulsion just told, without its verb: "Latvia, Estonia and
// Lithuania took similar measures", "Earlier, A and B took a series of similar actions", "A and B have
// announced similar expulsions" (the states of the subject), and "Similar steps were taken by A and B",
// "Identical measures have since been adopted by A" (the states after "by"). Each expels the diplomats'
// state of the expulsion told in the same or the previous sentence, unless it is that state or one of
// its expellers (a reply or the same move told again). Followers that "followed suit" or "did the same"
// are expulsion-followers.ts'.
import { subjectOf } from '../clauses/subject.js';
import { listAfter } from '../clauses/noun-phrase.js';
import { expelAsBefore } from './expulsion-followers.js';
import type { EventRule } from './hit.js';
import { actorsOf, STATE } from './parties.js';

const LIKE = String.raw`(?:[Ss]imilar|[Ii]dentical|[Aa]nalogous|[Tt]he\s+same|[Ll]ike|similar|identical|analogous|the\s+same|like)`;
const STEP = String.raw`(?:steps?|measures?|actions?|moves?|decisions?|expulsions?)`;

/** Active: "took similar measures", "have taken a series of similar actions", "announced similar expulsions". */
const ACTIVE = String.raw`\b(?:took|take|takes|taking|(?:ha(?:ve|s|d)\s+)?taken|announced|announces|made|makes|adopted|adopts|carried\s+out)\s+(?:(?:a\s+)?(?:series|number|set)\s+of\s+)?${LIKE}\s+${STEP}(?!\s+(?:by|of|from|against|to|on)\b)`;

/** Passive: "similar steps were taken by", "identical measures have been adopted by". */
const PASSIVE = String.raw`\b${LIKE}\s+${STEP}\s+(?:were|was|ha(?:ve|s|d)(?:\s+(?:also|since))?\s+been)\s+(?:also\s+|since\s+)?(?:taken|adopted|announced|made)\s+by\s+(?:the\s+)?`;

/** A modal or "to" before the verb: "will take", "vowed to take", "could make". */
const PROSPECT =
  /\b(?:to|will|would|may|might|could|should|can|must|shall|not|never|yet\s+to|refused\s+to)\s+(?:also\s+|soon\s+)?(?:have\s+)?$/;

export const expulsionRoundUp: EventRule = {
  id: 'events/expulsion-round-ups:similar-steps',
  type: 'expulsion',
  re: new RegExp(`${ACTIVE}|${PASSIVE}`, 'gu'),
  run(h) {
    const { c, s, at, end } = h;
    // "vowed to take similar measures", "may take the same steps": a prospect, no expulsion yet.
    if (PROSPECT.test(c.work.slice(Math.max(s.start, at - 40), at))) return;
    if (/\bby\s+(?:the\s+)?$/.test(c.work.slice(at, end))) {
      const first = c.inRange(end, s.end, ['Place'], true)[0];
      if (!first || first.start !== end) return;
      expelAsBefore(
        h,
        listAfter(c, first, s.end).map((m) => m.entity),
      );
      return;
    }
    expelAsBefore(h, actorsOf(c, subjectOf(c, s, at), STATE, { at }));
  },
};
