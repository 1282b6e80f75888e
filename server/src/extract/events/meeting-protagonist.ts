// Successive meetings of one person: "X held talks with A. … He also met his counterpart from B": "he" is X,
// who went on meeting, not A, the person last named. When a pronoun subject of a meeting resolves to the
// one person met in the meeting told just before, it is that meeting's subject instead (a host's verb,
// "received", "hosted", "welcomed", leaves the visitor free to go on meeting: no protagonist then).
import type { NounPhrase } from '../clauses/noun-phrase.js';
import { genderOf } from '../context.js';
import type { Ctx } from '../context.js';
import type { Sentence } from '../text.js';
import type { Entity } from '../entities/index.js';
import type { RuleHit } from './hit.js';

/** The subject of the last meeting read from a verb, whom it met, and the sentence's index. */
const last = new WeakMap<Ctx, { subject: Entity; met: Entity[]; sentence: number }>();

/** How many sentences after that meeting a pronoun may still be its subject. */
const REACH = 6;

const HOSTING = /^(?:received|receives|hosted|hosts|welcomed|welcomes)\b/;

/** Called with the subject and the persons met of each meeting read from a verb. */
export function noteSubject(c: Ctx, s: Sentence, at: number, subj: Entity[], objs: Entity[]): void {
  const one = subj.length === 1 && subj[0]!.type === 'Person' && !HOSTING.test(c.work.slice(at, at + 10));
  if (one) last.set(c, { subject: subj[0]!, met: objs, sentence: c.sents.indexOf(s) });
  else last.delete(c);
}

/** The subject a pronoun names: the last meeting's subject when the resolver gave the person it met. */
export function protagonist(h: RuleHit, np: NounPhrase | undefined, named: Entity[]): Entity[] {
  const pro = np?.pronoun;
  const prev = last.get(h.c);
  if (!prev || named.length !== 1 || (pro !== 'he' && pro !== 'she') || !prev.met.includes(named[0]!))
    return named;
  const si = h.c.sents.indexOf(h.s);
  if (si <= prev.sentence || si - prev.sentence > REACH) return named;
  const g = genderOf(prev.subject);
  return g && g !== (pro === 'he' ? 'm' : 'f') ? named : [prev.subject];
}
