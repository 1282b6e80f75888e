// Expellers the clause reader does not take. Those told with their verb left out after a count: "Italy
// expelled 30 and Spain 25", "Germany expelled 40 Russian diplomats, France 35 and Slovenia 33": a state
// right after "and" or a comma in the expulsion's clause and followed by nothing but a count ("25",
// "another 12", "ten more") expels the same as the first; it is not one of the expelled. And a state's
// body named in lower case as the subject ("Germany's foreign office ordered …", "the Polish foreign
// ministry has expelled …"): the state. And the states the expelled were in, when the clause names no
// expeller: "Russian diplomats in Spain, Denmark and Italy were expelled", "In Romania, ten Russian
// diplomats have to leave the country". Or the state that says so: "Moscow said two Estonian diplomats
// were expelled".
import type { Entity } from '../entities/index.js';
import { CAPITALS, demonymCountry } from '../lexicon.js';
import { isCountry } from './envoys.js';
import { listAfter } from '../clauses/noun-phrase.js';
import { subjectOf } from '../clauses/subject.js';
import { actorsOf, countryOfBody, STATE, stateOf } from './parties.js';
import { framedReporter } from './report-frames.js';
import type { NounPhrase } from '../clauses/noun-phrase.js';
import type { RuleHit } from './hit.js';
import { REPORTING_THAT, sayingAlternation } from '../saying-verbs.js';
import { cardinals, tens } from '../count-words.js';

const GAP_BEFORE = /(?:,|\band)\s+(?:the\s+)?$/;
const NUMBER = String.raw`(?:\d[\d,]*|${cardinals(1, 12)}|\p{Ll}+teen|${tens(90)}|a dozen|dozens)`;
/** A count and what may close it: "25", "another 12", "ten more", "four others", then the clause goes on. */
const COUNT_AFTER = new RegExp(
  String.raw`^\s+(?:another\s+)?${NUMBER}(?:\s+(?:more|others?))?(?=\s*(?:[,.;)]|$|[–—]|\s+(?:and|on|in|last|this|earlier|while|whereas|respectively|each)\b))`,
  'u',
);

/** The states a count follows in the clause after the trigger: each is an expeller whose verb was left out. */
export function gappedExpellers(h: RuleHit, patient: NounPhrase | undefined, expellers: Entity[]): Entity[] {
  const { c, s, end } = h;
  if (!expellers.length || !patient) return [];
  const out: Entity[] = [];
  for (const m of c.inRange(end, s.end, ['Place'])) {
    if (m.start < patient.start || expellers.includes(m.entity)) continue;
    if (!GAP_BEFORE.test(c.work.slice(Math.max(end, m.start - 8), m.start))) continue;
    if (COUNT_AFTER.test(c.work.slice(m.end, m.end + 40))) out.push(m.entity);
  }
  return out;
}

/** A count alone right after the verb, then a comma or "and": "expelled 35 and Italy 30", "expelled 12." */
const BARE_COUNT = new RegExp(
  String.raw`^\s+(?:another\s+)?${NUMBER}(?:\s+(?:more|others?))?(?=\s*(?:[,.;]|$|\s+and\b))`,
  'u',
);

/**
 * Whether the verb's object is a count alone ("France expelled 35 and Italy 30", "Italy expelled 30"):
 * the phrase the clause reader took after it, if any, is the next clause's subject, never the expelled.
 */
export function bareCount(h: RuleHit, patient: NounPhrase | undefined): boolean {
  const { c, s, end } = h;
  const m = BARE_COUNT.exec(c.work.slice(end, s.end));
  return !!m && (!patient || patient.start >= end + m[0].length);
}

/** "Germany's foreign office", "the Polish foreign ministry": a state's body in lower case, then the verb. */
const BODY_BEFORE =
  /(?:^|[\s,;(])(?:[Tt]he\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(['’]s)?\s+(?:foreign (?:office|ministry)|ministry of foreign affairs|government|authorities|cabinet)\s+(?:(?:has|have|had|also|yesterday|today|on\s+\p{Lu}\p{Ll}+)\s+){0,3}$/u;

/** The state whose lower-case body is the subject right before the trigger, when the reader found none. */
export function bodyExpeller(h: RuleHit): Entity | undefined {
  const { c, s, at } = h;
  const b = BODY_BEFORE.exec(c.work.slice(s.start, at));
  if (!b) return undefined;
  const from = s.start + b.index + b[0].indexOf(b[1]!);
  const to = from + b[1]!.length;
  if (b[2]) {
    const m = c.inRange(from, to, ['Place']).find((x) => x.start === from && x.end === to);
    return m ? stateOf(c, m.entity) : undefined;
  }
  const country = demonymCountry(b[1]!);
  return country ? c.countryByDemonym(country, from, to) : undefined;
}

const IN_BEFORE = /\b[Ii]n\s+(?:the\s+)?$/;

/**
 * The countries a list after "in" names in the expelled's phrase ("diplomats in A, B and C"), or in an
 * "In A," that opens the sentence: each expelled the diplomats it hosted. Not the expelled's own country
 * ("Russian diplomats in Moscow").
 */
export function locatedExpellers(h: RuleHit, patient: NounPhrase | undefined, expelled: Entity[]): Entity[] {
  const { c, s, at } = h;
  const places = c.inRange(s.start, at, ['Place']);
  const out: Entity[] = [];
  for (const first of places) {
    if (!IN_BEFORE.test(c.work.slice(Math.max(s.start, first.start - 8), first.start))) continue;
    // In the phrase, or right after it: "Russian diplomats in A".
    const inPatient =
      !!patient &&
      first.start >= patient.start &&
      (first.start < patient.end || /^\s+in\s+(?:the\s+)?$/.test(c.work.slice(patient.end, first.start)));
    const fronted =
      /^\W*$/.test(c.work.slice(s.start, first.start).replace(/[Ii]n\s+(?:the\s+)?$/, '')) &&
      /^\s*,/.test(c.work.slice(first.end, first.end + 2));
    if (!inPatient && !fronted) continue;
    for (const m of listAfter(c, first, at)) {
      const st = stateOf(c, m.entity);
      if (isCountry(st.name) && !expelled.includes(st) && !out.includes(st)) out.push(st);
    }
    break;
  }
  return out;
}

/** "X said (on Friday) (that)" right before the clause of the expulsion. */
const SAID_THAT = new RegExp(
  String.raw`\s(?:${sayingAlternation(REPORTING_THAT)})(?:\s+on\s+\p{Lu}\p{Ll}+|\s+in\s+a\s+statement)?(?:,)?\s+(?:that\s+)?(?=\S|$)`,
  'u',
);

/**
 * The state that reports an expulsion it leaves its actor out of: "Moscow said two Estonian diplomats were
 * expelled", "the Russian foreign ministry said Estonian diplomats have to leave". Not when its own
 * diplomats are the ones expelled ("Russia said two of its diplomats were expelled").
 */
export function sayingState(
  h: RuleHit,
  patient: NounPhrase | undefined,
  expelled: Entity[],
): Entity | undefined {
  const { c, s, at } = h;
  const said = SAID_THAT.exec(c.work.slice(s.start, patient?.start ?? at));
  if (!said || !expelled.length || patient?.ownerPronoun) return undefined;
  const verbAt = s.start + said.index + 1;
  // A state (or its capital), else a state's named body ("the Russian Foreign Ministry").
  const sayer = actorsOf(c, subjectOf(c, s, verbAt), STATE, { at: verbAt })
    .map((e) => stateOf(c, e))
    .find((e) =>
      e.type === 'Place' ? isCountry(e.name) || !!CAPITALS[e.name.toLowerCase()] : !!countryOfBody(e),
    );
  return sayer && !expelled.includes(sayer) ? sayer : undefined;
}

/**
 * The state whose report frames an expulsion that leaves its actor out: "Two Russian diplomats were
 * expelled, the Estonian foreign ministry said", "According to Estonia's foreign ministry, two …" (report-frames.ts).
 * Not the state of the expelled ("…, Moscow said": a complaint, not the act).
 */
export function framedExpeller(h: RuleHit, expelled: Entity[]): Entity | undefined {
  if (!expelled.length) return undefined;
  const st = framedReporter(h.c, h.s, h.at, h.end, expelled);
  return st?.type === 'Place' ? st : undefined;
}

/** A reduced passive: "after being expelled", "having been declared …". */
const REDUCED = /\b(?:being|been)\s+$/;
/** A place right after a verb of leaving: "left Oslo", "departed the Netherlands", "flew home from Warsaw". */
const LEFT_BEFORE =
  /\b(?:left|departed|fled|quit|(?:flew|flown|returned|went|headed|travell?ed)\s+(?:home\s+|back\s+)?from|flown\s+out\s+of)\s+(?:the\s+)?$/;

/** A leave clause coordinated with the passive: "(were declared persona non grata) and must leave X",
 * "(were expelled) and ordered to leave X". */
const LEAVE_AFTER =
  /^\s+and\s+(?:(?:must|will|would|have|has|had|were|was|are|is|been|now|also|then|to)\s+){0,3}(?:(?:ordered|told|asked|instructed|given\s+\S+\s+(?:hours|days|weeks))\s+to\s+)?leave\s+(?:the\s+)?/;

/** The state a passive expulsion was from: "expelled from X", "ordered to leave X", "… and must leave X", or a place the expelled were in. */
export function fromPlace(h: RuleHit, inside: boolean): Entity | undefined {
  const { c, s, at, end } = h;
  // "expelled from X", "ordered to leave X".
  const from = (
    /leave$/.test(c.work.slice(at, end))
      ? /^\s+(?:the\s+)?/
      : LEAVE_AFTER.exec(c.work.slice(end, s.end))
        ? LEAVE_AFTER
        : /^\s+from\s+(?:the\s+)?/
  ).exec(c.work.slice(end, s.end));
  const m = from ? c.firstAfter(end + from[0].length, end + from[0].length + 40, ['Place']) : undefined;
  if (m && m.start === end + from![0].length) return stateOf(c, m.entity);
  // "left Norway after being expelled", "flew home from Warsaw after being declared …", "Having been
  // declared persona non grata, two diplomats left Albania": the place left.
  if (REDUCED.test(c.work.slice(s.start, at))) {
    const left = c
      .inRange(s.start, s.end, ['Place'])
      .find((x) => LEFT_BEFORE.test(c.work.slice(Math.max(s.start, x.start - 30), x.start)));
    if (left) return stateOf(c, left.entity);
  }
  if (!inside) return undefined;
  const inPlace = c
    .inRange(s.start, at, ['Place'])
    .filter((x) => /\b(?:in|at)\s+(?:the\s+)?$/.test(c.work.slice(Math.max(s.start, x.start - 8), x.start)))
    .pop();
  return inPlace ? stateOf(c, inPlace.entity) : undefined;
}
