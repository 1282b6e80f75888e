// ACCUSED read from an object the main clause acts on (verbs.ts reads "X accused Y of" itself):
// - `accused-relative`: a reduced relative after the object, "Denmark expelled 15 Russian diplomats
//   accused of espionage", "sanctioned Colonel X, accused of torture": the main clause's subject accuses the
//   object (a person named, or the state of a demonym phrase: "Russian diplomats" → Russia);
// - `accusing-pronoun`: a participle whose object is a pronoun, "The UK expelled 23 Russian diplomats,
//   accusing them of spying", "sanctioned military leader X, accusing him of abuses": the pronoun is the
//   main clause's object (the people of "them" by their demonym, the person of "him"/"her").
// The accuser is the subject of the sentence's first verb, which must come before the object; never the
// accused's own state. Evidence is the sentence.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { firstVerb, subjectOf } from '../clauses/subject.js';
import { ANY, stateOf, subjectEntities } from '../events/parties.js';
import { demonymCountry } from '../lexicon.js';
import type { Sentence } from '../text.js';
import { matchesOf } from '../regex-matches.js';

/** "accused of" after an object (group 1: ", " or nothing), or ", accusing them|him|her of" (group 2: the pronoun). */
const ACCUSED =
  /(,\s+|\s+)(?:(?:all|both|who\s+(?:were|was|are|is|had\s+been|have\s+been)|reportedly|allegedly)\s+)?accused\s+of\b|,\s+(?:\p{Ll}+ly\s+)?accusing\s+(them|him|her)\s+of\b/gu;
/** A demonym phrase ending the object: "15 Russian diplomats", "Russian “intelligence officers”". */
const DEMONYM_TAIL = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s+(?:[“"‘]?[\p{Ll}-]+[”"’]?\s*){1,5}$/u;
/** A date closing the object ("15 Russian diplomats on April 23", "… on Tuesday"): read past it. */
const DATE_TAIL =
  /\s+(?:on|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,4}(?:st|nd|rd|th)?),?\s*){1,3}$/u;
/** Words between the main verb's end and the object's people: only a quantity and the phrase itself. */
const VERB_TO_PEOPLE = /^[\s\p{Ll}\d-]*$/u;

/** A main verb that acts against the object: only then is the object's accusation the subject's. */
const ACTS_AGAINST =
  /\b(?:expel\w*|sanction\w*|arrest\w*|detain\w*|deport\w*|ban(?:s|ned|ning)?|blacklist\w*|declar\w*|order\w*|charg\w*|indict\w*|summon\w*|designat\w*|impos\w*|freez\w*|target\w*|kick\w*|oust\w*|recall\w*)\b/;
/** An agent after the accusation names another accuser: "accused of treason by Moscow". */
const BY_AGENT = /^[^,;.]*?\bby\b/;

/** The state of the people a demonym phrase ending at `end` names, within [from, end). */
function demonymPeople(c: Ctx, from: number, end: number): Entity | undefined {
  const m = DEMONYM_TAIL.exec(c.work.slice(from, end).replace(DATE_TAIL, ''));
  const country = m ? demonymCountry(m[1]!) : undefined;
  if (!m || !country || !VERB_TO_PEOPLE.test(c.work.slice(from, from + m.index))) return undefined;
  const at = from + m.index + m[0].indexOf(m[1]!);
  return c.idx.countryEntity(country) ?? c.countryByDemonym(country, at, at + m[1]!.length);
}

/** The person named right before `end` (", " allowed), after the main verb at `from`. */
function personEnding(c: Ctx, from: number, end: number): Entity | undefined {
  const m = c.inRange(from, end, ['Person'], true).pop();
  if (!m || m.nominal || !/^[\s,]*$/.test(c.work.slice(m.end, end))) return undefined;
  return m.entity;
}

export function accusedObjectRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const s of c.sents) {
    for (const m of matchesOf(ACCUSED, c.work.slice(s.start, s.end))) {
      const at = s.start + m.index;
      if (c.inQuote(at)) continue;
      const v = firstVerb(c, s, at);
      if (v === undefined) continue;
      const verbEnd = v + (/^\S+/.exec(c.work.slice(v))?.[0].length ?? 0);
      const accusers = subjectEntities(c, subjectOf(c, s, v), ANY, { at: v });
      if (!accusers.length) continue;
      const pronoun = m[2];
      // ("welcomed dissidents accused of treason by Moscow": neither an act against them nor the accuser.)
      if (
        !pronoun &&
        (!ACTS_AGAINST.test(c.work.slice(v, at)) || BY_AGENT.test(c.work.slice(at + m[0].length, s.end)))
      )
        continue;
      const target =
        pronoun === 'them'
          ? demonymPeople(c, verbEnd, at)
          : pronoun
            ? personEnding(c, verbEnd, at)
            : (personEnding(c, verbEnd, at) ?? demonymPeople(c, verbEnd, at));
      if (!target) continue;
      for (const src of accusers)
        if (src !== target && stateOf(c, src) !== target && stateOf(c, target) !== src)
          out.push(
            accusedRelation(
              c,
              s,
              src,
              target,
              `relations/accused-objects:${pronoun ? 'accusing-pronoun' : 'accused-relative'}`,
            ),
          );
    }
  }
  return out;
}

/** An ACCUSED relation told by one sentence: dated by the sentence, the sentence as evidence. */
export function accusedRelation(c: Ctx, s: Sentence, source: Entity, target: Entity, rule: string): RelOut {
  return {
    source,
    type: 'ACCUSED',
    target,
    date: c.dateNear(s, s.start)?.value ?? null,
    evidence: [c.evidence(s)],
    rule,
  };
}
