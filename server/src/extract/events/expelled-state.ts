// The state whose diplomats an expulsion (or a summons) names when the clause reader found none, read in
// three places, nearest first: the trigger clause's own object phrase ("the head of the Belarusian
// mission", "an officer from the Russian embassy", "staffers at Moscow's embassy", "diplomats representing
// Venezuela"); the one foreign state its sentence names as the cause or the diplomats' allegiance ("in
// response to Russia's invasion", "accusing Russia of spying", then "the embassy of Russia"); the nearest
// earlier sentence of its paragraph that names diplomats' or a mission's state ("Moscow's embassy in Oslo
// was accused of hosting spies. Norway expelled 15 diplomats."). Never the acting state's own, never a
// place named as where the staff are; a state named twice over the same way, or none, gives nothing.
import { listAfter, type NounPhrase } from '../clauses/noun-phrase.js';
import type { Entity } from '../entities/index.js';
import { CAPITALS, demonymCountry } from '../lexicon.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';
import { stateOf } from './parties.js';
import { matchesOf } from '../regex-matches.js';

/** Heads of a patient that are a state's staff, whose state the sentence may name elsewhere. */
const STAFF =
  /^(?:diplomats?|envoys?|ambassadors?|consuls?(?:[- ]general)?|staff(?:ers)?|employees?|officials?|officers?|spies|spy|agents?|attach[ée]s?|personnel|representatives?|members?|workers?|charg[ée]s? d['’]affaires)$/;

/** The first tier: a possessor ("Russia's war"), an accused, who the staff work or spy for. */
const CAUSE_BEFORE = /\b(?:accus\w*|blam\w*|against|for)\s+(?:the\s+)?$/;
/** The second tier: a complement ("the embassy of Russia", "diplomats from Russia", "ties with Russia"). */
const OF_BEFORE = /\b(?:of|from|with)\s+(?:the\s+)?$/;

/** The one state of a tier, or nothing when the tier names none or several. */
function one(states: Entity[]): Entity | undefined {
  const set = [...new Set(states)];
  return set.length === 1 ? set[0] : undefined;
}

/** The foreign state the expulsion's sentence names as the expelled staff's, or nothing. */
export function namedForeignState(
  h: RuleHit,
  patient: NounPhrase | undefined,
  expellers: Entity[],
): Entity | undefined {
  const { c, s } = h;
  if (!patient?.head || patient.entities.length || patient.owners.length || patient.pronoun) return undefined;
  if (!STAFF.test(patient.head) || !expellers.length) return undefined;
  const own = new Set(expellers.map((e) => stateOf(c, e)));
  const first: Entity[] = [];
  const second: Entity[] = [];
  for (const m of c.inRange(s.start, s.end, ['Place'])) {
    const st = stateOf(c, m.entity);
    if (own.has(st) || expellers.includes(m.entity) || !isCountry(st.name)) continue;
    const before = c.work.slice(Math.max(s.start, m.start - 24), m.start);
    if (/^['’]s\b/.test(c.work.slice(m.end, m.end + 3)) || CAUSE_BEFORE.test(before)) first.push(st);
    else if (OF_BEFORE.test(before)) second.push(st);
  }
  return first.length ? one(first) : one(second);
}

/** Words for a state's diplomats or its missions, whose state an earlier sentence may name. */
const STAFF_OR_MISSION = String.raw`(?:diplomats?|diplomatic|envoys?|ambassadors?|consuls?|consular|staff(?:ers)?|employees?|officials?|officers?|spies|spy|agents?|intelligence|military|attach[ée]s?|counsell?ors?|secretar(?:y|ies)|personnel|representatives?|embass(?:y|ies)|missions?|consulates?|legations?)`;

/** Up to two lower-case modifiers and such a word: "consular officials", "foreign intelligence officers". */
const STAFF_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}?${STAFF_OR_MISSION}\b`, 'iu');
/** Such a word right before "of", "from" or "representing": "the embassy of", "diplomats from". */
// (Where they are may stand between: "diplomats in Tehran representing France".)
const STAFF_OF = new RegExp(
  String.raw`\b${STAFF_OR_MISSION}(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?\s+(?:of|from|representing)\s+(?:the\s+)?$`,
  'iu',
);

/**
 * The states an object phrase lists after "representing", "of" or "from" its diplomats or missions
 * ("diplomats representing France, Germany, Italy and the UK", "the ambassadors of Peru and Bolivia"):
 * two or more, each its own; nothing for one (objectPhraseState reads it) or when the expeller's own is listed.
 */
export function listedStaffStates(h: RuleHit, patient: NounPhrase | undefined, actors: Entity[]): Entity[] {
  const { c, s, end } = h;
  if (!actors.length || patient?.entities.length || patient?.pronoun) return [];
  const own = new Set(actors.map((e) => stateOf(c, e)));
  const stop = OBJECT_END.exec(c.work.slice(Math.max(end, patient?.end ?? end), s.end));
  const to = stop ? Math.max(end, patient?.end ?? end) + stop.index : s.end;
  const first = c
    .inRange(patient?.start ?? end, to, ['Place'])
    .find((m) => STAFF_OF.test(c.work.slice(Math.max(s.start, m.start - 40), m.start)));
  if (!first) return [];
  const states = [...new Set(listAfter(c, first, to).map((m) => stateOf(c, m.entity)))];
  return states.length > 1 && states.every((e) => e.type === 'Place' && !own.has(e)) ? states : [];
}

/** How many sentences back in the paragraph the diplomats' state may be named. */
const BACK = 2;

/**
 * The one state a sentence names as the owner of diplomats or of a mission: a demonym before the words
 * ("Russian diplomats", "the Iranian Embassy"), a possessive ("Moscow's envoys", "Minsk's embassy in
 * Vilnius") or a complement ("the embassy of Iran", "diplomats from Belarus"); a place after "in" or "at"
 * names where they are, not whose. Nothing when it names none or two.
 */
function staffStateIn(h: RuleHit, from: number, to: number, own: Set<Entity>): Entity | undefined {
  const { c } = h;
  const found: Entity[] = [];
  // (By name too: a capital acting, "expulsions by Bratislava", before its country's entity exists.)
  const ownNames = new Set([...own].map((o) => (CAPITALS[o.name.toLowerCase()] ?? o.name).toLowerCase()));
  const add = (e: Entity) => {
    const st = stateOf(c, e);
    if (st.type !== 'Place' || own.has(st) || own.has(e) || ownNames.has(st.name.toLowerCase())) return;
    if (isCountry(st.name) || CAPITALS[st.name.toLowerCase()]) found.push(st);
  };
  const text = c.work.slice(from, to);
  // "Russian diplomats", "the Belarusian mission", "two Chinese consular officials".
  for (const m of matchesOf(/(?<![\p{L}'’-])\p{Lu}[\p{L}-]+/gu, text)) {
    const country = demonymCountry(m[0]);
    if (!country || !STAFF_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const at = from + m.index;
    add(c.countryByDemonym(country, at, at + m[0].length));
  }
  for (const m of c.inRange(from, to, ['Place', 'Organization'])) {
    // "Moscow's envoys", "Iran's embassy", "the Kremlin's diplomats".
    const after =
      /^['’]s\b/.test(c.work.slice(m.end, m.end + 3)) &&
      STAFF_AFTER.test(c.work.slice(m.end + 2, Math.min(to, m.end + 60)));
    // "the embassy of Iran", "diplomats from Belarus".
    const before =
      m.entity.type === 'Place' && STAFF_OF.test(c.work.slice(Math.max(from, m.start - 40), m.start));
    if (after || before) add(m.entity);
  }
  return one(found);
}

/**
 * The state of diplomats an expulsion counts without saying whose ("Norway expelled 15 diplomats", "ordered
 * 18 of them to leave"), named in the nearest earlier sentence of its paragraph that names diplomats' or a
 * mission's state ("Moscow's embassy in Oslo has been accused of hosting spies."); never the expeller's own.
 */
export function paragraphStaffState(
  h: RuleHit,
  patient: NounPhrase | undefined,
  expellers: Entity[],
): Entity | undefined {
  const { c, s } = h;
  if (!expellers.length || patient?.entities.length || patient?.owners.length || patient?.pronoun) return;
  if (patient?.head && !STAFF.test(patient.head) && !/^\d/.test(patient.head)) return undefined;
  const own = new Set(expellers.map((e) => stateOf(c, e)));
  const si = c.sents.indexOf(s);
  for (let k = si - 1; k >= 0 && si - k <= BACK && c.sents[k]!.para === s.para; k--) {
    const t = c.sents[k]!;
    const st = staffStateIn(h, t.start, t.end, own);
    if (st) return st;
  }
  return undefined;
}

/** Where an object phrase stops: a clause of cause or time, a participle, a semicolon or a dash. */
const OBJECT_END =
  /,\s+(?:\S+\s+){0,3}?(?:said|says|told|announced|reported|according)\b|[;:]|\s[–—-]\s|\s+(?:after|because|amid|following|over|while|when|since|as|saying|accusing|citing|in (?:response|retaliation)|on (?:suspicion|charges|grounds))\b/;

/**
 * The state the expulsion's own object phrase names as the expelled staff's when the phrase was not read
 * as naming one: "the head of the Belarusian mission", "an intelligence officer from the Russian embassy",
 * "staffers at Moscow's embassy", "diplomats representing Venezuela", "the Belarusian mission's deputy head
 * was expelled". The phrase runs from the object (or the trigger) to the end of its clause; a passive's is
 * its subject. Never the expeller's own state, never a place named as where they are ("in Chisinau").
 */
export function objectPhraseState(
  h: RuleHit,
  patient: NounPhrase | undefined,
  expellers: Entity[],
  passive: boolean,
): Entity | undefined {
  const { c, s, at, end } = h;
  if (!expellers.length || patient?.entities.length || patient?.pronoun) return undefined;
  const own = new Set(expellers.map((e) => stateOf(c, e)));
  if (passive) return staffStateIn(h, patient?.start ?? s.start, at, own);
  const from = patient?.start ?? at;
  const stop = OBJECT_END.exec(c.work.slice(Math.max(end, patient?.end ?? end), s.end));
  return staffStateIn(h, from, stop ? Math.max(end, patient?.end ?? end) + stop.index : s.end, own);
}
