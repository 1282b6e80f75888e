// Recalls and travel: an envoy recalled (or withdrawn, or invited home for consultations, or told to
// return), and people returning (envoys named only by their state: the state returns), leaving, arriving
// and visiting (everyone a coordinated subject names arrives: "A and B arrived in P"; "arrived on a visit
// to P" with no other place arrives in P). RECALLED, RETURNED_TO, DEPARTED_FROM, DEPARTED_FOR, LEFT,
// ARRIVED_IN, VISITED.
import { clauseEnd, isPassive, namedEnvoy } from '../clauses/clause.js';
import { demonymsAt } from '../clauses/mention-lists.js';
import {
  listAfter,
  mentionEndingAt,
  ownerEntity,
  phraseAt,
  type NounPhrase,
} from '../clauses/noun-phrase.js';
import { mainSubject, reporterOf } from '../clauses/subject.js';
import type { Ctx } from '../context.js';
import { HEAD_OF_MISSION, HEAD_OF_MISSION_CASED } from '../role-nouns.js';
import type { Entity } from '../entities/index.js';
import { P, PL, placeAfter, traveller, travellers } from './arguments.js';
import { arrivalPlaces } from './arrival-places.js';
import { visitPlaces } from './arrival-visit-places.js';
import { datelineCountry, datelinePlace, roleTraveller } from './arrivals-visits.js';
import { hostCountry, THE_COUNTRY } from './host-country.js';
import { markRecallOfOwnHead, noteEnvoys, unnamedEnvoy } from './envoys.js';
import { officialState } from './official-states.js';
import { passiveRecalledFrom } from './passive-recalled-from.js';
import { visitEach } from './visit-destinations.js';
import { leaderRecaller } from './recall-leaders.js';
import type { EventRule, RuleHit } from './hit.js';
import { actorsOf, clauseOf, entitiesOf, nominalClause, STATE, stateOf } from './parties.js';
import type { EvOut } from './types.js';
import { visitingGuestEvent } from './visiting-guests.js';
import { REPORTING_THAT, sayingAlternation } from '../saying-verbs.js';
/** A verb of saying right before a pronoun subject ("X said (that) he …"). */
const SAID_BEFORE_ACTOR = new RegExp(String.raw`\b(?:${sayingAlternation(REPORTING_THAT)})\s+(?:that\s+)?$`);

/** The recall the hit matched: who recalls, the envoy phrase, and whether the recaller is left out. */
function readRecall(h: RuleHit): { actor?: NounPhrase; patient?: NounPhrase; implied: boolean } {
  const { c, s, at, end } = h;
  const word = c.work.slice(at, end);
  // "the recall of Ambassador X", "announced the recall of X": the patient after "of".
  if (/^(?:recall|return)\s+of$/.test(word)) {
    const { actor, patient, implied } = nominalClause(h, end);
    return { actor, patient, implied };
  }
  const cl = clauseOf(h, STATE);
  // "while also announcing its decision to withdraw …": a participle chain takes the main subject.
  const chain = /\b(?:while|by|after|before|when|in|of)\s+(?:also\s+)?\p{Ll}+ing\b[^,;]*$/u.test(
    c.work.slice(s.start, at),
  );
  const actor = cl.actor ?? (!cl.passive && chain ? mainSubject(c, s, at, STATE) : undefined);
  return { actor, patient: cl.patient, implied: cl.passive && !cl.actor };
}

const lastRecaller = new WeakMap<Ctx, Entity>();

/** An act demanded or urged of someone ("demanded that Vilnius withdraw its envoy"), not done. */
export function demanded(h: RuleHit): boolean {
  return /\b(?:demand(?:ed|s|ing)?|urg(?:ed|es|ing)|call(?:ed|s|ing)? on|ask(?:ed|s|ing)|want(?:s|ed)?|press(?:ed|es|ing))\s+(?:that\s+)?(?:\S+\s+){1,5}?(?:to\s+)?$/.test(
    h.c.work.slice(Math.max(h.s.start, h.at - 60), h.at),
  );
}

/** Whether the recalled person heads the mission: an ambassador, envoy or high commissioner, no deputy. */
function heads(np: NounPhrase | undefined, p: Entity): boolean {
  if (np?.deputy || /\b(?:deputy|acting|charg)/i.test(p.title ?? '')) return false;
  return /^(?:ambassadors?|envoys?|high commissioners?|top diplomats?)$/.test(np?.head ?? '') || !!p.envoy;
}

/**
 * "instructed Ambassador X to return", "ordered its envoy to return home", "instructed the Mexican
 * Ambassador to Bolivia, María Teresa Mercado, to return": an envoy (named in an apposition or not) told to
 * come back.
 */
const ENVOY_TO_RETURN = String.raw`(?:(?:the|its|their|his|her|our)\s+)?(?:[\p{L}'’.-]+\s+){0,3}${HEAD_OF_MISSION_CASED}\b(?:\s+[\p{L}'’.-]+){0,4}?(?:,(?:\s+\p{Lu}[\p{L}'’.-]*){1,4},)?\s+to\s+return\b(?!\s+(?:the|a|an|his|her|its|their)\s)`;
/** "ordered the return of the acting ambassador": the envoy after "of". */
const ENVOY_TO_RETURN_NOUN = String.raw`(?:(?:the|its|their|his|her|our)\s+)?(?:[\p{L}'’.-]+\s+){0,3}${HEAD_OF_MISSION}\b`;

/**
 * "recalled the friendship", "recalled that the treaty …", "recalled his meeting with X": a verb of
 * remembering, whose object names no one and is no envoy, mission or staff.
 */
function remembers(h: RuleHit, patient: NounPhrase | undefined): boolean {
  const { c, s, at, end } = h;
  if (!/^recall(?:ed|ing|s)?$/.test(c.work.slice(at, end)) || isPassive(c, s, at, end)) return false;
  if (patient?.entities.length || patient?.pronoun) return false;
  const rest = /^[^,.;:!?]{0,70}/.exec(c.work.slice(end, s.end))![0];
  if (/^\s+(?:that|how|when|what|why|whether)\b/.test(rest)) return true;
  if (/^\s+(?:him|her|them|it)\b/.test(rest) || c.inRange(end, end + rest.length).length) return false;
  return !rest.split(/\s+/).some((w) => ENVOYISH.test(w.toLowerCase()) || /^consultation/i.test(w));
}

/** Words of what a state recalls (one word of the phrase each): its envoys, diplomats, mission or staff. */
const ENVOYISH =
  /^(?:ambassadors?|envoys?|commissioners?|diplomats?|chargés?|charges?|consuls?(?:-general)?|representatives?|heads?|chiefs?|staff|missions?|personnel|officials?|delegations?|emissar(?:y|ies)|attach[eé]s?|team)$/;

export const recall: EventRule = {
  id: 'events/recalls-returns:recall',
  type: 'recall',
  re: new RegExp(
    String.raw`\b(?:recall(?:ed|ing|s)?(?:\s+of\b)?|call(?:ed|ing|s)?\s+back|(?:withdr(?:ew|awn|aws|awing|aw)|pull(?:ed|s|ing)?(?:\s+out|\s+back)?)\b(?=\s+(?:its|his|her|their|the)\s+(?:own\s+)?(?:[Ee]nvoys?|[Aa]mbassadors?|[Hh]igh [Cc]ommissioner|diplomats|diplomatic staff|top diplomat))|summon(?:ed|s|ing)? (?:its|his|her|their) ${HEAD_OF_MISSION_CASED}|invited to \p{Lu}\p{L}+ for consultations|call(?:ed|s|ing)?\b(?=[^.;]{0,140}\bfor consultations?\b)|(?:instruct|order|direct|ask)(?:ed|s|ing)?\b(?=\s+${ENVOY_TO_RETURN})|(?<=\b(?:order(?:ed|s|ing)?|announc(?:ed|es|ing)|decided on)\s+the\s+)return\s+of\b(?=\s+${ENVOY_TO_RETURN_NOUN}))`,
    'gu',
  ),
  run(h) {
    const { c, s, at } = h;
    const { actor, patient, implied } = readRecall(h);
    if (remembers(h, patient)) return;
    let recallers = actorsOf(c, actor, STATE, { at });
    // "as he announced the recall": a leader recalls for his state; a minister named as the subject,
    // whose state the text does not give, recalls a named envoy himself ("Minister X recalled Ambassador Y").
    const named = !actor?.role && entitiesOf(c, patient, ['Person'], { envoys: true, at }).length > 0;
    if (!recallers.length && actor)
      recallers = actorsOf(c, actor, ['Person'], { at })
        .map((p) => stateOf(c, p))
        .filter((e) => e.type !== 'Person' || (named && !e.nationality && actor.entities.includes(e)));
    // "Colombia's president Gustavo Petro said he had recalled …": the state of the official the pronoun
    // stands for, read from the subject of the verb of saying.
    if (!recallers.length && (actor?.pronoun === 'he' || actor?.pronoun === 'she')) {
      const said = SAID_BEFORE_ACTOR.exec(c.work.slice(s.start, actor.start));
      const st = said ? officialState(c, s, s.start + said.index) : undefined;
      if (st) recallers = [st];
    }
    const last = lastRecaller.get(c);
    // Left out: an envoy is recalled by the state that sent them, else by the recaller last named.
    const origin = entitiesOf(c, patient, ['Person'], { envoys: true, at })
      .map((p) => (p.envoy?.origin ? c.idx.countryEntity(p.envoy.origin) : undefined))
      .find((x) => x);
    const reporter = implied ? reporterOf(c, s, at) : undefined;
    if (!recallers.length && reporter && reporter.type !== 'Person') recallers = [reporter];
    if (!recallers.length && implied && origin) recallers = [origin];
    // "India's High Commissioner X was called back": the envoy's own state; "X was called to New Delhi
    // for consultations": the state of the capital the envoy is called to.
    if (!recallers.length && implied) {
      const titled = patient
        ? /['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}$/u.exec(c.work.slice(s.start, patient.start))
        : null;
      const possessor = titled ? mentionEndingAt(c, s.start, s.start + titled.index) : undefined;
      const own =
        patient?.owners.map((o) => ownerEntity(c, o)).find((e) => e.type === 'Place') ??
        (possessor?.entity.type === 'Place' ? possessor.entity : undefined);
      const to = /^(?:\s+(?:back|home|\p{Ll}+ly))?\s+to\s+/u.exec(c.work.slice(h.end, s.end));
      const dest = to ? c.firstAfter(h.end + to[0].length, h.end + to[0].length + 30, ['Place']) : undefined;
      const capital = dest && dest.start === h.end + to![0].length ? stateOf(c, dest.entity) : undefined;
      const state = own ? stateOf(c, own) : capital !== dest?.entity ? capital : undefined;
      if (state) recallers = [state];
    }
    if (!recallers.length && implied && last) recallers = [last];
    // "its ambassador", "their envoys": the recaller's own.
    const persons = entitiesOf(c, patient, ['Person'], { envoys: true, at });
    if (
      !persons.length &&
      patient?.head &&
      patient.possessed &&
      !patient.deputy &&
      !/s$/.test(patient.head)
    ) {
      const own = recallers.length === 1 ? namedEnvoy(c, stateOf(c, recallers[0]!), true) : undefined;
      if (own) persons.push(own);
    }
    // "the ambassador" matched to the one envoy the article names: not when a state recalls another's.
    if (patient?.role && recallers.length)
      for (let i = persons.length - 1; i >= 0; i--)
        if (persons[i]!.envoy?.origin !== stateOf(c, recallers[0]!).name) persons.splice(i, 1);
    // Several recallers of "ambassador": each its own, so only envoys known to be theirs.
    if (recallers.length > 1 && !patient?.entities.length) persons.length = 0;
    // Where the envoy was posted: "its ambassador to Israel", "its ambassadors to the US and Israel".
    let postings = patient?.postings ?? [];
    // "recalling Antonov from Washington": where the envoy was recalled from ("to" is where they go).
    if (patient && !postings.length && /^\s+from\s/.test(c.work.slice(patient.end, patient.end + 6)))
      postings = entitiesOf(
        c,
        phraseAt(c, patient.end + /^\s+\S+\s/.exec(c.work.slice(patient.end))![0].length, s.end),
        ['Place'],
      );
    // "Ambassador X was recalled from Hanoi": after the verb in the passive (passive-recalled-from.ts).
    const passiveFrom = patient && !postings.length ? passiveRecalledFrom(c, s, at, h.end) : undefined;
    if (passiveFrom) postings = [passiveFrom];
    postings = postings.map((p) => stateOf(c, p));
    const leader =
      recallers.length || persons.length ? undefined : leaderRecaller(c, actor, patient, at, h.end, last);
    if (leader) recallers = [leader]; // "President X recalled all Nigeria's ambassadors"
    if (!recallers.length && !persons.length) return;
    if (heads(patient, persons[0] ?? recallers[0]!)) noteEnvoys(c, patient, persons);
    if (demanded(h)) return;
    if (recallers.length) lastRecaller.set(c, recallers[recallers.length - 1]!);
    for (const by of recallers.length ? recallers : [undefined]) {
      const participants: EvOut['participants'] = [];
      if (by) participants.push({ entity: by, role: 'recaller' });
      for (const p of persons) participants.push({ entity: p, role: 'recalled' });
      for (const p of postings) if (p !== by) participants.push({ entity: p, role: 'recalled-from' });
      const from =
        postings[0] ?? (persons[0]?.envoy?.target ? c.idx.countryEntity(persons[0].envoy.target) : undefined);
      const key = by ? `recall:${stateOf(c, by).id}>${from?.id ?? '?'}` : `recall:?>${persons[0]?.id ?? '?'}`;
      const e = h.event({ place: postings[0], participants, main: persons[0] ?? by!, key });
      // "recalling its ambassador to Israel": the person another clause names as recalled heads that mission.
      if (!persons.length && by && unnamedEnvoy(patient)) markRecallOfOwnHead(e);
      for (const p of persons) if (by) h.relation(by, 'RECALLED', p, { event: e });
    }
    void s;
  },
};

export const returnHome: EventRule = {
  id: 'events/recalls-returns:return',
  type: 'return',
  re: /\b(?:returned|returns|returning|return|arrived back|arrives back|heading back|heads back|headed back|flew back|came back|back to (?:his|her) post|resum(?:ed|es|ing) (?:his|her|their) (?:duties|post))\b/g,
  run(h) {
    const { c, s, at, end } = h;
    if (/\b(?:should|would|will|to|could|may|might)\s+$/i.test(c.work.slice(Math.max(s.start, at - 10), at)))
      return;
    if (/^\s+(?:ambassadors|envoys|diplomats)\b/.test(c.work.slice(end, end + 14))) return;
    // "ordered the return of the ambassador" is a recall (the recall rule), no one's journey.
    if (
      /\b(?:order(?:ed|s|ing)?|announc(?:ed|es|ing)|decided on)\s+the\s+$/.test(c.work.slice(s.start, at)) &&
      /^\s+of\b/.test(c.work.slice(end, end + 4))
    )
      return;
    const who = traveller(c, s, at);
    const dest =
      placeAfter(c, end, s.end, /^\s*(?:back\s+)?(?:to|in|into|home to)\b/) ??
      placeAfter(c, end, s.end, /^\s+to (?:his|her) post in\b/);
    if (who?.type !== 'Person' && unnamedEnvoysReturn(h, dest)) return;
    if (!who) return;
    const e = h.event({ place: dest, participants: [{ entity: who, role: 'traveller' }], main: who });
    const target = dest
      ? dest
      : c.theCountry(s, []) && /\bto the country\b/.test(c.work.slice(end, end + 20))
        ? c.theCountry(s, [])
        : undefined;
    if (target) h.relation(who, 'RETURNED_TO', target, { event: e });
  },
};

/** "The Italian ambassador", "the French and German ambassadors", "A Swedish diplomatic team" as a subject. */
const UNNAMED_ENVOYS =
  /\b(?:[Tt]he|[Aa]n?)\s+(\p{Lu}\p{L}+(?:(?:,\s*|,?\s+and\s+)\p{Lu}\p{L}+)*)\s+(?:ambassadors?|envoys?|high commissioners?|diplomats|diplomatic (?:team|staff|corps|mission))\s+(?:(?:has|have|had|will|would|also|be|been|is|are|was|were|then|later)\s+){0,4}$/u;

/**
 * The return of envoys the sentence names only by their state ("The Italian ambassador resumed his duties",
 * "The French and German ambassadors will also be returning to Tehran"): one return for each state, the
 * state its sender, RETURNED_TO the place gone back to. Whether it read one.
 */
function unnamedEnvoysReturn(h: RuleHit, dest: Entity | undefined): boolean {
  const { c, s, at } = h;
  const m = UNNAMED_ENVOYS.exec(c.work.slice(s.start, at));
  if (!m) return false;
  const from = s.start + m.index + m[0].indexOf(m[1]!);
  const dems = demonymsAt(c, from, from + m[1]!.length);
  if (!dems || dems.end !== from + m[1]!.length) return false;
  for (const o of dems.owners) {
    const state = ownerEntity(c, o);
    if (state === dest) continue;
    const e = h.event({
      place: dest,
      participants: [{ entity: state, role: 'sender' }],
      main: state,
      key: `return:${state.id}>${dest?.id ?? '?'}`,
    });
    if (dest) h.relation(state, 'RETURNED_TO', dest, { event: e });
  }
  return true;
}

export const departure: EventRule = {
  id: 'events/recalls-returns:departure',
  type: 'departure',
  re: /\b(?:left|leaving|leaves|departed|departing|departs|took off|takeoff|take-off|flew out|set off)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const who = traveller(c, s, at);
    if (!who) return;
    const from = placeAfter(c, end, s.end, /^[^;]{0,80}?\bfrom\b/) ?? placeAfter(c, end, s.end, /^\s*in\b/);
    const forP = placeAfter(c, end, s.end, /^\s*(?:for|to)\b/);
    const direct = /^(?:left|leaving|leaves)$/.test(c.work.slice(at, end))
      ? c.firstAfter(end, Math.min(s.end, end + 30), PL)
      : undefined;
    const directOk =
      direct && /^\s*(?:the\s+)?$/.test(c.work.slice(end, direct.start)) ? direct.entity : undefined;
    if (!from && !forP && !directOk && !/took off|takeoff|departed/.test(c.work.slice(at, end))) return;
    const e = h.event({
      place: from ?? directOk,
      participants: [{ entity: who, role: 'traveller' }],
      main: who,
    });
    if (from) h.relation(who, 'DEPARTED_FROM', from, { event: e });
    if (forP) h.relation(who, 'DEPARTED_FOR', forP, { event: e });
    if (directOk) h.relation(who, 'LEFT', directOk, { event: e });
  },
};

/** Between a traveller and "touched down": auxiliaries and adverbs only. */
const TOUCH_GAP = /^(?:\s+(?:has|had|have|was|also|then|finally|\p{Ll}+ly))*\s+$/u;

/** A state's leader the text does not name, opening the sentence: "The president of Turkmenistan was …". */
const LEADER_OF =
  /^\W*(?:The\s+)?(?:president|prime minister|premier|leader|king|emir|chancellor|head of state|foreign minister)\s+of\s+(?:the\s+)?$/i;

/** The state whose unnamed leader opens the sentence before `at` (its place mention right after "of"). */
function leaderOfState(c: Ctx, from: number, at: number): Entity | undefined {
  const m = c.inRange(from, at, PL)[0];
  if (!m || !LEADER_OF.test(c.work.slice(from, m.start))) return undefined;
  // ("President of Argentina Macri arrives": the leader is named.)
  const named = c.inRange(m.end, at, P).length || /^\s+\p{Lu}/u.test(c.work.slice(m.end, at));
  return named ? undefined : m.entity;
}

export const arrival: EventRule = {
  id: 'events/recalls-returns:arrival',
  type: 'arrival',
  // ("the first head of state to touch down in Xian": the first or last to arrive did arrive.)
  re: /\b(?:arrived|arrives|arriving|landed|lands|landing|touched down|touches down|touching down|(?<=\b(?:first|last)\s[^.;,]{0,40}\bto\s)(?:arrive|land|touch down))\b(?!\s+back)/g,
  guard: { words: ['arriv', 'land', 'touch'] },
  run(h) {
    const { c, s, at, end } = h;
    const who = [...travellers(c, s, at)]; // "A and B arrived": both
    const role = who.length ? undefined : roleTraveller(c, s, at);
    if (role) who.push(role);
    const leader = who.length ? undefined : leaderOfState(c, s.start, at);
    if (leader) who.push(leader);
    if (!who.length) return;
    // ("soon after Air Force One touched down": an aircraft touches down; the traveller must be the subject
    // right before it, or the first or last "to touch down".)
    if (/^touch/.test(c.work.slice(at, end)) && !/\bto $/.test(c.work.slice(s.start, at))) {
      const last = c.inRange(s.start, at, undefined).pop();
      if (!last || !who.includes(last.entity) || !TOUCH_GAP.test(c.work.slice(last.end, at))) return;
    }
    // Places up to the clause's end, or to the purpose of the trip ("on a state visit to India", "for").
    const places = arrivalPlaces(c, s, end);
    // "New Delhi, Feb 17: X arrived here": the dateline's city.
    if (!places.length && /^\s+here\b/.test(c.work.slice(end, s.end))) {
      const city = datelinePlace(c, at);
      if (city) places.push(city);
    }
    // "arrived on a two-day visit to China": with no other place, the place of the visit (arrival-visit-places.ts).
    if (!places.length) places.push(...visitPlaces(c, s, end));
    // "X arrived in the (neighbouring) country": the story's host country, when one is clear (host-country.ts).
    const host =
      !places.length && THE_COUNTRY.test(c.work.slice(end, s.end)) ? hostCountry(c, at) : undefined;
    if (host) places.push(host);
    const e = h.event({
      place: places[places.length - 1],
      participants: who.map((x) => ({ entity: x, role: 'traveller' })),
      main: who[0]!,
    });
    for (const x of who)
      for (const p of new Set<Entity>(places)) h.relation(x, 'ARRIVED_IN', p, { event: e });
  },
};

const REGION =
  /^(?:the\s+)?(?:Africa|Europe|Asia|Latin America|South America|North America|Central America|Middle East|Central Asia|South Asia|Southeast Asia|East Asia|Gulf|Balkans|Caribbean|Oceania|Pacific|Indo-Pacific|Sahel|Horn of Africa)$/i;

/** Before the place visited: "the", or the kind of place it is ("the province of", "the city of"). */
const PLACE_GAP =
  /^\s*(?:the\s+)?(?:(?:province|region|city|state|island|town|county|district|governorate|prefecture|capital)\s+of\s+(?:the\s+)?)?$/i;

export const visit: EventRule = {
  id: 'events/recalls-returns:visit',
  type: 'visit',
  // Verbs and the noun: "X's first visit to P", "during his working visit to P", "a visit to P by X".
  re: /\b(?<!['’])(?:visited|visits|visiting|toured|tours|paid a visit to|(?:[\p{Ll}-]+\s+){0,2}(?:visit|trip)\s+to|(?:[\p{Ll}-]+\s+){0,2}tour\s+of)\b/gu,
  guard: { words: ['visit', 'tour', 'trip'] },
  run(h) {
    const { c, s, at, end } = h;
    // Plans are no visits: "will visit", "an upcoming (two-day) visit to", "plans a visit to", an invitation
    // "to pay a visit to".
    const lead = c.work.slice(Math.max(s.start, at - 30), end);
    if (
      /\b(?:will|would|to|plans?|planned|upcoming|forthcoming|expected|scheduled|proposed|possible|next)\s+(?:\p{Ll}+\s+)?(?:visit|visits|trip)\b|\b(?:upcoming|forthcoming|planned|proposed|possible|next)\s+(?:[\p{Ll}\d-]+\s+){1,2}(?:visit|trip)\b|\bto\s+(?:pay|make)\s+(?:a|an)\s+(?:[\p{Ll}\d-]+\s+){0,2}visit\b/u.test(
        lead,
      )
    )
      return;
    if (visitingGuestEvent(h)) return; // "called on visiting Xland's President A": A visits
    const by = /^\s+(?:the\s+)?[^,;.]{0,40}?\s+by\s+/.exec(c.work.slice(end, s.end));
    const agent = by
      ? c.firstAfter(end + by[0].length - 1, Math.min(s.end, end + by[0].length + 40), P)
      : undefined;
    const who = agent && agent.start === end + by![0].length ? agent.entity : traveller(c, s, at);
    const where = c.firstAfter(end, Math.min(s.end, end + 45), ['Place']);
    if (!who || !where || !PLACE_GAP.test(c.work.slice(end, where.start))) return;
    // "Luanda, Angola – X embarked on his first visit to Africa": a visit to a region is to the country
    // the article is datelined in.
    const line = REGION.test(where.entity.name) ? datelinePlace(c, s.end) : undefined;
    const country = line && datelineCountry(c, line);
    const inCountry = country && country !== where.entity && country !== who ? country : undefined;
    const list = inCountry ? [] : listAfter(c, where, clauseEnd(c, s, where.end));
    if (visitEach(h, who, list)) return; // "visiting Tonga and the Cook Islands": one visit each
    const e = h.event({
      place: inCountry ?? where.entity,
      participants: [{ entity: who, role: 'visitor' }],
      main: who,
    });
    if (inCountry) return h.relation(who, 'VISITED', inCountry, { event: e });
    // "a visit to Osaka, Japan": each place of the one destination (within the clause).
    for (const m of list) h.relation(who, 'VISITED', m.entity, { event: e });
  },
};
