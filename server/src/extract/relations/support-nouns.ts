// SUPPORTED from the noun "support" (or "solidarity", "backing") rather than a verb, read from the
// phrase's shape only:
// - `owned-support`: a named possessor owns the support ("France's support for Bazoum", "expressed
//   Cambodia's full support for the Philippines' chairmanship"): the possessor supports;
// - `voiced-support`: a verb of voicing or giving before the noun, with no named possessor ("Macron
//   reaffirmed his country's strong support for Armenia", "Bulgaria announced its support for Ukraine",
//   "Berlin expressed solidarity with Paris"): the verb's subject supports;
// - `in-solidarity`: "in solidarity with X" after a clause ("Estonia is expelling a diplomat in solidarity
//   with the Czech Republic"): the clause's subject.
// The one supported is the name that opens the noun's object, alone or as the possessor of what follows
// ("support for Ukraine", "support for Armenia's territorial integrity"); a possessor followed by a role and
// a person's name gives that person ("support for Niger's ousted president, Mohamed Bazoum"). Nothing is
// read from deeper inside the object ("support for sanctions against Russia", "support for the normalization
// of relations between A and B", "support for U.S. foreign policy"), nor inside quotations, nor after a
// negation ("did not express support for"). Evidence is the sentence.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { clauseEnd } from '../clauses/clause.js';
import { listAfter, mentionAt, mentionEndingAt } from '../clauses/mention-lists.js';
import { firstVerb, mainClausePhrase, mainSubject, subjectOf } from '../clauses/subject.js';
import { ANY, subjectEntities } from '../events/parties.js';
import type { Sentence } from '../text.js';
import { negatedVerb } from './judging.js';
import { matchesOf } from '../regex-matches.js';
import { differentSides } from './sides.js';

/** The noun and its preposition, up to the object (group 1: the noun). */
const NOUN = /\b(support|solidarity|backing)\s+(?:for|to|with)\s+(?:the\s+)?/gu;
/** Words that may qualify the noun: "full", "strong", "unwavering", "continued", "steadfast". */
const QUALIFIERS = String.raw`(?:(?:full|strong|firm|unwavering|steadfast|continued|continuing|consistent|unconditional|total|solid|staunch|resolute|unequivocal|unstinting|strongest|firmest|unreserved|political|military|diplomatic|economic|financial|moral|full-fledged|and)\s+){0,3}`;
/** A named possessor's "'s" and qualifiers before the noun ("Cambodia's full "). */
const OWNED = new RegExp(String.raw`['’]s?\s+${QUALIFIERS}$`, 'u');
/** A verb of voicing or giving support, an owner that names no one, qualifiers, up to the noun. */
const VOICED = new RegExp(
  String.raw`\b(?:express\w*|reaffirm\w*|reiterat\w*|pledg\w*|announc\w*|voic\w*|convey\w*|confirm\w*|underlin\w*|stress\w*|emphasi[sz]\w*|offer\w*|extend\w*|declar\w*|show\w*|signal\w*|assur\w*|renew\w*)\s+(?:(?:its|his|her|their|our)\s+(?:(?:country|government|nation|state)['’]s\s+)?|the\s+(?:country|government|nation|state)['’]s\s+)?${QUALIFIERS}$`,
  'iu',
);
/** "in solidarity with", "as a sign of solidarity with" right before the noun. */
const IN_SOLIDARITY = /\b(?:in|of)\s+$/u;
/** Between a verb and "in solidarity": a clause break or another act the solidarity may belong to. */
const OTHER_ACT =
  /[,;:]|\b(?:response|retaliation|reaction|after|following|because|over|against|which|who|that|whose|expulsions?|decisions?|moves?)\b/i;
/** After the object's name: its end, a possessive, or a word that closes the object phrase. */
const OBJECT_END =
  /^(?:['’]s?(?=\s)|\s*(?:[,.;:)]|$)|\s+(?:and|in|on|at|as|during|amid|after|before|over|while|when|from|since|until|through|which|who|that|to|against)\b)/u;
/** After a possessor in the object: a role, maybe a comma, then a person ("Niger's ousted president, "). */
const ROLE_THEN_NAME = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*,?\s*$/u;

/** The supported: the name opening the object (and those listed with it), or the person a role names. */
function supported(c: Ctx, s: Sentence, at: number): Entity[] {
  const limit = clauseEnd(c, s, at);
  const m = mentionAt(c, at, limit);
  if (!m || m.start !== at || !OBJECT_END.test(c.work.slice(m.end, s.end))) return [];
  const person = c
    .inRange(m.end, Math.min(limit, m.end + 60), ['Person'])
    .find((p) => ROLE_THEN_NAME.test(c.work.slice(m.end, p.start)));
  if (person) return [person.entity];
  if (/^['’]/.test(c.work.slice(m.end, m.end + 1))) return [m.entity];
  return listAfter(c, m, limit).map((x) => x.entity);
}

/** The subject of the verb at `v` ("Bulgaria announced"), or of the main clause for a participle ("…, expressing"). */
function subjectAt(c: Ctx, s: Sentence, v: number): Entity[] {
  const np = /^\p{L}+ing\b/u.test(c.work.slice(v, v + 30)) ? mainClausePhrase(c, s, v) : subjectOf(c, s, v);
  return subjectEntities(c, np, ANY, { at: v });
}

/** The subject of the sentence's first verb before `at` ("Estonia is expelling … in solidarity with"). */
function clauseSubject(c: Ctx, s: Sentence, at: number): Entity[] {
  const v = firstVerb(c, s, at);
  const np = v !== undefined ? subjectOf(c, s, v) : mainSubject(c, s, at, ANY);
  return subjectEntities(c, np, ANY, { at: v ?? at });
}

function supporters(c: Ctx, s: Sentence, at: number, noun: string): { who: Entity[]; rule: string } {
  const before = c.work.slice(s.start, at);
  const owned = OWNED.exec(before);
  const owner = owned ? mentionEndingAt(c, s.start, at - owned[0].length) : undefined;
  if (owner && owner.end === at - owned![0].length) return { who: [owner.entity], rule: 'owned-support' };
  const voiced = VOICED.exec(before);
  if (voiced && !negatedVerb(before.slice(0, voiced.index)))
    return { who: subjectAt(c, s, s.start + voiced.index), rule: 'voiced-support' };
  if (noun === 'solidarity' && IN_SOLIDARITY.test(before)) {
    const v = firstVerb(c, s, at) ?? s.start;
    // (Only when nothing between the verb and the noun opens another act: "in response to their expulsions
    // of Russian envoys in solidarity with X" is the others' solidarity.)
    if (OTHER_ACT.test(c.work.slice(v, at))) return { who: [], rule: '' };
    return { who: clauseSubject(c, s, at), rule: 'in-solidarity' };
  }
  return { who: [], rule: '' };
}

export function supportNounRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const s of c.sents) {
    const text = c.work.slice(s.start, s.end);
    NOUN.lastIndex = 0;
    for (const m of matchesOf(NOUN, text)) {
      const at = s.start + m.index;
      if (c.inQuote(at)) continue;
      const { who, rule } = supporters(c, s, at, m[1]!);
      if (!who.length) continue;
      const targets = supported(c, s, at + m[0].length);
      for (const src of who)
        for (const tgt of targets)
          if (differentSides(c, src, tgt))
            out.push({
              source: src,
              type: 'SUPPORTED',
              target: tgt,
              date: c.dateNear(s, at)?.value ?? null,
              evidence: [c.evidence(s)],
              rule: `relations/support-nouns:${rule}`,
            });
    }
  }
  return out;
}
