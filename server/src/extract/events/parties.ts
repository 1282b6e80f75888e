// The parties of an event read from its clause: the subject or agent (who acts) and the object (who is
// acted on) as entities, through the clause module; the state an actor belongs to (a capital's country,
// a ministry's country: "Saudi Foreign Ministry" → Saudi Arabia), which keeps one event per acting state.
import { actorBefore } from '../clauses/antecedent.js';
import { listAfter } from '../clauses/mention-lists.js';
import { agentOf, isPassive, objectOf, referents } from '../clauses/clause.js';
import { isOutlet } from '../clauses/outlets.js';
import { mentionEndingAt, phraseAt, type NounPhrase } from '../clauses/noun-phrase.js';
import { isParticipleClause, mainClausePhrase, mainSubject, subjectOf } from '../clauses/subject.js';
import type { Ctx } from '../context.js';
import type { Sentence } from '../text.js';
import type { Entity, EntityType } from '../entities/index.js';
import { CAPITALS, demonymCountry, demonymOf } from '../lexicon.js';
import type { RuleHit } from './hit.js';
import { REPORTING_THAT, sayingAlternation } from '../saying-verbs.js';

export const STATE: EntityType[] = ['Place', 'Organization'];
export const ANY: EntityType[] = ['Person', 'Organization', 'Place'];

/** The state an actor stands for: a capital's country, the country of "<Demonym> Foreign Ministry". */
export function stateOf(c: Ctx, e: Entity): Entity {
  if (e.type === 'Place') {
    const country = CAPITALS[e.name.toLowerCase()];
    return (country && c.idx.countryEntity(country)) || e;
  }
  if (e.type === 'Organization') {
    const country = countryOfBody(e);
    return (country && c.idx.countryEntity(country)) || e;
  }
  if (e.type === 'Person' && e.nationality) return c.idx.countryEntity(e.nationality) ?? e;
  return e;
}

/** The country a body belongs to by its name: "Iranian Foreign Ministry", "Embassy of the United States". */
export function countryOfBody(e: Entity): string | undefined {
  if (e.type !== 'Organization') return undefined;
  // "Iranian Foreign Ministry", "South Korean Ministry of Foreign Affairs": a demonym of one or two words.
  const dem =
    /^(\p{Lu}[\p{L}]*)(?:\s+(\p{Lu}[\p{L}]*))?\s+(?:Foreign Ministry|Foreign Office|Ministry|Government|Embassy|Presidency|High Commission|Consulate)\b/u.exec(
      e.name,
    );
  const of = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)$/u.exec(e.name);
  return (
    (dem
      ? (demonymCountry(dem[1]!) ??
        (dem[2] ? demonymCountry(`${dem[1]} ${dem[2]}`) : undefined) ??
        // "Pakistan High Commission", "India Embassy": the country's own name.
        (!dem[2] && demonymOf(dem[1]!) ? dem[1] : undefined))
      : undefined) ?? of?.[1]
  );
}

/**
 * An actor as the annotations name it: "the Austrian government" and "the Czech authorities" are no
 * organisations but their state (real pages' convention); anything else as written.
 */
export function actorOf(c: Ctx, e: Entity): Entity {
  if (e.type !== 'Organization') return e;
  const m = /^(\p{Lu}[\p{L}]*)\s+(?:Government|Authorities|Administration)$/u.exec(e.name);
  const country = m ? demonymCountry(m[1]!) : undefined;
  return (country && c.idx.countryEntity(country)) || e;
}

/** A ministry named without its country ("the Foreign Ministry"), or given one only from the article's
 * context (entities/home-bodies.ts): it says no more than the state acting. */
export const isGenericBody = (e: Entity) =>
  e.type === 'Organization' &&
  (/^(?:the\s+)?(?:Foreign Ministry|Ministry of Foreign Affairs|Foreign Office|Ministry|Government|Presidency)$/i.test(
    e.name,
  ) ||
    e.rule === 'entities/home-bodies:bare-body');

/** "the ministry", "the government": the organisation of that kind last named before pos. */
function definiteBody(c: Ctx, np: NounPhrase, pos: number): Entity | undefined {
  if (!np.head || np.owners.length || np.entities.length) return undefined;
  const word = /ministry|embassy|government|presidency|office/.exec(np.head)?.[0];
  if (!word) return undefined;
  return c.mentions
    .filter(
      (m) => m.end <= pos && m.entity.type === 'Organization' && m.entity.name.toLowerCase().includes(word),
    )
    .pop()?.entity;
}

/** Entities of a phrase, with "the ministry" resolved to the one last named. */
export function entitiesOf(
  c: Ctx,
  np: NounPhrase | undefined,
  types: EntityType[],
  opts: { envoys?: boolean; at?: number } = {},
): Entity[] {
  if (!np) return [];
  if (np.pronoun === 'they') return theyReported(c, np, types);
  // "six Indian diplomats, including X": the group's owners and the members it names.
  const members = types.includes('Person') ? (np.including ?? []) : [];
  const out = referents(c, np, types, opts);
  if (out.length) return [...new Set([...out, ...members])];
  if (members.length) return members;
  const named = groupNamedAfter(c, np, types);
  if (named.length) return named;
  const body = definiteBody(c, np, np.start);
  return body && types.includes(body.type) ? [body] : [];
}

/** A reporting or intention verb right before a clause's subject: "said (on Monday) (that)", "announced". */
const REPORTED_BY =
  /\b(?:said|say|says|announced|announce|stated|confirmed|declared|added|warned|insisted|indicated|signalled|signaled|vowed|pledged|promised|agreed|decided)\s+(?:on\s+\p{Lu}\p{Ll}+\s+|(?:earlier|later|this|last)\s+\p{Ll}+\s+|in\s+a\s+(?:joint\s+)?statement\s+)?(?:that\s*)?(?:,\s*(?:like|unlike|just like|as did)\s+[^,;.]{1,40},\s*)?$/u;

/**
 * "they" subject of a clause reported by a list ("Germany and France said they would expel …", "A, B and
 * C announced that they had summoned …", "A and B said that, like C, they would expel …"): the members of
 * the reporting verb's subject, when it names two or more; else no one (a lone "they" is too loose to read).
 */
function theyReported(c: Ctx, np: NounPhrase, types: EntityType[]): Entity[] {
  const s = c.sentenceAt(np.start);
  if (!s) return [];
  const rep = REPORTED_BY.exec(c.work.slice(s.start, np.start));
  if (!rep) return [];
  const subject = subjectOf(c, s, s.start + rep.index);
  if (!subject || subject.pronoun || subject.entities.length < 2) return [];
  return subject.entities.filter((e) => types.includes(e.type));
}

/** The plural head of a group of states a sentence names later: "Countries that expelled … include A, B". */
const GROUP_HEAD = /^(?:countries|states|nations|governments|members|allies|partners)$/;

/**
 * The members of a group a sentence names only later ("Countries that have expelled Russian diplomats
 * include A, B and C", "The states imposing sanctions were A and B"): the list right after the group's
 * clause's verb "include(d)/are/were", when one follows in the same sentence.
 */
function groupNamedAfter(c: Ctx, np: NounPhrase, types: EntityType[]): Entity[] {
  if (!np.head || !GROUP_HEAD.test(np.head) || np.entities.length || np.owners.length) return [];
  const s = c.sentenceAt(np.start);
  if (!s) return [];
  const verb = /\s(?:include|includes|included|are|were)\s+(?:also\s+)?/.exec(c.work.slice(np.end, s.end));
  if (!verb) return [];
  const from = np.end + verb.index + verb[0].length;
  const first = c.inRange(from, s.end, ['Place', 'Organization']).find((m) => m.start === from);
  if (!first) return [];
  return listAfter(c, first, s.end)
    .map((m) => m.entity)
    .filter((e) => types.includes(e.type));
}

const ACTING_HEAD =
  /^(?:governments?|authorities|ministry|foreign ministry|presidency|administration|cabinet|leadership|junta|regime|side|country|nation|state|kingdom|republic)$/;
const STATE_HEAD =
  /^(?:governments?|authorities|administration|cabinet|leadership|junta|regime|side|country|nation|state|kingdom|republic)$/;

/**
 * An acting body that a subject phrase does not name ("The ministry condemned …", "the government of
 * the Andean country accuses …", "the foreign ministry said it had summoned …"): the body or state
 * acting in the text before (actorBefore), as its state for a state's head ("the government"); never an
 * outlet.
 */
export function unnamedActor(c: Ctx, np: NounPhrase | undefined): Entity | undefined {
  if (!np?.head || np.entities.length || np.owners.length || np.pronoun || np.possessed) return undefined;
  if (!ACTING_HEAD.test(np.head)) return undefined;
  const a = actorBefore(c, np.start);
  if (!a || (a.type === 'Organization' && isOutlet(c, a, np.start, np.start))) return undefined;
  return STATE_HEAD.test(np.head) ? stateOf(c, a) : a;
}

/** The entities of a subject phrase: as entitiesOf, else the acting body it stands for (unnamedActor). */
export function subjectEntities(
  c: Ctx,
  np: NounPhrase | undefined,
  types: EntityType[],
  opts: { at?: number } = {},
): Entity[] {
  const out = entitiesOf(c, np, types, opts);
  if (out.length) return out;
  const a = unnamedActor(c, np);
  return a && types.includes(a.type) ? [a] : [];
}

/** The actors a phrase names, each as the annotations name an actor (see actorOf). */
export function actorsOf(
  c: Ctx,
  np: NounPhrase | undefined,
  types: EntityType[],
  opts: { at?: number } = {},
): Entity[] {
  return [...new Set(entitiesOf(c, np, types, opts).map((e) => actorOf(c, e)))];
}

export interface Clause {
  passive: boolean;
  /** Who acts: the subject (active), the "by" agent (passive), the main clause's subject (participle). */
  actor?: NounPhrase;
  /** Who is acted on: the object (active), the subject (passive). */
  patient?: NounPhrase;
}

/** "retaliated against the UK for", "condemned Warsaw for", "praised Canada for": an object, then "for". */
const OBJECT_FOR = /\b(?:against|on|at)\s+(?:the\s+)?$|\b(\p{Ll}{3,})\s+(?:the\s+)?$/u;

/**
 * Who does the act of a gerund after "for" that follows the main verb's object: "Moscow condemned Warsaw
 * for expelling …", "Russia retaliated in kind against the UK for expelling …" (Warsaw, the UK), not the
 * main clause's subject.
 */
function blamedActor(c: Ctx, s: Sentence, at: number): NounPhrase | undefined {
  const lead = /\s+for\s+$/.exec(c.work.slice(s.start, at));
  if (!lead) return undefined;
  const m = mentionEndingAt(c, s.start, at - lead[0].length);
  if (!m || m.entity.type === 'Person') return undefined;
  const before = OBJECT_FOR.exec(c.work.slice(Math.max(s.start, m.start - 30), m.start));
  if (!before || (before[1] && !/ed$|ised$|ized$/.test(before[1]))) return undefined;
  return { start: m.start, end: m.end, entities: [m.entity], owners: [] };
}

/** A reduced passive's lead: "after being", "since having been", a sentence's opening "Having been". */
const REDUCED_LEAD =
  /(?:\b(?:after|before|when|while|since|despite|upon)\s+(?:being|having been)|^\W*(?:[Hh]aving been|(?:After|Upon) being))\s+$/;

/**
 * The actor and patient of the verb the hit matched. `objectAt` overrides where the object starts (an
 * object inside the trigger: "ordered X to leave"); `objectEnd` where it ends.
 */
export function clauseOf(
  h: RuleHit,
  actorTypes: EntityType[],
  objectAt?: number,
  objectEnd?: number,
): Clause {
  const { c, s, at, end } = h;
  const passive = objectAt === undefined && isPassive(c, s, at, end);
  if (passive) {
    // "landed in Moscow after being recalled": the main clause's subject is the one recalled.
    // (Or the clause opens the sentence: "Having been declared persona non grata, two diplomats left".)
    const reduced = REDUCED_LEAD.test(c.work.slice(s.start, at));
    return {
      passive,
      patient: reduced
        ? (mainClausePhrase(c, s, at, end) ?? mainSubject(c, s, at, ANY))
        : subjectOf(c, s, at),
      actor: agentOf(c, s, end),
    };
  }
  const actor = isParticipleClause(c, s, at, end)
    ? (blamedActor(c, s, at) ?? mainSubject(c, s, at, actorTypes))
    : subjectOf(c, s, at);
  const patient =
    objectAt !== undefined
      ? phraseAt(c, objectAt, objectEnd ?? s.end, objectEnd ?? s.end)
      : objectOf(c, s, end);
  return { passive, actor, patient };
}

/** A time right before a nominal event's determiner: "on Tuesday", "on 5 April", "last week", "earlier". */
const TIME_BEFORE_OBJECT =
  /\s+(?:on\s+(?:\p{Lu}\p{Ll}+(?:\s+\d{1,2})?|\d{1,2}\s+\p{Lu}\p{Ll}+)|(?:last|this)\s+(?:week|month|year|night|\p{Lu}\p{Ll}+day)|today|yesterday|earlier|later)(?=\s+(?:the|an?|its|his|her|their)\s+(?:\p{Ll}+\s+)?$)/u;

/**
 * The actor and patient of an event noun (a nominalisation: "expulsion", "recall", "summoning"), read
 * from the phrase around it: the patient after "of" (when `ofAt` is where it starts); the actor the
 * possessor before the noun ("Ethiopia's expulsion of", "Chile's recall of"), else the agent after the
 * patient ("the expulsion of X by Y"), else the subject of the verb that governs the noun ("Germany
 * announced the expulsion of"). `implied` when no actor is named.
 */
export function nominalClause(h: RuleHit, ofAt?: number): Clause & { implied: boolean } {
  const { c, s, at, end } = h;
  const patient = ofAt !== undefined ? phraseAt(c, ofAt, s.end) : undefined;
  const before = c.work.slice(s.start, at);
  const poss = /['’]s\s+(?:\p{Ll}+\s+){0,2}$/u.exec(before);
  if (poss) {
    const m = c.inRange(s.start, at - poss[0].length + 2).pop();
    if (m && m.end === at - poss[0].length)
      return {
        passive: false,
        actor: { start: m.start, end: m.end, entities: [m.entity], owners: [] },
        patient,
        implied: false,
      };
  }
  const after = patient?.end ?? end;
  // "the expulsion of X by Y", "the recall of X was announced by Y".
  const by =
    /^\s+(?:(?:was|were|has been|have been|had been|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+)?by\s+/u.exec(
      c.work.slice(after, s.end),
    );
  if (by) return { passive: false, actor: phraseAt(c, after + by[0].length, s.end), patient, implied: false };
  // "announced on Tuesday the expulsion of", "ordered last week the recall of": a time between the verb
  // and its object is passed over (it lies after the verb, so the verb's offset is the same).
  const gov = /\b(\p{Ll}+)\s+(?:the\s+|an?\s+|(?:its|his|her|their)\s+)?(?:\p{Ll}+\s+)?$/u.exec(
    before.replace(TIME_BEFORE_OBJECT, ''),
  );
  if (gov && !/^(?:of|to|in|on|at|for|with|from|after|before|over|about|by|and|or)$/.test(gov[1]!)) {
    const actor = subjectOf(c, s, s.start + gov.index);
    if (actor) return { passive: false, actor, patient, implied: false };
  }
  return { passive: false, patient, implied: true };
}

const REPORTING = new RegExp(
  String.raw`\b(?:${sayingAlternation(REPORTING_THAT)})\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:the\s+|an?\s+|its\s+|their\s+|\d+\s+)?$`,
  'u',
);

/**
 * Who reports a passive event that names no actor ("Sweden's foreign minister said the Iranian
 * ambassador had been summoned"): the subject of the reporting verb right before the clause, a body or
 * state as named, a person as the state of his nationality; never an outlet.
 */
export function reporterOf(c: Ctx, s: Sentence, clauseStart: number): Entity | undefined {
  const rep = REPORTING.exec(c.work.slice(s.start, clauseStart));
  if (!rep) return undefined;
  const np = subjectOf(c, s, s.start + rep.index);
  const e = np ? entitiesOf(c, np, ANY)[0] : undefined;
  if (!e || (e.type === 'Organization' && isOutlet(c, e, np!.start, np!.end))) return undefined;
  const st = stateOf(c, e);
  return st.type === 'Person' ? undefined : st.type === 'Place' ? st : e;
}

/**
 * The state whose staff an embassy's or ministry's expelled staff are ("18 employees of the Russian
 * Embassy" → Russia), made a place known by the adjective when the article names the country no other way.
 */
export function staffState(c: Ctx, e: Entity): Entity {
  const st = stateOf(c, e);
  if (st !== e) return st;
  const country = countryOfBody(e);
  const m = country ? c.mentions.find((x) => x.entity === e) : undefined;
  const word = m ? /^\p{L}+/u.exec(c.work.slice(m.start, m.end))?.[0] : undefined;
  // Only a name that opens with the adjective or the country gives its span ("Russian Embassy", "Pakistan
  // High Commission").
  if (!country || !m || !word || (demonymCountry(word) !== country && word !== country)) return e;
  return c.countryByDemonym(country, m.start, m.start + word.length);
}
