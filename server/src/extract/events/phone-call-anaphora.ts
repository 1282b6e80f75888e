// A call told again by a bare definite noun: "The foreign ministers of A and B held phone talks on Friday.
// During the talks, X and Y agreed …", "… had a telephone conversation. In the conversation, X and Y
// discussed …", "… spoke by phone. X and Y agreed during the call to …". When the article's last sentence
// telling of meeting, calling or travelling before it told of a call (by phone or video), "the talks", "the
// conversation", "the call" are that call: the persons the clause names are its parties (a phone call,
// SPOKE_WITH), and the meeting rule (meetings.ts) reads no meeting from them. A noun with its own partner
// or place ("the talks with B", "the talks in Geneva") is a meeting of its own, not the call.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { EventRule, RuleHit } from './hit.js';
import { theTwoMet, theyMet } from './meeting-last-pair.js';
import { phoneCallOf } from './phone-calls.js';
import { persons } from './meeting-parties.js';
import { THE_TWO } from './meeting-sides.js';

/** A call told: "by phone", "phone talks", "a telephone (telephonic) conversation", "a video call", "phoned". */
export const CALL =
  /\b(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b|\b(?:phone|telephone|telephonic|video)[\s-](?:calls?|conversations?|talks|discussions?|exchanges?|conferences?)\b|\b(?:phoned|telephoned|telephonically)\b/i;

/** A meeting in person, a visit or a journey told: what "the talks" after it stand for instead. */
const PRESENT =
  /\b(?:met|meet|meets|meeting|summit|visit|visits|visited|visiting|arrived|flew|travell?ed|received|hosted|welcomed|in\s+person|face-to-face|talks\s+(?:in|at)\s+\p{Lu})\b/u;

/** The determiner and the few words that may stand before the anaphoric noun. */
const DEFINITE =
  /\b(?:[Tt]he|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:(?:bilateral|brief|lengthy|long|hour-long|cordial|friendly|warm|frank|same|latest|[\p{Ll}\d]+-minute)\s+)?$/u;

/** The anaphoric noun with no partner or place of its own after it. */
const NOUN = /^(?:talks|conversation|call|discussions?|exchange)$/;
const OWN = /^\s+(?:with|between|of|for|in|at|on\s+\p{Lu}|held\s+in)\b/u;

/** Whether the noun at [at, end) is a bare definite "the talks" whose article told a call just before. */
function callBefore(c: Ctx, si: number, at: number, end: number): boolean {
  const s = c.sents[si];
  if (!s || !NOUN.test(c.work.slice(at, end))) return false;
  if (!DEFINITE.test(c.work.slice(Math.max(s.start, at - 40), at))) return false;
  if (OWN.test(c.work.slice(end, Math.min(s.end, end + 20)))) return false;
  // The sentence itself, before the noun, may tell the call ("X and Y spoke by phone, and during the
  // call …"); else the nearest sentence before that tells of calling or meeting.
  const own = c.work.slice(s.start, at);
  if (CALL.test(own)) return true;
  if (PRESENT.test(own)) return false;
  for (let i = si - 1; i >= 0; i--) {
    const t = c.work.slice(c.sents[i]!.start, c.sents[i]!.end);
    if (CALL.test(t)) return true;
    if (PRESENT.test(t)) return false;
  }
  return false;
}

/** Whether the sentence holds a bare "the talks" standing for a call told before (its other meeting words are the call's). */
export function callSentence(c: Ctx, si: number): boolean {
  const s = c.sents[si];
  if (!s) return false;
  const re = /\b(?:talks|conversation|call|discussions?|exchange)\b/g;
  const t = c.work.slice(s.start, s.end);
  for (let m = re.exec(t); m; m = re.exec(t))
    if (callBefore(c, si, s.start + m.index, s.start + m.index + m[0].length)) return true;
  return false;
}

/** A preposition of time governing the noun: "during the talks", "in the conversation". */
const PP = /\b(?:[Dd]uring|[Ii]n|[Oo]ver|[Tt]hroughout|[Aa]t|[Aa]fter|[Ff]ollowing)\s+\S+\s+(?:\S+\s+)?$/;

/** The parties the clause names: after a fronted phrase's comma, else the sentence's leading subject. */
function parties(h: RuleHit): Entity[] {
  const { c, s, at, end } = h;
  const head = c.work.slice(s.start, at);
  const pp = PP.exec(head);
  if (!pp) return [];
  const lead = head.slice(0, pp.index);
  // Fronted (or after a coordinating comma): "During the talks, X and Y shared the view …", "…, and
  // during the call X and Y agreed", "…, the two leaders agreed", "…, they agreed".
  if (/^\s*(?:\p{L}+\s*)?$/u.test(lead) || /[,;]\s*(?:and|but|while)?\s*$/.test(lead)) {
    const comma = /^\s*,/.exec(c.work.slice(end, s.end)) ? c.work.indexOf(',', end) : end;
    const subj = c.work.slice(comma + 1, s.end);
    if (/^\s*(?:[Tt]he\s+two|[Bb]oth)\b/.test(subj)) return theTwoMet(h);
    if (/^\s*[Tt]hey\b/.test(subj)) return theyMet(h);
    return persons(h, comma + 1, s.end);
  }
  // "X and Y agreed during the call to …", "The two ministers agreed during the call …".
  if (THE_TWO.test(lead)) return theTwoMet(h);
  const ps = persons(h, s.start, s.start + pp.index);
  return ps.length >= 2 ? ps : [];
}

export const phoneCallAnaphora: EventRule = {
  id: 'events/phone-calls:anaphora',
  type: 'phone-call',
  re: /\b(?:talks|conversation|call|discussions?|exchange)\b/g,
  guard: { words: ['talks', 'conversation', 'call', 'discussion', 'exchange'] },
  run(h) {
    const { c, s, at, end } = h;
    if (!callBefore(c, c.sents.indexOf(s), at, end)) return;
    const all = [...new Set(parties(h))];
    if (all.length < 2) return;
    phoneCallOf(h, all);
  },
};
