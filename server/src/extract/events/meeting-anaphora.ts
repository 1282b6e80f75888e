// A meeting noun opening its sentence with no party of its own, told as held ("The meeting was held at
// Hyderabad House", "The bilateral talks lasted two hours"): the meeting of the two persons the sentence
// before names, when that sentence tells of meeting, travelling or receiving ("X arrived in Delhi to meet Y.
// The meeting was held at …"); and "Talks with Y focused on …" opening a sentence: talks of the person the
// sentence before opens with ("X visited Delhi."). meetings.ts reads them when the clause names no party.
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';
import { pairBefore } from './meeting-sides.js';

/** "The (bilateral) meeting", "Their talks" opening the sentence right before the trigger. */
const OPENS =
  /^\s*(?:The|Their|That|This)\s+(?:(?:bilateral|one-on-one|closed-door|hour-long|two-hour|high-level|first|second)\s+){0,2}$/;

/** A verb telling the meeting held: "was held", "took place", "lasted", "focused on", "ended". */
const HELD =
  /^\s+(?:(?:was|were)\s+(?:held|attended|conducted)|took\s+place|lasted|focused|centred|centered|covered|ended|concluded|began|started)\b/;

/** The sentence before tells of meeting, visiting or receiving. */
const CONTEXT = /\b(?:meet|met|talks|visit|visited|arrived|travell?ed|received|hosted|welcomed|called on)\b/;

/** The two persons the meeting noun at h.at stands for, or nothing. */
export function previousPair(h: RuleHit): Entity[] {
  const { c, s, at, end } = h;
  if (!OPENS.test(c.work.slice(s.start, at)) || !HELD.test(c.work.slice(end, end + 30))) return [];
  if (c.inRange(s.start, s.end, ['Person']).length) return [];
  const i = c.sents.indexOf(s);
  const prev = i > 0 ? c.sents[i - 1]! : undefined;
  return prev && CONTEXT.test(c.work.slice(prev.start, prev.end)) ? pairBefore(c, s) : [];
}

/** "Talks with", "The meeting with" opening the sentence (the trigger with its "with"). */
const OPENS_WITH = /^\s*(?:(?:The|Bilateral|Official)\s+)?$/;

/** A verb telling the talks held, after their object: "focused on trade", "lasted two hours", "were held at". */
const HELD_AFTER =
  /^[^;]{0,100}?\s(?:(?:was|were)\s+(?:held|conducted)|took\s+place|lasted|focused|focussed|centred|centered|covered|ended|concluded|touched)\b/;

/**
 * The owner of talks opening their sentence with no owner ("X visited Delhi on Tuesday. Talks with Prime
 * Minister Y focused on trade."): the person the sentence before opens with, when it tells of visiting,
 * arriving, meeting or receiving and the talks are told as held.
 */
export function ownerBefore(h: RuleHit): Entity[] {
  const { c, s, at, end } = h;
  if (!/ with$/.test(c.work.slice(at, end)) || !OPENS_WITH.test(c.work.slice(s.start, at))) return [];
  if (!HELD_AFTER.test(c.work.slice(end, s.end))) return [];
  const i = c.sents.indexOf(s);
  const prev = i > 0 ? c.sents[i - 1]! : undefined;
  if (!prev || !CONTEXT.test(c.work.slice(prev.start, prev.end))) return [];
  // The sentence before opens with its subject: titles and demonyms only before the first person.
  const first = c.inRange(prev.start, prev.end, P)[0];
  if (
    !first ||
    !/^\s*(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(c.work.slice(prev.start, first.start))
  )
    return [];
  return [first.entity];
}
