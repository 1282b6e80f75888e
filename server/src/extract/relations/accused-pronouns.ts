// ACCUSED whose accused is a pronoun standing for what the clause before it acted on: "Somalia cut ties
// with Kenya, accusing her of meddling", "state media targeted X and accused him of …", "Norway announced
// the expulsion of 15 Russian embassy staff in Oslo, accusing them of spying" (a named body's staff), "the
// authorities banned group X and accuse its members of …". The accuser is the main clause's subject; the
// pronoun's antecedent is the nearest fitting mention between the main verb and the pronoun
// (accused-objects.ts reads the narrower "expelled X, accusing them of" first; this takes what it leaves).
import type { Ctx } from '../context.js';
import type { Entity, EntityType } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { firstVerb, subjectOf } from '../clauses/subject.js';
import { ANY, stateOf, subjectEntities } from '../events/parties.js';
import { demonymCountry } from '../lexicon.js';
import type { Sentence } from '../text.js';
import { matchesOf } from '../regex-matches.js';
import { negatedVerb } from './judging.js';
import { accusedRelation } from './accused-objects.js';

/** A participle or a coordinated verb of accusing, then a pronoun object (group 1) and "of". */
const ACCUSING_PRONOUN =
  /(?:,\s*|\s+and\s+|\s+)(?:(?:also|then|\p{Ll}+ly)\s+)?(?:accusing|accused|accuses|accuse)\s+(him|her|them|its\s+(?:members|leaders?|leadership|officials|staff|diplomats|agents|government))\s+of\b/gu;
/** A name, then a plural noun for its people: "the UN experts", "RED-Tabara rebels". */
const PEOPLE_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,1}[\p{Ll}-]{3,}s\b/u;

/** An auxiliary opening the main clause's verb where the lexicon knows no verb ("has cut", "had sanctions"). */
const AUXILIARY = /\b(?:has|have|had)\s/;

function auxiliary(c: Ctx, s: Sentence, at: number): number | undefined {
  const m = AUXILIARY.exec(c.work.slice(s.start, at));
  return m ? s.start + m.index : undefined;
}

/** What each pronoun may stand for. */
const FITS: Record<string, EntityType[]> = {
  him: ['Person'],
  her: ['Person', 'Place'],
  them: ['Organization'],
  its: ['Organization', 'Place'],
};

/** A body's state by the demonym its name opens with ("Russian Embassy" → Russia), else the body. */
function bodyState(c: Ctx, body: Entity, at: number): Entity {
  const dem = /^(\p{Lu}\p{Ll}+)\s/u.exec(body.name);
  const country = dem ? demonymCountry(dem[1]!) : undefined;
  if (!country) return stateOf(c, body);
  return c.idx.countryEntity(country) ?? c.countryByDemonym(country, at, at + dem![1]!.length);
}

/** The pronoun's antecedent: the last fitting named mention in [from, to). */
function antecedent(c: Ctx, pronoun: string, from: number, to: number): Entity | undefined {
  const key = pronoun.split(/\s/)[0]!;
  const ms = c.inRange(from, to, FITS[key]).filter((m) => !m.nominal && !c.inQuote(m.start));
  if (key === 'them') {
    const people = ms.filter((m) => PEOPLE_AFTER.test(c.work.slice(m.end, to)));
    // A body named before a plural noun for its people: "the UN experts", "15 Russian embassy employees" (the
    // embassy's state). (Bare demonym people, "two Russian diplomats", are accused-objects.ts's to read.)
    const named = people.pop();
    return named ? bodyState(c, named.entity, named.start) : undefined;
  }
  // "her" for a state: only a country named as one ("with Kenya, accusing her").
  const m = ms.pop();
  if (m && key === 'her' && m.entity.type === 'Place' && stateOf(c, m.entity) !== m.entity) return undefined;
  return m?.entity;
}

export function accusedPronounRelations(c: Ctx, found: RelOut[]): RelOut[] {
  const out: RelOut[] = [];
  const had = new Set(found.filter((r) => r.type === 'ACCUSED').map((r) => `${r.source.id}|${r.target.id}`));
  for (const s of c.sents) {
    const text = c.work.slice(s.start, s.end);
    if (!/accus/.test(text)) continue;
    for (const m of matchesOf(ACCUSING_PRONOUN, text)) {
      const at = s.start + m.index;
      if (c.inQuote(at) || negatedVerb(c.work.slice(s.start, at + m[0].indexOf('accus')))) continue;
      const v = firstVerb(c, s, at) ?? auxiliary(c, s, at);
      if (v === undefined) continue;
      const verbEnd = v + (/^\S+/.exec(c.work.slice(v))?.[0].length ?? 0);
      const target = antecedent(c, m[1]!, verbEnd, at);
      if (!target) continue;
      for (const src of subjectEntities(c, subjectOf(c, s, v), ANY, { at: v })) {
        if (src === target || stateOf(c, src) === target || stateOf(c, target) === stateOf(c, src)) continue;
        if (had.has(`${src.id}|${target.id}`)) continue;
        had.add(`${src.id}|${target.id}`);
        out.push(accusedRelation(c, s, src, target, 'relations/accused-pronouns:pronoun-antecedent'));
      }
    }
  }
  return out;
}
