// Arguments of event rules read from around a trigger: a place after a preposition, the subjects
// coordinated before a verb, the traveller of a movement verb, the object after a preposition.
import type { Ctx } from '../context.js';
import { roleGapBefore } from '../clauses/mention-lists.js';
import { companionsBefore } from '../clauses/subject-companions.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { hostedGuests } from './hosted-guests.js';
import type { Sentence } from '../text.js';
import { matchesOf } from '../regex-matches.js';

export const P: ['Person'] = ['Person'];
export const PO: ('Person' | 'Organization')[] = ['Person', 'Organization'];
export const PL: ['Place'] = ['Place'];

/** Of two or more participants, the one with the smallest id: the main one of a symmetric event. */
export function firstById(es: Entity[]): Entity {
  return [...es].sort((x, y) => (x.id < y.id ? -1 : 1))[0]!;
}

/** Places after a preposition in [pos, limit): "from Moscow's Sheremetyevo airport" → the last of the run. */
export function placeAfter(c: Ctx, pos: number, limit: number, prep: RegExp): Entity | undefined {
  const seg = c.work.slice(pos, limit);
  const m = prep.exec(seg);
  if (!m) return undefined;
  const from = pos + m.index + m[0].length;
  const stop = /\b(?:for|to|from|where|after|before|on|amid|and|but|while|over)\b|;|\.\s/.exec(
    c.work.slice(from + 1, limit),
  );
  const to = stop ? from + 1 + stop.index : limit;
  const ps = c.inRange(from, to, PL, true);
  if (!ps.length || !/^\s*(?:the\s+)?$/.test(c.work.slice(from, ps[0]!.start))) return undefined;
  // A run of places ("Moscow's Sheremetyevo airport", "Washington, US"): the most specific, the last.
  let last = ps[0]!;
  for (const p of ps.slice(1)) {
    if (!/^(?:['’]s)?\s*,?\s*$/.test(c.work.slice(last.end, p.start))) break;
    last = p;
  }
  return last.entity;
}

/**
 * The subject and the entities coordinated with it right before a verb: "Germany, France and Poland each
 * expelled" → [Germany, France, Poland] (same type; "also", "each", "both", "have", "on Monday" may follow).
 */
export function coordinated(c: Ctx, s: Sentence, at: number, subject: Entity): Entity[] {
  const ms = c.inRange(s.start, at, [subject.type]);
  let j = ms.length - 1;
  while (j >= 0 && ms[j]!.entity !== subject) j--;
  if (j < 0) return [subject];
  const out = [subject];
  for (let k = j - 1; k >= 0; k--) {
    const gap = c.work.slice(ms[k]!.end, ms[k + 1]!.start);
    // Titles may stand before the next name ("Macron and Indian Prime Minister Narendra Modi").
    // or a lower-case role after "and" ("Torres and Bolivian foreign minister Luis Arce"), of persons.
    if (
      !/^\s*(?:,|,?\s+and|,?\s+as well as|&)\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(gap) &&
      !(subject.type === 'Person' && roleGapBefore(gap))
    )
      break;
    if (!out.includes(ms[k]!.entity)) out.unshift(ms[k]!.entity);
  }
  return out;
}

/** Between a subject and its verb: adverbials and auxiliaries only ("also", "on Monday", "have"). */
const TO_VERB =
  /^\s*,?\s*(?:(?:also|both|together|then|later|finally|jointly|have|has|had|on\s+\p{Lu}\p{Ll}+day|today|yesterday|late|early)\s+)*$/u;

/**
 * Everyone who moves: the traveller and the persons coordinated with it when it is the subject right
 * before the verb ("A and B arrived in Kyiv"), else the traveller alone.
 */
export function travellers(c: Ctx, s: Sentence, at: number): Entity[] {
  const hosted = guestsOrCompanions(c, s, at);
  if (hosted.length) return hosted;
  const who = clauseTraveller(c, s, at);
  if (!who) return [];
  const m = c
    .inRange(s.start, at, P)
    .filter((x) => x.entity === who)
    .pop();
  if (!m || !TO_VERB.test(c.work.slice(m.end, at))) return [who];
  return coordinated(c, s, at, who).filter((e) => e.type === 'Person');
}

/**
 * Who moves, read before the clause: a host's guests ("Ruto welcomed Macron and Scholz as they arrived",
 * "Ruto received Macron during his visit to Kenya"), or a subject and the companions the commas set off
 * ("X, accompanied by A and B, arrived": X first). Empty when neither reading holds.
 */
function guestsOrCompanions(c: Ctx, s: Sentence, at: number): Entity[] {
  const guests = hostedGuests(c, s, at);
  if (guests.length) return guests;
  const along = companionsBefore(c, s, at);
  const lead = along ? c.subjectBefore(s.start, along.comma, P, true) : undefined;
  if (!lead) return [];
  return [lead, ...along!.entities.filter((e) => e.type === 'Person' && e !== lead)];
}

/**
 * Who moves: a host's guest, a subject with companions, the person a relative clause is about, a possessor,
 * the subject, or a pronoun after the trigger.
 */
export function traveller(c: Ctx, s: Sentence, at: number): Entity | undefined {
  return guestsOrCompanions(c, s, at)[0] ?? clauseTraveller(c, s, at);
}

/** Who moves by the clause alone (no host, no companions): see traveller. */
function clauseTraveller(c: Ctx, s: Sentence, at: number): Entity | undefined {
  // "to succeed Hiroshi Takano, who returned to Tokyo", "welcomed X, who is visiting Paris": the person
  // the relative clause is about.
  // "The minister, who is on an official visit to Kenya, met X": a role the text does not resolve is no
  // one the sentence names later.
  const rel =
    /,\s*who\s+(?:(?:later|then|also|subsequently|recently|earlier|first|just|already)\s+)*(?:had\s+|has\s+|have\s+|is\s+|was\s+|are\s+|were\s+)?(?:(?:been\s+)?on\s+(?:(?:a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3})?)?$/u.exec(
      c.work.slice(s.start, at),
    );
  if (rel) {
    const m = c.inRange(s.start, s.start + rel.index, P).pop();
    if (m && /^\s*$/.test(c.work.slice(m.end, s.start + rel.index))) return m.entity;
    return undefined;
  }
  const poss = /(\S+)['’]s\s+$/.exec(c.work.slice(s.start, at));
  if (poss) {
    const m = c.inRange(s.start + poss.index, at, P)[0];
    if (m) return m.entity;
  }
  const subj = c.subjectBefore(s.start, at, P, true);
  if (subj) return subj;
  // "Before takeoff in New York he told agencies ...": a pronoun after the trigger.
  if (/^[^,.;]{0,40}?\b(?:he|she)\b/i.test(c.work.slice(at, s.end))) return c.lastPersonBefore(at);
  // (Not the agent of a passive after the trigger: "The King arrived at noon, where he was greeted by X".)
  const first = c.inRange(s.start, s.end, P)[0];
  const agent =
    first &&
    first.start > at &&
    /\bby\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5})$/u.test(c.work.slice(at, first.start));
  const named = agent ? undefined : first?.entity;
  // "His visit to X focused on …": the person last named before, when the sentence names none.
  if (!named && /\b(?:[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(c.work.slice(s.start, at)))
    return c.lastPersonBefore(at);
  return named;
}

/**
 * The object after a preposition: the entity that starts the noun phrase ("on Russia", "against the
 * Kremlin"), or the country of a demonym ("on Russian officials" → Russia), or nothing.
 */
export function objectAfter(c: Ctx, pos: number, limit: number, prep: RegExp): Entity | undefined {
  const m = prep.exec(c.work.slice(pos, limit));
  if (!m) return undefined;
  const from = pos + m.index + m[0].length;
  const np =
    /^(?:the\s+|a\s+|an\s+|\d[\d,.]*\s+|several\s+|four|three|two|five|more\s+)*(?:[\p{L}.’'-]+\s*){1,4}?(?=[,;.]|\s+(?:in|over|for|from|on|after|who|which|and|including|amid|while)\b|$)/u.exec(
      c.work.slice(from, limit),
    );
  const npEnd = from + (np ? np[0].length : 30);
  const ent = c.firstAfter(from, npEnd, ['Place', 'Organization', 'Person']);
  if (ent) return ent.entity;
  for (const w of matchesOf(/\S+/g, c.work.slice(from, npEnd))) {
    const country = demonymCountry(w[0]);
    if (country) return c.countryByDemonym(country, from + w.index, from + w.index + w[0].length);
  }
  return undefined;
}
