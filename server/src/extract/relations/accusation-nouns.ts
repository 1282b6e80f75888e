// ACCUSED read from a noun of accusing (act-nouns.ts ACCUSING_ACT) that names both parties, where no verb
// "accuse" does (verbs.ts reads that): the accuser as the noun's owner ("Petro's allegation that …", "the
// minister's baseless accusations against …") or its agent ("allegations (levelled) by X against …"), the
// accused after "against" or as the subject of the "that" clause ("… that the US supported a plot").
// Outside quotations only; never the accuser's own side.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { stateOf } from '../events/parties.js';
import { matchesOf } from '../regex-matches.js';
import { ACCUSING_ACT } from './act-nouns.js';
import { accusedRelation } from './accused-objects.js';

/** The noun, after up to two qualifiers and its owner's "'s" (group 1: the text before the noun). */
const NOUN = new RegExp(String.raw`((?:['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2})${ACCUSING_ACT}\b`, 'gu');
/** A cheap test before the sentence is read. */
const CUE = /\b(?:accusation|allegation)/i;
/** The owner's "'s" ending the text before the noun (qualifiers after it). */
const OWNER =
  /^['’]s\s+(?:(?:baseless|unfounded|false|repeated|latest|recent|new|renewed|fresh|serious|groundless)\s+){0,2}$/u;
/** The agent after the noun: "by", "made by", "levelled by" (up to the name). */
const AGENT = /^\s+(?:(?:made|levell?ed|leveled|raised|voiced|repeated)\s+)?by\s+(?:the\s+)?/u;
/** The accused's opener after the noun or the agent: "against" or "that" (then a named subject). */
const ACCUSED_OPENER = /^\s*(?:(against)|(that))\s+(?:the\s+)?/u;
/** What follows a "that" clause's subject: a finite verb (an auxiliary or a past form). */
const FINITE = /^\s+(?:(?:has|had|have|was|were|is|are|would|could|had\s+been|was\s+being)\b|\p{Ll}+ed\b)/u;

/** The named mention opening the text at pos (titles before it allowed; "Burundi's President X" gives X). */
function namedAt(c: Ctx, pos: number, limit: number): { entity: Entity; end: number } | undefined {
  let best: { entity: Entity; end: number } | undefined;
  for (const m of c.inRange(pos, pos + limit, ['Person', 'Organization', 'Place'], true)) {
    if (!/^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(c.work.slice(pos, m.start))) break;
    if (!m.nominal && (!best || m.end > best.end)) best = { entity: m.entity, end: m.end };
  }
  return best;
}

/** The named mention ending right before pos (the owner before "'s"). */
function namedEnding(c: Ctx, from: number, pos: number): Entity | undefined {
  const m = c.inRange(from, pos, ['Person', 'Organization', 'Place'], true).pop();
  return m && !m.nominal && m.end === pos ? m.entity : undefined;
}

/** The accused after `pos`: "against Y" or "that Y <finite verb>". */
function accusedAfter(c: Ctx, pos: number): Entity | undefined {
  const o = ACCUSED_OPENER.exec(c.work.slice(pos, pos + 20));
  if (!o) return undefined;
  const y = namedAt(c, pos + o[0].length, 60);
  if (!y) return undefined;
  if (o[2] && !FINITE.test(c.work.slice(y.end, y.end + 30))) return undefined;
  return y.entity;
}

export function accusationNounRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const s of c.sents) {
    const text = c.work.slice(s.start, s.end);
    if (!CUE.test(text)) continue;
    for (const m of matchesOf(NOUN, text)) {
      const at = s.start + m.index;
      const nounEnd = at + m[0].length;
      if (c.inQuote(nounEnd - 1)) continue;
      let accuser = OWNER.test(m[1]!) ? namedEnding(c, s.start, at) : undefined;
      let after = nounEnd;
      if (!accuser) {
        const agent = AGENT.exec(c.work.slice(nounEnd, nounEnd + 30));
        const x = agent ? namedAt(c, nounEnd + agent[0].length, 60) : undefined;
        accuser = x?.entity;
        after = x?.end ?? nounEnd;
      }
      if (!accuser) continue;
      const accused = accusedAfter(c, after);
      if (!accused || accused === accuser || stateOf(c, accuser) === stateOf(c, accused)) continue;
      out.push(accusedRelation(c, s, accuser, accused, 'relations/accusation-nouns:accusation-noun'));
    }
  }
  return out;
}
