// Expulsions (EXPELLED) read from the clause: "X expelled Y", "Y was expelled (by X)", "X declared (declares,
// is declaring, decided to designate) Y persona non grata", "X moves to throw out Y", "X ordered Y to leave" (or "<staff> out"),
// "X asked N diplomats to leave", "X gave Y 48 hours to leave", "X's expulsion of Y", "X announced the
// expulsion of Y". One expulsion per coordinated expelling state ("Jordan and Chile expelled …"; "A joined B
// in expelling" and "A expelled …, joining B and the Baltic states in expelling": A and B), each other's
// diplomats expelled both ways, the expeller carried over within an article when a later clause leaves it
// out ("A and B were also ordered to leave"), or the place the expelled left in a reduced passive ("Two
// diplomats left Oslo after being declared persona non-grata"); "A retaliated (in kind) against B for
// expelling N diplomats": A's diplomats, and B's in turn when in kind; requests to leave (ASKED_TO_LEAVE).
import { isPassive } from '../clauses/clause.js';
import { previousSubjectState } from './expeller-before.js';
import { ownerEntity, phraseAt, type NounPhrase } from '../clauses/noun-phrase.js';
import { mainClausePhrase, subjectOf } from '../clauses/subject.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import { referredStates } from './expelled-anaphora.js';
import { breakdownStates, missionStaffSubject } from './expelled-breakdown.js';
import { replyTargets } from './expelled-in-reply.js';
import { noteCountedExpulsion } from './expelled-lists.js';
import { noteExpulsionPeople } from './expelled-people.js';
import { bodiesOfStates } from './expeller-bodies.js';
import { retaliationTargets, retaliator } from './expeller-retaliating.js';
import { nominalFromState } from './expulsion-from.js';
import { fromListExpellers } from './expeller-from-lists.js';
import { groupSubject, noteGroupExpulsion } from './expeller-lists.js';
import {
  bodyExpeller,
  framedExpeller,
  fromPlace,
  bareCount,
  gappedExpellers,
  locatedExpellers,
  sayingState,
} from './expulsion-gaps.js';
import { namedForeignState, objectPhraseState, paragraphStaffState } from './expelled-state.js';
import { markUnnamedEnvoy, noteEnvoys, postedIn, unnamedEnvoy } from './envoys.js';
import type { EventRule, RuleHit } from './hit.js';
import { actorsOf, ANY, clauseOf, entitiesOf, nominalClause, STATE, staffState, stateOf } from './parties.js';
import type { EvOut } from './types.js';
import { AS_STATUS, GIVING_STATUS, PERSONA_NON_GRATA } from './persona-non-grata.js';

/** "ordered <phrase> (should) be" right before "declared persona non grata". */
const ORDERED_BE =
  /\b(?:order(?:ed|s)|decided|instructed|demanded)\s+(?:that\s+)?([^.;:]{3,200}?)(,?\s+(?:should\s+|to\s+)?be\s+)$/;

/** "declared X (as) persona non grata": X, the one declared. */
const DECLARED_OBJECT = new RegExp(
  String.raw`^${GIVING_STATUS}\s+(.+?)${AS_STATUS}\s+${PERSONA_NON_GRATA}$`,
  's',
);
/** "(X were) declared (as) persona non grata": no object between. */
const DECLARED_PASSIVE = new RegExp(String.raw`^${GIVING_STATUS}(?:\s+as)?\s+${PERSONA_NON_GRATA}$`);

/** The head of a phrase naming a mission's staff. */
const STAFF_HEAD =
  /^(?:diplomats?|envoys?|ambassadors?|staff(?:ers|s)?|employees|attach[ée]s?|consuls?|personnel|charg[ée]s? d['’]affaires)$/;

/** Actor and patient phrases of the expulsion the hit matched, and whether the actor is implied. */
function readClause(h: RuleHit): {
  actor?: NounPhrase;
  patient?: NounPhrase;
  implied: boolean;
  /** The actor orders the expulsion: a person may be the expeller. */
  ordering?: boolean;
  /** Read from "have to leave": an expulsion only when staff have to leave. */
  staff?: boolean;
} {
  const { c, s, at, end } = h;
  const word = c.work.slice(at, end);
  // "declared X persona non grata", "ordered/told X to leave", "gave X 48 hours to leave", "giving 48 hours to X to leave".
  const inner =
    DECLARED_OBJECT.exec(word) ??
    /^(?:order(?:ed|s|ing)|told|tells|telling|instructed|directed|ask(?:ed|s|ing))\s+(?!out\b)(.+?)\s+(?:to leave|out of|out)$/s.exec(
      word,
    ) ??
    /^(?:gave|giv\w*)\s+(?:\d[\d.,]*|\p{Ll}+)\s+(?:hours|days|weeks)\s+to\s+(.+?)\s+to\s+leave$/su.exec(
      word,
    ) ??
    /^(?:gave|giv\w*)\s+(.+?)\s+(?:\d[\d.,]*|\p{Ll}+)\s+(?:hours|days|weeks)\s+to\s+(?:\S+\s+){0,3}?leave$/su.exec(
      word,
    );
  if (inner) {
    const from = at + word.indexOf(inner[1]!, word.indexOf(' '));
    const cl = clauseOf(h, STATE, from, from + inner[1]!.length);
    return { actor: cl.actor, patient: cl.patient, implied: false };
  }
  // "ten Russian diplomats have to leave (the country)": staff its subject names are expelled.
  if (/^(?:ha(?:ve|s|d)\s+to|must)\s+leave$/.test(word)) {
    // One envoy leaving is expelled only when the sentence says from where or by when.
    const patient = subjectOf(c, s, at) ?? missionStaffSubject(h);
    const head = patient?.head ?? '';
    const staff =
      STAFF_HEAD.test(head) &&
      (/s$|^(?:staff|personnel)$/.test(head) ||
        /^\s+(?:the country|within)\b/.test(c.work.slice(end, end + 15)));
    return { patient: staff ? patient : undefined, implied: true, staff: true };
  }
  const nominal = /^expulsions?\s+of$/.exec(word);
  if (nominal || /^expulsions?$/.test(word)) {
    // "Ethiopia's expulsion of", "announced the expulsion of", "expulsions by Prague".
    const { actor, patient, implied } = nominalClause(h, nominal ? end : undefined);
    return { actor, patient, implied };
  }
  // "X were declared persona non grata (by Y)": the subject is expelled, as with "were expelled".
  if (DECLARED_PASSIVE.test(word)) {
    // "he has ordered 10 ambassadors, including those from A, be declared …": who orders expels.
    const ordered = ORDERED_BE.exec(c.work.slice(s.start, at));
    if (ordered) {
      const verbAt = s.start + ordered.index;
      const from = verbAt + ordered[0].length - ordered[1]!.length - ordered[2]!.length;
      return {
        actor: subjectOf(c, s, verbAt),
        patient: phraseAt(c, from, from + ordered[1]!.length),
        implied: false,
        ordering: true,
      };
    }
    const cl = isPassive(c, s, at) ? clauseOf(h, STATE) : clauseOf(h, STATE, end);
    if (cl.passive) return { actor: cl.actor, patient: cl.patient, implied: true };
    return { actor: cl.actor, patient: cl.patient, implied: false };
  }
  const cl = clauseOf(h, STATE);
  // "police have been instructed to expel him": the person last named.
  const pro = /^\s+(him|her)\b/.exec(c.work.slice(end, s.end));
  const patient = pro
    ? {
        start: end,
        end: end + pro[0].length,
        entities: [],
        owners: [],
        pronoun: pro[1]! === 'him' ? 'he' : 'she',
      }
    : cl.patient;
  return { actor: cl.actor, patient, implied: cl.passive };
}

/** The country whose diplomats a phrase names, even when the phrase lists them by name. */
function patientCountry(h: RuleHit, np: NounPhrase | undefined): Entity | undefined {
  const o = np?.owners.find((x) => x.country || x.entity?.type === 'Place');
  return o ? ownerEntity(h.c, o) : undefined;
}

/** "A and B joined C (and D) in expelling": the subject of "joined" acts, and so do the states joined. */
const JOINED = /\bjoin(?:ed|s|ing)?\s+((?:\p{Lu}|the\s+|other\s+)[^,;.]{0,80}?)\s+in\s+$/u;

const GROUP_WORD = /\b(?:allies|countries|states|nations|partners|members|governments)\b/;

/** The expellers of "A joined B in expelling": A's states and B's (not a group B names: "other EU allies"). */
function joined(h: RuleHit): Entity[] | undefined {
  const { c, s, at } = h;
  const j = JOINED.exec(c.work.slice(s.start, at));
  if (!j) return undefined;
  const verbAt = s.start + j.index;
  const from = verbAt + j[0].indexOf(j[1]!, 4);
  // ", joining B in expelling": the main clause's subject joins.
  const np0 = /^joining$/.test(j[0].split(/\s/)[0]!)
    ? mainClausePhrase(c, s, verbAt)
    : subjectOf(c, s, verbAt);
  const subject = actorsOf(c, np0, STATE, { at: verbAt });
  if (!subject.length) return undefined;
  const np = phraseAt(c, from, from + j[1]!.length);
  // A group joined names no state ("other EU allies", "Germany's partners"), but a state coordinated with
  // it does ("Poland and the Baltic states").
  const others = GROUP_WORD.test(j[1]!)
    ? c
        .inRange(from, from + j[1]!.length, ['Place'])
        .filter((m) => /^\s*(?:,|and\b)/.test(c.work.slice(m.end, from + j[1]!.length)))
        .map((m) => m.entity)
    : actorsOf(c, np, STATE, { at }).filter((e) => e.type === 'Place');
  return [...subject, ...others.filter((e) => !subject.includes(e))];
}

/** The last expulsion of a state's diplomats an article told, and its sentence: one a follower repeats. */
const lastTold = new WeakMap<Ctx, { sentence: number; by: Entity[]; country: Entity }>();
export const lastExpulsionTold = (c: Ctx) => lastTold.get(c);

/** The key of the last expulsion of an article, which a clause that leaves the expeller out continues. */
const lastKey = new WeakMap<Ctx, string>();

const SINGLE_ENVOY =
  /^(?:ambassador|envoy|high commissioner|charg[ée] d['’]affaires|top diplomat|diplomat|consul)$/;

/** The country a person expelled belongs to, when the article says it (an envoy's origin). */
function personCountry(c: Ctx, e: Entity | undefined): Entity | undefined {
  const origin = e?.envoy?.origin ?? e?.nationality;
  return origin ? c.idx.countryEntity(origin) : undefined;
}

export const expulsion: EventRule = {
  id: 'events/expulsions:expulsion',
  type: 'expulsion',
  re: new RegExp(
    String.raw`\b(?:expel(?:led|s|ling)?|eject(?:ed|s|ing)?|(?:kick(?:ed|s|ing)?|thr(?:ew|own|ows|owing|ow))\s+out\b(?!\s+of\b)|(?:told|tells|telling|instructed|directed)\s+(?!(?:him|her|them|us|me|you|it|reporters|journalists|the media|the press)\b)(?:(?!(?:he|she|they|we|I|it|that|who)\b)[\p{L}\d'’.-]+\s+){1,6}?to leave(?=\s+(?:the country|within|\p{Lu}))|expulsions?(?:\s+of\b)?|(?:ha(?:ve|s|d)\s+to|must)\s+leave\b|${GIVING_STATUS}\s+(?:\S+[^\S\n]+){0,14}?${PERSONA_NON_GRATA}|order(?:ed|s|ing)\s+(?:out|to leave|(?!(?:him|her|them|us|me|you|it)\b)(?:[\p{L}\d'’.-]+(?:,(?=\s+(?:and\s+|the\s+)?(?:\p{Lu}|\d)|\s+(?:including|among them|such as)\s|\s+to leave\b))?[^\S\n]+){1,20}?(?:to leave|out of)\b)|(?:gave|giv(?:e|es|en|ing))\s+(?:[\p{L}\d'’.-]+,?\s+){1,16}?(?:hours|days|weeks)\s+to\s+(?:[\p{L}\d'’.-]+\s+){0,4}?leave|order(?:ed|s|ing)\s+(?:(?!(?:its|their|our|his|her|own|non-essential|non-emergency)\b)[\p{L}\d'’.-]+\s+){0,5}?(?:diplomats|envoys?|ambassadors?|consuls?|attach[ée]s?|staff(?:ers)?|employees|charg[ée]s? d['’]affaires)(?:\s+of\s+(?:[\p{L}\d'’.-]+\s+){0,2}?[\p{L}\d'’.-]+)?\s+out\b(?!\s+of\b)|order(?:ed|s|ing)\s+the\s+(?:immediate\s+)?departure\s+of\b|sen(?:t|ds?|ding)\s+(?:home\s+(?=(?:[\p{L}\d'’.-]+\s+){0,3}?\p{Lu}[\p{L}'’.-]*\s+(?:\p{Ll}+\s+)?(?:diplomats|envoys?|ambassadors?|consuls?|attach[ée]s?|charg[ée]s? d['’]affaires)\b)|(?:[\p{L}\d'’.-]+\s+){0,3}?\p{Lu}[\p{L}'’.-]*\s+(?:\p{Ll}+\s+)?(?:diplomats|envoys?|ambassadors?|consuls?|attach[ée]s?|charg[ée]s? d['’]affaires)\s+home\b)|ask(?:ed|s|ing)\s+(?:[\p{L}\d'’.-]+\s+){0,8}?(?:diplomats|envoys?|ambassadors?|officials|staff(?:ers)?|employees|attach[ée]s?|charg[ée]s? d['’]affaires|consuls?)\s+(?:[\p{L}\d'’.,-]+\s+){0,6}?to leave)`,
    'gu',
  ),
  run(h) {
    const { c, at } = h;
    const read = readClause(h);
    if (read.staff && !read.patient) return;
    // "said that diplomats expelled included …": a mission's staff never expel; they are the expelled.
    if (read.actor && !read.actor.entities.length && STAFF_HEAD.test(read.actor.head ?? '')) {
      read.patient ??= read.actor;
      read.actor = undefined;
      read.implied = true;
    }
    const { actor, implied, ordering } = read;
    let expellers = joined(h) ?? actorsOf(c, actor, ordering ? ANY : STATE, { at });
    // "Moscow retaliated against A and B by expelling …": Moscow expels A's and B's diplomats.
    const aimed = retaliationTargets(h);
    if (aimed) expellers = aimed.expellers;
    // "The foreign ministries of A, B and C announced the expulsion": each state.
    const bodies = bodiesOfStates(h);
    if (bodies.length > expellers.length && expellers.every((e) => bodies.includes(e))) expellers = bodies;
    // "Germany's foreign office ordered …": the subject reader takes no lower-case body.
    const body = !actor && !implied && !expellers.length ? bodyExpeller(h) : undefined;
    if (body) expellers = [body];
    // "Italy expelled 30 and Spain 25": Spain expels too, and is not expelled.
    const gapped = gappedExpellers(h, read.patient, expellers);
    // "France expelled 35 and Italy 30": a count alone is the object, "Italy" no expelled.
    const counted = bareCount(h, read.patient);
    const patient = counted
      ? undefined
      : gapped.length && read.patient
        ? { ...read.patient, entities: read.patient.entities.filter((e) => !gapped.includes(e)) }
        : read.patient;
    expellers = [...expellers, ...gapped];
    // "European Union countries announced expulsions": the members act, not the union (unnamed here).
    if (
      actor &&
      actor.entities.length &&
      /^\s+(?:member\s+)?(?:countries|states|nations|members|allies|governments)\b/.test(
        c.work.slice(actor.end, actor.end + 25),
      )
    ) {
      if (groupSubject(h)) noteGroupExpulsion(h, entitiesOf(c, patient, ['Place'], { at }));
      return;
    }
    // "European countries once again expelled …": states named later, not the last expeller.
    const group = !expellers.length && groupSubject(h);
    let expelled = entitiesOf(c, patient, ANY, { envoys: true, at });
    noteEnvoys(c, patient, expelled);
    // "…, including three from Estonia", "… and the German chargé d'affaires": states named after the object.
    // "expelled from A, B and C", "from countries such as A and B": each listed expels (expeller-from-lists.ts).
    const listed = implied && !expellers.length && !group ? fromListExpellers(h, expelled) : [];
    const more = breakdownStates(h, patient, expellers).filter(
      (e) => !expelled.includes(e) && !listed.includes(e),
    );
    expelled.push(...more);
    if (aimed) expelled.push(...aimed.expelled.filter((e) => !expelled.includes(e)));
    const reciprocal = /^\s+each other['’]s\b/.test(c.work.slice(h.end, h.end + 16));
    // "and Ukraine ordered 13 to leave", "Latvia declared 13 staff persona non grata": the diplomats of
    // the expulsion just reported.
    const unnamed =
      !expelled.length &&
      !/^expulsion/.test(c.work.slice(at, h.end)) &&
      (counted ||
        (patient === undefined
          ? /^\s*(?:\d+|\p{Ll}+)\s*$/u.test(
              c.work
                .slice(at, h.end)
                .replace(/^\S+\s+/, '')
                .replace(/\s+to leave$/, ''),
            )
          : !!patient.head && !patient.owners.length && !SINGLE_ENVOY.test(patient.head)));
    // "their diplomats", "diplomats of these countries": the states listed before, else the country of
    // the expulsion just reported.
    if (!expelled.length) expelled = referredStates(h, patient, expellers);
    // "the head of the Belarusian mission", "an officer from the Russian embassy": the object phrase's state.
    const inObject = expelled.length ? undefined : objectPhraseState(h, patient, expellers, implied);
    if (inObject) expelled = [inObject];
    // "expelled 30 diplomats in response to Russia's invasion": the foreign state the sentence names.
    const named = expelled.length ? undefined : namedForeignState(h, patient, expellers);
    if (named) expelled = [named];
    if (!expelled.length) expelled = replyTargets(h, expellers); // "… in response to the expulsions by A and B"
    // "Norway expelled 15 diplomats" after "Moscow's embassy in Oslo …" in the same paragraph.
    const before =
      expelled.length || /^expulsions?$/.test(c.work.slice(at, h.end))
        ? undefined
        : paragraphStaffState(h, patient, expellers);
    if (before) expelled = [before];
    // "Russia retaliated (in kind) against the UK for expelling 23 diplomats": Russia's diplomats.
    const reply = retaliator(h);
    if (!expelled.length && reply) expelled = [reply.state];
    if (!expelled.length && unnamed && c.memo.has('expelledCountry'))
      expelled = [c.memo.get('expelledCountry')!];
    // "the expulsion of 21 Ukrainian diplomats from Belarus": Belarus expels, whoever the subject is.
    const sentOut = nominalFromState(h, patient, expelled);
    if (sentOut) expellers = [sentOut];
    // A nominal expulsion with nothing expelled ("expulsions by Prague") only refers to one told elsewhere.
    if (!expelled.length && /^expulsions?$/.test(c.work.slice(at, h.end))) return;
    // An embassy's or a ministry's staff expelled: its state ("a diplomat of the Russian Embassy").
    expelled = [...new Set(expelled.map((e) => (e.type === 'Organization' ? staffState(c, e) : e)))];
    const country =
      expelled.find((e) => e.type === 'Place' && !more.includes(e)) ?? patientCountry(h, patient) ?? more[0];
    const continued = !group && !expellers.length && (implied || !actor);
    let host: Entity | undefined;
    let explicit: Entity | undefined;
    if (continued) {
      // Left out: the state they were expelled from ("four were expelled from Lithuania" after "A and B
      // declared …": Lithuania, an expulsion of its own), the state that expelled that country's
      // diplomats before, the last expelling state, or a place the expelled were in ("employees in D.C.
      // have been expelled").
      // An envoy posted to a state is expelled by it ("the German ambassador to Chad, X, was expelled").
      host = expelled.length === 1 ? postedIn(c, expelled[0]) : undefined;
      const before = country ? c.memo.get(`expeller-of:${country.id}`) : undefined;
      explicit = listed[0] ?? fromPlace(h, false);
      // "diplomats in A and B were expelled", "In A, ten diplomats have to leave": the states they were in;
      // "Moscow said two Estonian diplomats were expelled": the state that says so.
      const located = host || explicit ? [] : locatedExpellers(h, patient, expelled);
      explicit ??= located[0];
      const last =
        host ??
        explicit ??
        before ??
        sayingState(h, patient, expelled) ??
        framedExpeller(h, expelled) ??
        c.memo.get('expeller') ??
        previousSubjectState(h, expelled) ?? // "Poland took action. … were expelled" (expeller-before.ts)
        fromPlace(h, true);
      if (listed.length > 1) expellers = listed;
      else if (located.length > 1) expellers = located;
      else if (last) expellers = [last];
    }
    const state = expellers.filter((x) => x.type !== 'Person').pop();
    if (state) c.memo.set('expeller', state);
    if (country) {
      c.memo.set('expelledCountry', country);
      if (state) c.memo.set(`expeller-of:${country.id}`, state);
      if (state && country.type === 'Place')
        lastTold.set(c, { sentence: c.sents.indexOf(h.s), by: expellers, country });
    }
    // "in kind": the retaliating state expelled the expeller's diplomats in turn.
    if (reply?.inKind)
      for (const by of expellers.filter((x) => x.type !== 'Person' && x !== reply.state)) {
        const e = h.event({
          place: reply.state,
          participants: [
            { entity: reply.state, role: 'expeller' },
            { entity: by, role: 'expelled' },
          ],
          main: reply.state,
          key: `expulsion:${reply.state.id}>${stateOf(c, by).id}`,
        });
        h.relation(reply.state, 'EXPELLED', by, { event: e });
      }
    for (const by of expellers.length ? expellers : [undefined]) {
      const targets = reciprocal ? expellers.filter((x) => x !== by) : expelled.filter((x) => x !== by);
      const main = by ?? targets[0];
      if (!main) return;
      const participants: EvOut['participants'] = [];
      if (by) participants.push({ entity: by, role: 'expeller' });
      for (const t of targets) participants.push({ entity: t, role: 'expelled' });
      // One expulsion per expelling state and expelled country (or person): "Saudi Arabia expelled the
      // ambassador" and "the Saudi foreign ministry gave him 24 hours" are one.
      const whom = (reciprocal ? targets[0] : country) ?? personCountry(c, targets[0]) ?? targets[0];
      let key = `expulsion:${by ? stateOf(c, by).id : '?'}>${whom?.id ?? '?'}`;
      // "A and B were among those expelled": the expulsion just told, unless the clause dates its own.
      const last = lastKey.get(c);
      if (continued && !host && !explicit && last && !c.dates.some((d) => d.start >= at && d.end <= h.s.end))
        key = last;
      lastKey.set(c, key);
      const e = h.event({ place: by?.type === 'Place' ? by : undefined, participants, main, key });
      noteCountedExpulsion(h, e, by, targets.length > 0);
      if (by) noteExpulsionPeople(h, e);
      if (group) noteGroupExpulsion(h, targets, e);
      if (by)
        for (const t of targets) {
          h.relation(by, 'EXPELLED', t, { event: e });
          if (t.type === 'Place' && unnamedEnvoy(patient))
            markUnnamedEnvoy(e.relations[e.relations.length - 1], true, c, patient);
        }
    }
  },
};

/** "Russia should return …", "X said Y asked him to leave": a request to leave the country. */
export const askedToLeave: EventRule = {
  id: 'events/expulsions:asked-to-leave',
  type: 'request',
  re: /\bshould (?:return|leave|go back)\b|\b(?:asked|told|ordered) (?:him|her|them) to leave\b/g,
  run(h) {
    const { c, s, at } = h;
    const subj = c.subjectBefore(s.start, at, P, true);
    const subjAt = subj ? (c.inRange(s.start, at, P).find((m) => m.entity === subj)?.start ?? at) : at;
    const askerM = c.inRange(s.start, subjAt, ['Place', 'Organization'])[0];
    if (!subj || !askerM) return;
    if (!/\b(?:said|says|asked|told|demanded|insisted|urged|wants)\b/.test(c.work.slice(askerM.end, subjAt)))
      return;
    const asker: Entity = askerM.entity;
    const e = h.event({
      participants: [
        { entity: asker, role: 'requester' },
        { entity: subj, role: 'subject' },
      ],
      main: subj,
    });
    h.relation(asker, 'ASKED_TO_LEAVE', subj, { event: e });
  },
};
