// CRITICIZED from an official protest named by a noun and the act it is about, read from the phrase's
// shape only: "handed the embassy a note of protest in connection with the statements of X", "sent a
// protest note regarding X's remarks", "a note with a “strong protest” over the actions of Kyrgyz border
// guards". The protest is a singular noun after a determiner or an adjective ("a protest", "its strong
// protest", "a note of protest", "a protest note"), never street "protests"; the act after its preposition
// must be an act of saying or doing with its doer ("the statements of X", "the remarks made by X", "X's
// comments"): "a protest over the arrest of X" names X as no doer. The protester is the subject of the
// sentence's first verb (the main clause's for a participle: "…, expressing its protest at").
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { clauseEnd } from '../clauses/clause.js';
import { mentionAt } from '../clauses/mention-lists.js';
import { phraseAt } from '../clauses/noun-phrase.js';
import { firstVerb, mainClausePhrase, subjectOf } from '../clauses/subject.js';
import { ANY, entitiesOf, subjectEntities } from '../events/parties.js';
import type { Sentence } from '../text.js';
import { negatedVerb } from './judging.js';
import { matchesOf } from '../regex-matches.js';
import { differentSides } from './sides.js';
import { ATTRIBUTED_TO } from './verbs.js';

/** The protest noun after a determiner or adjective, up to its preposition of topic. */
const PROTEST = new RegExp(
  String.raw`\b(?:(?:a|an|its|his|her|their|our|the|strong|solemn|vigorous|energetic|formal|official|firm|stern|diplomatic|written)\s+[“"]?(?:(?:strong|solemn|vigorous|energetic|formal|official|firm|stern|strongest)\s+)?protest(?:\s+notes?)?|notes?\s+of\s+protest)[”"]?\s+(?:in\s+connection\s+with|in\s+relation\s+to|with\s+regard\s+to|regarding|concerning|over|about|at|against)\s+`,
  'giu',
);
/** Nouns of an act someone said or did, whose "of"/"by" names the doer. */
const ACT = String.raw`(?:remarks|comments|statements?|declarations?|decisions?|actions|acts?|behaviou?r|conduct|words|claims|allegations|accusations|provocations?|interference|tweets?|posts?|speech)`;
/** An act, then "of"/"by"/"from" (or "attributed to") before its doer. */
const ACT_THEN_DOER = new RegExp(
  String.raw`^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?${ACT}\s+(?:(?:(?:made|issued|taken)\s+)?(?:of|by|from)|${ATTRIBUTED_TO})\s+(?:the\s+)?`,
  'u',
);
/** After a possessor opening the object: its act ("'s recent remarks"). */
const OWNED_ACT = new RegExp(String.raw`^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?${ACT}\b`, 'u');

/** The doer of the act the protest is about. */
function doers(c: Ctx, s: Sentence, at: number): Entity[] {
  const rest = c.work.slice(at, s.end);
  const act = ACT_THEN_DOER.exec(rest);
  if (act) {
    const from = at + act[0].length;
    return entitiesOf(c, phraseAt(c, from, clauseEnd(c, s, from), s.end), ANY, { at });
  }
  const m = mentionAt(c, at, clauseEnd(c, s, at));
  return m && OWNED_ACT.test(c.work.slice(m.end, s.end)) ? [m.entity] : [];
}

/** The protester: the subject of the sentence's first verb, or the main clause's for a participle. */
function protester(c: Ctx, s: Sentence, at: number): Entity[] {
  const ing = /\b\p{Ll}+ing\s+(?:\S+\s+){0,3}$/u.exec(c.work.slice(s.start, at));
  const v = firstVerb(c, s, at);
  if (v === undefined) return [];
  if (negatedVerb(c.work.slice(s.start, v))) return [];
  const np =
    ing && s.start + ing.index < v ? undefined : ing ? mainClausePhrase(c, s, at) : subjectOf(c, s, v);
  return subjectEntities(c, np, ANY, { at: v });
}

export function protestNounRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const s of c.sents) {
    PROTEST.lastIndex = 0;
    for (const m of matchesOf(PROTEST, c.work.slice(s.start, s.end))) {
      const at = s.start + m.index;
      if (c.inQuote(at)) continue;
      const targets = doers(c, s, at + m[0].length);
      if (!targets.length) continue;
      for (const src of protester(c, s, at))
        for (const tgt of targets)
          if (differentSides(c, src, tgt))
            out.push({
              source: src,
              type: 'CRITICIZED',
              target: tgt,
              date: c.dateNear(s, at)?.value ?? null,
              evidence: [c.evidence(s)],
              rule: 'relations/protest-nouns:protest-over-act',
            });
    }
  }
  return out;
}
