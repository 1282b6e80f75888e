// The states an expulsion answers, as its expelled: an expulsion that names no state of its own staff,
// told as a reply to a move by listed states, takes their staff ("Russia expelled 40 diplomats in response
// to the expulsions by A, B and C", "In retaliation for similar moves by A and B, Moscow ordered 30
// diplomats out", "…, responding to the expulsion of its envoys by A and B"). The reply names the move by
// a word of expulsion or of a move ("expulsions", "similar steps", "the decision"), then "by" and the list;
// a capital stands for its country. Not a reply to anything else ("in response to the attack by A"), not
// the expeller's own state, not when the expulsion's own words name the staff's state (read before this).
import type { Entity } from '../entities/index.js';
import { CAPITALS } from '../lexicon.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';
import { STATE, stateOf } from './parties.js';

/** A reply to a move, up to "by": "in response to the expulsions (of Russian envoys) by". */
const REPLY_BY =
  /\b(?:in\s+(?:response|retaliation|reply|answer|reaction)\s+(?:to|for)|respond(?:ing|ed)\s+to|retaliating\s+for|(?:a|in)\s+(?:tit-for-tat|mirror|reciprocal)\s+(?:response|move|measure)\s+to)\s+([^;:.()"“”]{0,80}?)\s+by\s+(?:the\s+)?$/i;

/** The move replied to: an expulsion or a move of that kind. */
const MOVE = /\b(?:expul\w*|expel\w*|moves?|steps?|measures?|actions?|decisions?|persona\s+non\s+grata)\b/i;

/** The states listed after the reply's "by", or none. */
export function replyTargets(h: RuleHit, expellers: Entity[]): Entity[] {
  const { c, s, at, end } = h;
  if (!expellers.length) return [];
  const own = new Set(expellers.map((e) => stateOf(c, e)));
  const places = c.inRange(s.start, s.end, STATE);
  for (let i = 0; i < places.length; i++) {
    const first = places[i]!;
    const r = REPLY_BY.exec(c.work.slice(s.start, first.start));
    if (!r || !MOVE.test(r[1]!)) continue;
    const replyAt = s.start + r.index;
    const out: Entity[] = [];
    let last = first.start;
    for (const m of places.slice(i)) {
      const gap = c.work.slice(last, m.start);
      if (m !== first && !/^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(gap)) break;
      last = m.end;
      const st = stateOf(c, m.entity);
      if (st.type !== 'Place' || own.has(st) || !(isCountry(st.name) || CAPITALS[st.name.toLowerCase()]))
        continue;
      if (!out.includes(st)) out.push(st);
    }
    // The expulsion's own trigger inside the reply ("the expulsions by A") is the move, not the answer.
    if (at >= replyAt && end <= last) return [];
    return out;
  }
  return [];
}
