// States whose staff an expulsion names after the object phrase the clause reader took: a breakdown of a
// group ("ten diplomats from the Baltic states, including three each from Estonia and Latvia and four from
// Lithuania", "…: three from Estonia, four from Lithuania"), and staff coordinated after it by a demonym
// ("the French ambassador and the German chargé d'affaires", "two employees of the Lithuanian embassy and
// one each of the Latvian and Estonian embassies", "…, as well as the Estonian military attaché"), unless a
// verb comes between the coordinator and them ("and summoned the German ambassador"). Read up to the clause's end (a reason, a saying verb, a
// participle clause), never the acting state's own, never a city. Counted items coordinated after it name
// states too: by origin ("…, and one official each from Latvia and Estonia", "…, two from France") or by a
// plural demonym ("four German diplomats, three Czechs and two Lithuanians"); a count with neither ("and
// two journalists") names none, and a verb after the item makes it a clause of its own.
import { phraseAt, type NounPhrase } from '../clauses/noun-phrase.js';
import type { Entity } from '../entities/index.js';
import { cardinals, tens } from '../count-words.js';
import { demonymCountry } from '../lexicon.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';
import { stateOf } from './parties.js';
import { matchesOf } from '../regex-matches.js';

/** Where the expulsion's object ends: a reason, an attribution, a participle or relative clause. */
const CUT =
  /;|\s[–—]\s(?!\d)|,\s*(?:saying|said|says|citing|accusing|according|as(?!\s+well\s+as\b)|while|which|who|after|but|in|amid|following|calling|joining)\b|\s(?:said|says|told|for|over|after|because|amid|following|in (?:response|retaliation|protest|solidarity)|on (?:suspicion|charges))\b/;

/** A breakdown of the expelled by state after their group: "(from the Baltic states), including", ":", also
 * after a second group coordinated with the object ("60 US diplomats and a further 59 from 23 other
 * countries, including …"). */
const BREAKDOWN =
  /^(?:\s*,?\s+and\s+(?:a\s+further|another)\s+(?:\d+|[a-z]+)(?:\s+[a-z]+)?(?=\s+(?:from|of)\s))?(?:\s+(?:from|of)\s+(?:the\s+)?[^,:;]{1,50}?)?(?:\s+(?:on|last|this)\s+[A-Z][a-z]+day)?\s*(?:,\s*)?(?:including|among them|of whom|:)\s/;

/** A state in a breakdown: after "from"/"of" ("three from Estonia"), first after a colon, or listed after such a state. */
const BEFORE_STATE = /(?:\b(?:from|of|including)\s+(?:the\s+)?|\s+and\s+|,\s*|:\s*)$/;

/** The object's phrase goes on with more staff. */
const COORDINATED = /^(?:\s*,|\s+(?:and|as well as|along with|plus)\s)/;

/** Demonyms coordinated before a staff or mission word: "the Latvian and Estonian embassies", also with up
 * to three lower-case words of rank or branch between ("the Estonian military attaché", "the Belgian deputy
 * head of mission", "the Danish defence attaché"). */
const DEMONYM_STAFF =
  /\b(\p{Lu}\p{Ll}+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:one|another|\d+|\p{Ll}+)\s+(?:each\s+)?(?:from|of)\s+)?(?:the\s+)?\p{Lu}\p{Ll}+)*)\s+(?:(?!(?:and|or|of|the|to|in|from)\s)\p{Ll}+\s+){0,3}(?:[Ee]mbass(?:y|ies)|[Dd]iplomats?|[Ee]nvoys?|[Aa]mbassadors?|[Cc]onsuls?|[Cc]harg[ée]s?\s+d['’][Aa]ffaires|(?:[Hh]eads?\s+of\s+)?[Mm]issions?|[Aa]ttach[ée]s?)(?!\p{L})/gu;

/** A counted item coordinated after the object (or the object's own count going on with "each from"): a
 * count, then a plural demonym (group 1: "three Czechs") or an origin ("one official each from", "two from",
 * "four others from"). */
const COUNTED = new RegExp(
  String.raw`(?:^|,|\band\b|\bas well as\b|\bplus\b)\s*(?:another\s+)?(?:\d{1,3}|${cardinals(1, 19)}|${tens(90)})\s+(?:(\p{Lu}\p{Ll}+s)\b|(?:(?:more|others?|each)\s+|(?!(?:from|of)\s)\p{Ll}+\s+(?:each\s+)?)?(?:from|of)\s+)|^\s+each\s+(?:from|of)\s+`,
  'gu',
);

/** The country of a plural demonym: "Czechs" → Czech Republic, "Lithuanians" → Lithuania. */
function pluralDemonymCountry(w: string): string | undefined {
  return w.endsWith('s') ? demonymCountry(w.slice(0, -1)) : undefined;
}

/** A verb right after the staff word: the staff are a new clause's subject. */
const VERB_AFTER =
  /^\s+(?:\p{Ll}+ed|were|was|are|is|have|has|had|will|would|could|may|might|must|said|say|says|left|told)\b/u;

/** The states the expulsion's clause names after its object phrase, as above; none when it names none. */
export function breakdownStates(h: RuleHit, patient: NounPhrase | undefined, expellers: Entity[]): Entity[] {
  const { c, s } = h;
  const from = Math.max(patient?.end ?? h.end, h.end);
  let seg = c.work.slice(from, s.end);
  const cut = CUT.exec(seg);
  if (cut) seg = seg.slice(0, cut.index);
  const end = from + seg.length;
  const own = new Set(expellers.map((e) => stateOf(c, e)));
  const out: Entity[] = [];
  const add = (e: Entity) => {
    const st = stateOf(c, e);
    if (!own.has(st) && !expellers.includes(e) && isCountry(st.name) && !out.includes(st)) out.push(st);
  };
  const lead = BREAKDOWN.exec(seg);
  if (lead)
    for (const m of c.inRange(from + lead[0].length, end, ['Place'])) {
      const before = c.work.slice(Math.max(from, m.start - 12), m.start);
      if (BEFORE_STATE.test(before) && !/^['’]s?\b/.test(c.work.slice(m.end, m.end + 3))) add(m.entity);
    }
  // Counted items by state: "…, three Czechs and one official each from Latvia and Estonia".
  const items = matchesOf(COUNTED, seg);
  // (With no object read, the first item is the object: "expelled one official each from A and B".)
  if (
    items.length &&
    (COORDINATED.test(seg) || /^\s+each\s/.test(seg) || (!patient && items[0]!.index === 0))
  )
    items.forEach((m, i) => {
      const after = from + m.index + m[0].length;
      if (m[1]) {
        const country = pluralDemonymCountry(m[1]);
        if (!country || VERB_AFTER.test(c.work.slice(after, s.end))) return;
        const at = after - m[1].length;
        if (![...own].some((o) => o.name === country)) add(c.countryByDemonym(country, at, after));
        return;
      }
      const stop = i + 1 < items.length ? from + items[i + 1]!.index : end;
      for (const p of c.inRange(after, stop, ['Place'])) {
        const before = c.work.slice(Math.max(from, p.start - 12), p.start);
        if (p.start !== after && !/(?:,|\band)\s*(?:the\s+)?$/.test(before)) continue;
        if (/^['’]s?\b/.test(c.work.slice(p.end, p.end + 3)) || VERB_AFTER.test(c.work.slice(p.end, s.end)))
          continue;
        add(p.entity);
      }
    });
  // Staff coordinated with the object: "… and one each of the Latvian and Estonian embassies".
  if (!COORDINATED.test(seg)) return out;
  for (const d of matchesOf(DEMONYM_STAFF, seg)) {
    // The demonyms that end the chain: "the Latvian and Estonian embassies", not "Kaja Kallas's envoys".
    const words = matchesOf(/\p{Lu}\p{Ll}+/gu, d[1]!);
    while (words.length && !demonymCountry(words[0]![0])) words.shift();
    if (!words.every((w) => demonymCountry(w[0]))) continue;
    // A verb phrase of its own: "… and summoned the German ambassador", "…, as well as closing the Estonian
    // trade mission": a verb between the last coordinator and the staff.
    const gap = seg
      .slice(0, d.index)
      .split(/,|\band\b|\bas well as\b|\balong with\b|\bplus\b/)
      .pop()!;
    if (/\b(?!including\b)\p{Ll}+(?:ed|ing)\b/u.test(gap)) continue;
    // A clause of its own: "…, and Ukrainian diplomats welcomed the move".
    if (VERB_AFTER.test(c.work.slice(from + d.index + d[0].length, s.end))) continue;
    for (const w of words) {
      const country = demonymCountry(w[0])!;
      if ([...own].some((o) => o.name === country)) continue;
      const at = from + d.index + w.index;
      // A named mission ("the Lithuanian Embassy") is the object's own entity, read by the clause reader.
      const len = w[0].length;
      if (c.mentions.some((m) => m.entity.type === 'Organization' && m.start <= at && m.end >= at + len))
        continue;
      add(c.countryByDemonym(country, at, at + len));
    }
  }
  return out;
}

/** A subject the subject reader leaves out, "the staff of the A and B embassies", ending before "must leave". */
const STAFF_OF_MISSIONS =
  /^(?:the\s+)?(?:staff|diplomats|employees|personnel)\s+(?:of|from)\s+the\s+\p{Lu}\p{Ll}+(?:(?:,|\s+and)\s+\p{Lu}\p{Ll}+)+\s+(?:embassies|missions)\s+$/iu;

/** "The staff of the Polish and Swedish embassies must leave …": that subject as a phrase, its demonyms' states. */
export function missionStaffSubject(h: RuleHit): NounPhrase | undefined {
  const { c, s, at } = h;
  const lead = STAFF_OF_MISSIONS.exec(c.work.slice(s.start, at));
  if (
    !lead ||
    !lead[0]
      .match(/\p{Lu}\p{Ll}+/gu)!
      .slice(1)
      .every((w) => demonymCountry(w))
  )
    return undefined;
  return phraseAt(c, s.start + lead.index, at);
}
