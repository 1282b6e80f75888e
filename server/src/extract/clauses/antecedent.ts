// What "it" stands for when it is a clause's subject: a clause-level coreference. In its own sentence,
// "X said (that) it …" is X (the reporting verb's subject); otherwise the subject-like body or state of
// the nearest sentence before it that names one ("The ministry summoned the envoy. It condemned …": the
// ministry, not the envoy's country the first sentence ends on). Subject-like: the first non-person
// mention not in an aside, not after a preposition (but the state of a subject body: "the government of
// X announced …") and not right after a verb (an object).
import type { Ctx } from '../context.js';
import { isVerb } from '../context.js';
import type { Entity } from '../entities/index.js';
import { indexAt } from '../text.js';
import { subjectOf } from './subject.js';
import { REPORTING_THAT, sayingAlternation } from '../saying-verbs.js';

const PREP_BEFORE =
  /\b(?:to|from|with|by|of|on|at|in|for|about|against|than|into|over|toward|towards|during|amid|between|among|including|and|or)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** A subject body named by its state after "of" at the sentence's start: "Earlier, the government of X". */
const BODY_OF =
  /^(?:\p{Lu}\p{Ll}+,\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?(?:government|authorities|ministry|presidency|leadership|administration|junta|regime)\s+of\s+(?:the\s+)?$/iu;
const REPORTED = new RegExp(
  String.raw`\b(?:${sayingAlternation(REPORTING_THAT)})((?:\s+(?:\([^()]*\)|on|in|at|late|earlier|last|this|its|a|statement|\p{Lu}\p{Ll}+\.?|\d+\.?))*)\s+(?:that\s+)?$`,
  'u',
);

/** The body or state "it" at `pos` stands for, or undefined when no sentence before names one. */
export function itAntecedent(c: Ctx, pos: number): Entity | undefined {
  const si = indexAt(c.sents, pos);
  if (si < 0) return undefined;
  const s = c.sents[si]!;
  const before = c.work.slice(s.start, pos);
  const rep = REPORTED.exec(before);
  if (rep) {
    // "…, and Sweden said it would …": a body or state opening a coordinated clause right before the
    // verb is its subject (the subject reader would take it as the last item of a list before it).
    const verbAt = s.start + rep.index;
    const last = c.inRange(s.start, verbAt).pop();
    if (
      last &&
      last.entity.type !== 'Person' &&
      /^\s*$/.test(c.work.slice(last.end, verbAt)) &&
      /(?:[,;]\s+(?:and|but|while)|\bwhile)\s+(?:the\s+)?$/.test(
        c.work.slice(Math.max(s.start, last.start - 12), last.start),
      )
    )
      return last.entity;
    const np = subjectOf(c, s, verbAt);
    const e = np?.entities.find((x) => x.type !== 'Person');
    if (e) return e;
  }
  return actorBefore(c, pos);
}

/**
 * The subject-like body or state of the text before pos: its own sentence up to pos, then up to two
 * sentences before it (the first non-person mention not in an aside, not after a preposition and not
 * an object); none when such a sentence opens on a person.
 */
export function actorBefore(c: Ctx, pos: number): Entity | undefined {
  const si = indexAt(c.sents, pos);
  if (si < 0) return undefined;
  for (let i = si, hops = 0; i >= 0 && hops < 3; i--, hops++) {
    const t = c.sents[i]!;
    const end = i === si ? pos : t.end;
    for (const m of c.inRange(t.start, end)) {
      if (c.inAside(m.start)) continue;
      const lead = c.work.slice(Math.max(t.start, m.start - 50), m.start);
      if (PREP_BEFORE.test(lead) && !BODY_OF.test(c.work.slice(t.start, m.start))) continue;
      const prev = /(\p{Ll}+)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.exec(lead);
      if (prev && isVerb(prev[1]!)) continue;
      // The sentence's subject is a person: "it" is not about this sentence's subject.
      if (m.entity.type === 'Person') break;
      return m.entity;
    }
  }
  return undefined;
}
