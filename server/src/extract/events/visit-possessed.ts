// A visit told by its noun and its visitor alone, with no place the other visit rules read after it: "X's
// (first official) visit", "his two-day visit", "her second India visit", "during the envoy's trip", "the
// minister's visit to the region". The visitor is the person owning the noun (a name's possessive, or the
// person "his/her" and "the envoy's" stand for); a place named among the noun's modifiers ("India visit") or
// right after "to" is where. Plans ("his upcoming visit", "X will hold talks during his visit") and called-off
// visits are no visits; "his visit" in a sentence whose own subject names no one ("The Sultan of Oman is on
// his visit") is no one's.
import { mentionEndingAt } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { EventRule } from './hit.js';

/** Modifiers between the owner and the noun: lower-case words, numbers, or a capitalised place name. */
const MODIFIERS = String.raw`(?:(?:[\p{Ll}\d][\p{L}\d-]*|\p{Lu}\p{Ll}+)\s+){0,3}`;

/** Plans and wishes among the modifiers or just before the owner ("his upcoming visit"). */
const PLANNED =
  /\b(?:upcoming|forthcoming|planned|proposed|possible|next|future|expected|scheduled|postponed|cancell?ed|potential|likely)\b/;
/** A plan or wish before the owner: "will make his first visit", "to pay her visit", "ahead of his trip". */
const BEFORE_PLAN =
  /\b(?:will|would|shall|could|may|might|plans?|planning|planned|ahead\s+of|prior\s+to|to\s+(?:pay|make|undertake)|invited\s+\S+\s+(?:for|on))\s+(?:\S+\s+){0,2}$/i;
/** A visit called off or still to come after the noun: "… was cancelled", "… will take place". */
const AFTER_PLAN =
  /^[^.;]{0,40}?\b(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:later|then|also)\s+)?(?:cancell?ed|postponed|called\s+off|put\s+off|delayed|scrapped|shelved|planned|scheduled|expected)|will\s+(?:take\s+place|begin|start|be\s+held))\b/;
/** The future in the clause before the noun. */
const WILL =
  /\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|is\s+due\s+to|is\s+scheduled\s+to|is\s+expected\s+to)\b/;
/** A role noun owning the visit ("the envoy's visit"): the person last named before stands for it. */
const ROLE_OWNER =
  /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}?(?:envoy|minister|president|premier|leader|ambassador|secretary|chancellor|king|queen|prince|sultan|emir|diplomat|official|delegate|head\s+of\s+state|prime\s+minister)['’]s?\s+$/u;

export const possessedVisit: EventRule = {
  id: 'events/visit-possessed:visit',
  type: 'visit',
  re: new RegExp(
    String.raw`(?:\b[Hh]is|\b[Hh]er|(?<![\p{L}.-])\p{L}[\p{L}.-]*['’]s?)\s+${MODIFIERS}(?:visit|trip|tour)\b(?!\s+(?:of|by)\b)`,
    'gu',
  ),
  guard: { words: ['visit', 'trip', 'tour'] },
  run(h) {
    const { c, s, at, end } = h;
    const phrase = c.work.slice(at, end);
    if (PLANNED.test(phrase)) return;
    if (BEFORE_PLAN.test(c.work.slice(Math.max(s.start, at - 40), at))) return;
    if (AFTER_PLAN.test(c.work.slice(end, s.end))) return;
    // A visit still to come: "X will hold talks with Y during his visit".
    if (WILL.test(c.work.slice(s.start, at))) return;
    const who = owner(c, s.start, at);
    if (!who || who.type !== 'Person') return;
    // A place among the modifiers ("her second India visit"), not the visitor's own country.
    const ownEnd = at + /^\S+\s+/.exec(phrase)![0].length;
    // Or the place right after "to" ("the envoy's official visit to Malaysia").
    const to = /^\s+to\s+(?:the\s+)?/.exec(c.work.slice(end, s.end));
    const after = to
      ? c.firstAfter(end + to[0].length, Math.min(s.end, end + to[0].length + 40), ['Place'])
      : undefined;
    const modifier = c.inRange(ownEnd, end, ['Place'], true)[0]?.entity;
    const place = modifier ?? (after && after.start === end + to![0].length ? after.entity : undefined);
    const where = place && place.name !== who.nationality ? place : undefined;
    const e = h.event({ place: where, participants: [{ entity: who, role: 'visitor' }], main: who });
    // The place after "to" is the visit rule's to relate (recalls-returns.ts: a region is the dateline's
    // country); a modifier's place is this rule's.
    if (where && where === modifier) h.relation(who, 'VISITED', where, { event: e });
  },
};

/** A host's verb: the person after it is the guest ("X received Y during his visit": Y visits). */
const HOSTED =
  /\b(?:receive[sd]?|welcome[sd]?|host(?:ed|s)?|greet(?:ed|s)?)\s+(?:(?:this|on|in|at|the|\p{Ll}+day|morning|afternoon|evening|today|yesterday)\s+){0,3}$/u;

/** Who owns the noun at `at`: "his/her" the person last named, a name's possessive, "the envoy's". */
function owner(c: Ctx, from: number, at: number): Entity | undefined {
  const word = /^\S+/.exec(c.work.slice(at))![0];
  if (/^[Hh](?:is|er)$/.test(word)) return ownerOfPronoun(c, from, at);
  // "X's visit": the whole of the possessive ends right after the name.
  const tail = /['’]s?$/.exec(word)!;
  const named = mentionEndingAt(c, from, at + word.length - tail[0].length);
  if (named) return named.entity.type === 'Person' ? named.entity : undefined;
  // "Mr Wang's visit" where the short name was not taken as a mention: the person last named so.
  const name = word.slice(0, word.length - tail[0].length);
  if (/^\p{Lu}\p{Ll}+$/u.test(name)) {
    const same = c
      .inRange(0, at, P)
      .reverse()
      .find((m) => m.entity.name.split(/\s+/).includes(name));
    if (same) return same.entity;
  }
  // "the envoy's visit": the person last named before, when the role words own the noun.
  if (ROLE_OWNER.test(c.work.slice(Math.max(from, at - 60), at + word.length + 1)))
    return c.lastPersonBefore(at);
  return undefined;
}

/**
 * The person "his/her visit" stands for: the guest a host's verb names before it in the sentence ("X
 * received Y during his visit"); in a fronted clause naming no one ("Ending his visit, the president
 * left"), the person after its comma (no one when none is named there); else the person last named in
 * the sentence, or the person the sentence before names as its subject.
 */
function ownerOfPronoun(c: Ctx, from: number, at: number): Entity | undefined {
  const before = c.inRange(from, at, P, true);
  for (const m of before)
    if (
      HOSTED.test(
        c.work.slice(Math.max(from, m.start - 30), m.start).replace(/(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u, ''),
      )
    )
      return m.entity;
  // A fronted clause naming no one: its subject follows the comma, or no one is read.
  const s = c.sents.find((x) => x.start <= at && at < x.end);
  const comma = c.work.indexOf(',', at);
  if (s && !before.length && !/[,;]/.test(c.work.slice(from, at)) && comma > 0 && comma < s.end) {
    const next = c.firstAfter(comma, Math.min(s.end, comma + 60), P);
    const subject =
      next && /^,\s*(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u.test(c.work.slice(comma, next.start));
    return subject ? next.entity : undefined;
  }
  if (before.length) return c.lastPersonBefore(at);
  // No one named before it in the sentence ("This is his first visit"): the person named as the subject of
  // the sentence before, else no one (a role's subject, "Russia's foreign minister arrived", names no one).
  // (Not when the sentence has a subject of its own: "The Sultan of Oman is on his maiden visit".)
  if (/\s\p{Lu}/u.test(c.work.slice(from, at).trimEnd())) return undefined;
  const i = s ? c.sents.indexOf(s) : -1;
  const prev = i > 0 ? c.sents[i - 1]! : undefined;
  const first = prev && c.inRange(prev.start, prev.end, P, true)[0];
  return first && /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u.test(c.work.slice(prev.start, first.start))
    ? first.entity
    : undefined;
}
