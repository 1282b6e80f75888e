// Meetings with a list: the members a group names ("held meetings with several leaders, including A, B and
// C": A, B and C), and separate meetings, one per listed party, when the sentence says so ("held separate
// meetings with", "met separately with", "held bilateral meetings with the leaders of A, B and C", "a
// series of meetings with", "received courtesy calls from the ambassadors of A and B"), where otherwise a meeting with a list of states or a group is one meeting of
// them all. Subjects listed are apart when the same words say so ("A, B and C held separate talks with X").
import type { NounPhrase } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';

/** The persons a group phrase names as its members: "several leaders, including A, B and C". */
export function members(np: NounPhrase | undefined): Entity[] {
  return (np?.including ?? []).filter((e) => e.type === 'Person');
}

/**
 * Words that make each party of a list a meeting of its own: "separate(ly)", "individual(ly)",
 * "one-on-one", "bilateral(s)", plural "meetings", "courtesy calls from", "a series of".
 */
const APART =
  /\b(?:separate(?:ly)?|individual(?:ly)?|one-on-one|one-to-one|bilaterals?|meetings|(?:courtesy\s+)?(?:calls|visits)\s+(?:from|by)|series\s+of)\b/i;

/** Whether the words from a little before the trigger to where its object starts say "separate meetings". */
export function separateMeetings(c: Ctx, from: number, at: number, objAt: number): boolean {
  return APART.test(c.work.slice(Math.max(from, at - 20), objAt));
}

const FRONTED = /^\s*(?:Before|After|While|When|Following|Upon|Since|Ahead of)\b[^,]*,/;

/**
 * The subjects that meet the one person met, each apart when the words say so ("The leaders of A, B and C
 * held separate bilateral talks with X": three meetings), else all together.
 */
export function subjectGroups(
  c: Ctx,
  s: { start: number; end: number },
  at: number,
  objAt: number,
  subj: Entity[],
  objs: Entity[],
  together: boolean,
): Entity[][] {
  const apart = subj.length > 1 && objs.length === 1 && !together && separateMeetings(c, s.start, at, objAt);
  // Not after a fronted clause, whose person the subject reading may have taken in ("Before meeting the
  // US president, A held bilateral talks with B").
  return apart && !FRONTED.test(c.work.slice(s.start, at)) ? subj.map((x) => [x]) : [subj];
}
