// Summons (SUMMONED) read from the clause: "X summoned Y", "Y was summoned to the Foreign Ministry" or
// "by X" (the body summoned to summons), "X protested by summoning the ambassador of Norway", "the
// ministry said it had summoned …". Y is the envoy the article names, else the country of an unnamed
// envoy ("the Japanese ambassador", "representatives from the US, Netherlands and Italy"); a passive
// with no summoner takes the state of whoever reports it ("X's minister said the ambassador had been
// summoned"), else the state the named envoy is posted to ("the government summoned X, the US ambassador to
// Nigeria"), else continues the state of the summoner last named, a ministry named without its country
// the summoner last named. Not
// "summoned its envoy" (a recall). One summons per summoned envoy or country, and per summoning state when
// several states each summon envoys ("Ghana, Botswana and South Africa have all summoned US ambassadors").
// A meeting that holds a summons ("lodged a protest during his meeting with X") is that summons.
import { agentOf } from '../clauses/clause.js';
import { ENVOY_HEAD, ownerEntity, type NounPhrase } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import { HEAD_OF_MISSION, HEAD_OF_MISSION_CASED } from '../role-nouns.js';
import type { Entity } from '../entities/index.js';
import { CAPITALS, demonymOf } from '../lexicon.js';
import { envoyNamedBeside, envoyOfState } from './envoy-named-beside.js';
import { listedStaffStates, objectPhraseState } from './expelled-state.js';
import { framedReporter } from './report-frames.js';
import {
  isCountry,
  markUnnamedEnvoy,
  noteEnvoys,
  oneUnnamedDiplomat,
  postedIn,
  unnamedEnvoy,
} from './envoys.js';
import {
  actorsOf,
  ANY,
  clauseOf,
  type Clause,
  countryOfBody,
  entitiesOf,
  isGenericBody,
  nominalClause,
  reporterOf,
  staffState,
  stateOf,
} from './parties.js';
import type { EventRule, RuleHit } from './hit.js';
import type { EvOut } from './types.js';

const lastSummoner = new WeakMap<Ctx, Entity>();
/** The keys of the summons an article has told so far. */
const keysTold = new WeakMap<Ctx, Set<string>>();

export const summons: EventRule = {
  id: 'events/summons:summons',
  type: 'summons',
  // ("summoned its own ambassador / high commissioner home" is a recall: recalls-returns.ts.)
  re: new RegExp(
    String.raw`\bsummon(?:ed|s|ing)?\b(?!\s+(?:its|his|her|their)\s+(?:own\s+)?${HEAD_OF_MISSION_CASED})`,
    'g',
  ),
  run: (h) => readSummons(h, false),
};

/**
 * Reads the summons of one verb's clause; `envoysOnly` when the verb summons only as said of a diplomat
 * ("called in the ambassador", "was invited to the Foreign Ministry"): then the one acted on must be an envoy,
 * named or not.
 */
export function readSummons(h: RuleHit, envoysOnly: boolean): void {
  const { c, s, at, end } = h;
  // "the summoning of X (by Y)", "Y's summoning of X": the nominalisation's own arguments.
  const of = /^(?:summoning|summons)$/.test(c.work.slice(at, end))
    ? /^\s+of\s+/.exec(c.work.slice(end, s.end))
    : null;
  const cl = of ? nominalClause(h, end + of[0].length) : reducedPassive(h, clauseOf(h, ANY));
  // "summoned to the Foreign Ministry": the body summoned to is the summoner.
  const actor = cl.passive
    ? (agentOf(c, s, end, /^\s+(?:\S+\s+){0,3}?(?:to|by)\s+(?:the\s+)?/) ?? cl.actor)
    : cl.actor;
  let summoners = actorsOf(c, actor, ANY, { at });
  // An embassy's or a mission's staff summoned: its state ("a counsellor of the Japanese Embassy").
  const summoned = entitiesOf(c, cl.patient, ANY, { envoys: true, at })
    .map((e) => (e.type === 'Organization' && MISSION.test(e.name) ? staffState(c, e) : e))
    .filter((e) => !summoners.includes(e));
  // "summoned the US Ambassador to Beijing, X" / "Ghana's envoy to Nigeria, Ms X": the envoy, not the state.
  const beside =
    !cl.passive && !of && !summoned.some((e) => e.type === 'Person') && envoyNamedBeside(c, end, s.end);
  if (beside && !summoners.includes(beside)) summoned.splice(0, summoned.length, beside);
  if (envoysOnly && !envoyPhrase(cl.patient) && !beside) return;
  const last = lastSummoner.get(c);
  // No summoner named, or a ministry named without its country: the state the summons happens in
  // ("summoned in Tallinn", "the Foreign Ministry in Seoul") or the one the envoy is posted to ("the
  // Russian ambassador to Estonia was summoned"); else the summoner last named. A passive that names no
  // summoner takes the state of the one last named (the real pages' gold gives the country: "Pakistan's
  // envoy was summoned" after "India's foreign ministry …" is India's summons).
  const unnamed = summoners.every(isGenericBody);
  const host = hostState(h, actor, unnamed);
  // A passive reported by someone ("X said the ambassador had been summoned"): the reporter's state.
  // Or by the sentence's frame ("…, Japan's foreign ministry said"; "According to X, …").
  const reporter =
    cl.passive && cl.patient && (!summoners.length || unnamed)
      ? ((!summoners.length ? reporterOf(c, s, cl.patient.start) : undefined) ??
        framedReporter(c, s, at, end, summoned))
      : undefined;
  // Else the state the envoy summoned is posted to ("the federal government has summoned X, United States
  // ambassador to Nigeria", "the Russian ambassador to Estonia was summoned"); not in a headline ("Envoy
  // summoned": a first line with no full stop), whose summoner the text names.
  const headline = s === c.sents[0] && !/[.!?]["”’]?\s*$/.test(c.work.slice(s.start, s.end));
  const posted =
    unnamed && !headline
      ? (summoned.map((e) => postedIn(c, e)).find((x) => x) ?? appositionPosting(h, cl.patient))
      : undefined;
  if (host) summoners = [host];
  else if (reporter) summoners = [reporter];
  else if (posted) summoners = [posted];
  else if (last && cl.passive && !summoners.length) summoners = [stateOf(c, last)];
  else if (last && summoners.length && summoners.every(isGenericBody)) summoners = [last];
  // "summoned the head of the Belarusian mission", "a counsellor from the Iranian embassy": the object
  // phrase's state when it names no one the clause reader took.
  // Not when a name stands beside the envoy ("Turkey's deputy ambassador, Onur Sen"): the envoy is the one.
  const named =
    cl.patient && /^\s*,\s+\p{Lu}[\p{L}'’.-]+\s+\p{Lu}/u.test(c.work.slice(cl.patient.end, s.end));
  // "summoned diplomats representing France, Germany and Italy": each state listed.
  const listed = summoned.length || named || cl.passive ? [] : listedStaffStates(h, cl.patient, summoners);
  summoned.push(...listed);
  const inObject =
    summoned.length || named ? undefined : objectPhraseState(h, cl.patient, summoners, !!cl.passive);
  if (inObject) summoned.push(inObject);
  // "summoned the High Commissioner of Kenya", "a representative of the Embassy of Chile": that state.
  const ofState = summoned.length || cl.passive || of ? undefined : envoyOfState(c, end, s.end);
  if (ofState && !summoners.includes(ofState)) summoned.push(ofState);
  if (!summoners.length && !summoned.length) return;
  if (summoners.length) lastSummoner.set(c, summoners[summoners.length - 1]!);
  const whom = summoned[0];
  // An envoy named beside a role whose country was summoned before ("Austria summons Russian ambassador",
  // then "… the Russian ambassador to the country, Mikhail Ulyanov"): that summons.
  const owner = cl.patient?.owners.length === 1 ? ownerEntity(c, cl.patient.owners[0]!) : undefined;
  const told = keysTold.get(c) ?? new Set<string>();
  keysTold.set(c, told);
  noteEnvoys(c, cl.patient, summoned);
  // Several states that each summon envoys in their own capital ("Ghana, Botswana and South Africa have
  // all summoned US ambassadors"): one summons each, as each state's recall or expulsion is its own.
  // One state's summoners together ("the ministry and Vice Minister Y summoned X") make one summons.
  const states = new Set(summoners.map((e) => stateOf(c, e)));
  const each =
    summoners.length > 1 &&
    states.size === summoners.length &&
    summoners.every((e) => e.type === 'Place' && isCountry(e.name)) &&
    summoned.every((e) => e.type === 'Place');
  for (const group of each ? summoners.map((e) => [e]) : [summoners]) {
    // Whoever summons them, an envoy or a country's envoys are summoned once ("the ministry summoned X",
    // "Vice Minister Y summoned X").
    const state = group[0] ? stateOf(c, group[0]).id : '?';
    const key =
      summoned.length === 1 && whom!.type === 'Person'
        ? owner && told.has(`summons:${state}>${owner.id}`)
          ? `summons:${state}>${owner.id}`
          : `summons:*>${whom!.id}`
        : `summons:${state}>${whom?.id ?? '?'}`;
    told.add(key);
    const participants: EvOut['participants'] = [
      ...group.map((e) => ({ entity: e, role: 'summoner' })),
      ...summoned.map((e) => ({ entity: e, role: 'summoned' })),
    ];
    const e = h.event({ participants, main: whom ?? group[0]!, key });
    for (const by of group)
      for (const t of summoned) {
        h.relation(by, 'SUMMONED', t, { event: e });
        if (t.type === 'Place' && (unnamedEnvoy(cl.patient) || oneUnnamedDiplomat(cl.patient)))
          markUnnamedEnvoy(e.relations[e.relations.length - 1], unnamedEnvoy(cl.patient));
      }
  }
}

const MISSION = /\b(?:embassy|mission|consulate)\b/i;

const POSTED_TO = new RegExp(
  String.raw`^\s*,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?${HEAD_OF_MISSION}\s+(?:to|in)\s+(?:the\s+)?`,
  'iu',
);

/** The state named in an envoy's apposition: "X, United States ambassador to Nigeria," (Nigeria). */
function appositionPosting(h: RuleHit, np: NounPhrase | undefined): Entity | undefined {
  if (!np?.entities.some((e) => e.type === 'Person')) return undefined;
  const to = POSTED_TO.exec(h.c.work.slice(np.end, Math.min(h.s.end, np.end + 80)));
  const m = to ? h.c.firstAfter(np.end + to[0].length, h.s.end, ['Place']) : undefined;
  if (!m || m.start !== np.end + to![0].length) return undefined;
  const state = stateOf(h.c, m.entity);
  return state.type === 'Place' && isCountry(state.name) ? state : undefined;
}

const GENERIC_BODY =
  /^(?:the\s+)?(?:foreign ministry|ministry of foreign affairs|foreign office|ministry|government|presidency)$/i;
const IN_PLACE = /^\s+in\s+(?:the\s+)?$/;

/**
 * The state a summons with no summoner named happens in: a place after "summoned in" or after the
 * ministry summoned to or summoning ("summoned to the foreign ministry in Vilnius", "the Foreign Ministry
 * in Seoul"), else the state the one summoned is posted to ("the Russian ambassador in Tallinn",
 * "Japan's envoy to China", an envoy the article posts). A ministry of that state the article names
 * ("the South Korean Foreign Ministry") stands for it when the ministry summons.
 */
function hostState(h: RuleHit, actor: NounPhrase | undefined, unnamed: boolean): Entity | undefined {
  const { c, s, end } = h;
  const placeAt = (pos: number) => {
    const m = c.firstAfter(pos, Math.min(s.end, pos + 60), ['Place']);
    return m && IN_PLACE.test(c.work.slice(pos, m.start)) ? m.entity : undefined;
  };
  // "summoned in X", "summoned to the (foreign) ministry in X".
  const to = /^(?:\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ministry|office|department)\b)?/iu.exec(
    c.work.slice(end, s.end),
  );
  // A summoner phrase that names a ministry without its country ("the Foreign Ministry", even when the
  // entity step took it for the ministry named before).
  const bodyAt =
    actor && (!actor.entities.length || GENERIC_BODY.test(c.work.slice(actor.start, actor.end)))
      ? actor.end
      : undefined;
  // A ministry summoned to or summoning stands for its state when the article names it.
  const byBody = (toBody: string) =>
    (actor?.entities.length ?? 0) > 0 || bodyAt !== undefined || /ministry|office|department/i.test(toBody);
  const where = placeAt(end + to![0].length) ?? (bodyAt !== undefined ? placeAt(bodyAt) : undefined);
  // An explicit place overrides a ministry the phrase does not name ("the Foreign Ministry in Seoul" is
  // not the ministry named last).
  if (where && (unnamed || bodyAt !== undefined)) {
    // Only a country or a capital says whose summons it is ("summoned in Goa" says nothing).
    const country = CAPITALS[where.name.toLowerCase()] ?? (demonymOf(where.name) ? where.name : undefined);
    const state = country ? stateOf(c, where) : undefined;
    if (!state || state.type !== 'Place') return undefined;
    return (byBody(to![0]) && ministryOf(c, country!)) || state;
  }
  return undefined;
}

/** The ministry of a country the article names ("the South Korean Foreign Ministry"). */
function ministryOf(c: Ctx, country: string): Entity | undefined {
  return c.idx.entities.find(
    (e) =>
      e.type === 'Organization' && countryOfBody(e) === country && /ministry|foreign office/i.test(e.name),
  );
}

const DIPLOMAT_TITLE = /\b(?:ambassador|envoy|high commissioner|charg[ée]|diplomat|consul|attach[ée])/i;

/** Whether a phrase names envoys: its head says so ("the Russian ambassador") or each person it names is one. */
function envoyPhrase(np: NounPhrase | undefined): boolean {
  if (!np) return false;
  return (
    (!!np.head && ENVOY_HEAD.test(np.head.toLowerCase())) ||
    (np.entities.length > 0 &&
      np.entities.every((e) => e.type === 'Person' && (!!e.envoy || DIPLOMAT_TITLE.test(e.title ?? ''))))
  );
}

/**
 * A passive without its auxiliary, as headlines and participle clauses write it: "Chinese
 * representative summoned to the ministry", "Ambassadors of the UK and France summoned to …", "with the
 * British ambassador summoned because of …". An envoy as the subject of "summoned" with no object after
 * it is the one summoned, not the summoner.
 */
function reducedPassive(h: RuleHit, cl: Clause): Clause {
  const np = cl.actor;
  if (cl.passive || !np) return cl;
  if (!envoyPhrase(np)) return cl;
  if (!/^summoned$/.test(h.c.work.slice(h.at, h.end))) return cl;
  const next = h.c.work.slice(h.end, h.s.end);
  if (
    !/^(?:\s+(?:to|by|over|because|for|after|on|in|at|amid|following|earlier|last|yesterday|today)\b|\s*[:.,;]|\s*$)/.test(
      next,
    )
  )
    return cl;
  return { passive: true, patient: cl.actor, actor: undefined };
}

/** What a summons does, said of the meeting that holds it. */
const PROTEST =
  /\b(?:representations?|protest(?:ed|s)?|d[ée]marches?|regret|concerns?|dissatisfaction|complain\w*|summon\w*|reprimand\w*|warn\w*|objection)\b/i;

/**
 * A summons is held as a meeting ("made representations in a meeting with X", "during his meeting with the
 * vice minister"): a meeting of two persons, one of them summoned, is that summons, no meeting of its own,
 * and the other one holds it, a summoner (with no SUMMONED of their own), when the meeting's sentence says
 * what a summons does. Keeps every other event.
 */
export function withoutSummonsMeetings(events: EvOut[]): EvOut[] {
  const summonses = events.filter((e) => e.type === 'summons');
  if (!summonses.length) return events;
  const held = (m: EvOut) => {
    const persons = m.participants.map((p) => p.entity);
    if (persons.length !== 2 || persons.some((p) => p.type !== 'Person')) return false;
    for (const s of summonses)
      for (const [a, b] of [persons, [...persons].reverse()] as [Entity, Entity][]) {
        const roleOf = (e: Entity) => s.participants.find((p) => p.entity === e)?.role;
        if (roleOf(a) !== 'summoned' || roleOf(b) === 'summoned') continue;
        if (a.nationality && a.nationality === b.nationality) continue;
        // The holder is of the summoning side, a meeting on another day is another meeting, and the
        // meeting's sentence says what a summons does (protest, representations, regret, a warning).
        const sides = s.participants.filter((p) => p.role === 'summoner').map((p) => p.entity.name);
        if (b.nationality && sides.length && !sides.includes(b.nationality)) continue;
        if (m.date && s.date && m.date !== s.date) continue;
        if (!m.evidence.some((x) => PROTEST.test(x.text))) continue;
        if (!roleOf(b)) s.participants.push({ entity: b, role: 'summoner' });
        return true;
      }
    return false;
  };
  return events.filter((e) => e.type !== 'meeting' || !held(e));
}

/**
 * A note handed to an envoy who is summoned ("handed a note of protest to the ambassador X", then "X was
 * invited to the ministry, where he was handed the note") is the summons' note, no letter of its own (the
 * real pages' gold codes such a note as the summons only). Keeps every other event.
 */
export function withoutSummonsNotes(events: EvOut[]): EvOut[] {
  const summoned = new Set(
    events
      .filter((e) => e.type === 'summons')
      .flatMap((e) => e.participants.filter((p) => p.role === 'summoned').map((p) => p.entity)),
  );
  if (!summoned.size) return events;
  const note = (e: EvOut) =>
    e.type === 'letter' &&
    e.evidence.some((x) => /\bnotes?\b/i.test(x.text)) &&
    e.participants.some((p) => p.role === 'recipient' && summoned.has(p.entity));
  return events.filter((e) => !note(e));
}
