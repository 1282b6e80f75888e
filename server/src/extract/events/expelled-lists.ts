// The states an expulsion of a counted group ("expelled 40 diplomats from 18 countries") names in its own
// sentence (after a colon, or in an aside: "ten diplomats of the X states – three from A and B –") or in the
// next sentences: "The countries are A, B and C", "They include diplomats from A and B", "Among them
// are the envoys of A and B", "The ambassadors of A, B and C were summoned and told of the decision".
// An expulsion of a counted group that names no state ("expelled 23 diplomats", "dozens of diplomats") is
// open too: "The diplomats are from A, B and C", "Those expelled were from A and B"; "The countries are …"
// may come up to four sentences after "from 23 countries". Each state listed joins that expulsion,
// expelled by each of its expellers. A list whose states act themselves ("A, B and C had expelled Russian
// diplomats") or that a relative clause describes ("The countries that condemned it are A and B") is no
// list of the expelled.
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import { listAfter } from '../clauses/noun-phrase.js';
import { isCountry } from './envoys.js';
import { groupLead, listStart, NUMBER } from './group-leads.js';
import { cardinals, countOf } from '../count-words.js';
import type { EventRule, RuleHit } from './hit.js';
import type { EvOut } from './types.js';

/** An expulsion whose expelled states its sentence only counts, and the sentence it was told in. */
interface OpenExpulsion {
  event: EvOut;
  by: Entity[];
  sentence: number;
  /** The sentence ends with a colon: its list may follow one country a line. */
  colon: boolean;
  /** The sentence counts states ("from 23 countries"): "The countries are …" may come a little later. */
  states: boolean;
  /** How many states the sentence counts ("from 23 countries"), 0 if it gives no number. */
  many: number;
}

/** "23 countries", "six states": how many states a text counts. */
function statesCounted(text: string): number | undefined {
  const m = new RegExp(String.raw`\b(${NUMBER})\s+(?:\p{L}+\s+)?(?:countries|states|nations)\b`, 'iu').exec(
    text,
  );
  return m ? countOf(m[1]!) : undefined;
}

/** How many expelled an expulsion names. */
const expelledOf = (e: EvOut) => e.participants.filter((p) => p.role === 'expelled').length;
const open = new WeakMap<Ctx, OpenExpulsion>();

/** "from 18 countries", "of several EU states", "from countries that expelled …": states not named. */
const STATES_UNNAMED = /\b(?:countries|states|nations|embassies|(?:diplomatic\s+)?missions|governments)\b/u;

/** A group of expelled people whose states the clause does not name: "23 diplomats", "dozens of envoys". */
const PEOPLE_UNNAMED = new RegExp(
  String.raw`\b(?:\d+|${cardinals(2, 10)}|(?:\d+\s+)?dozens?\s+of|scores\s+of|several|a\s+(?:number|group)\s+of)\s+(?:\p{L}+\s+){0,2}?(?:diplomats|envoys|ambassadors|officials|employees|staff(?:ers)?|representatives)\b`,
  'u',
);

/** The subject of a passive expulsion, a count of states: "Diplomats of 23 countries will be (expelled)". */
const COUNTED_PASSIVE_SUBJECT = new RegExp(
  String.raw`\b(?:of|from)\s+(?:\d+|${cardinals(2, 10)}|several|a\s+number\s+of|(?:\d+\s+)?dozens?\s+of)\s+(?:\p{L}+\s+)?(?:countries|states|nations)\s+(?:(?:will|would|are|were|have|has|had|been|being|be|to)\s+){1,3}$`,
  'u',
);

/** How many sentences after the expulsion its list may come. */
const REACH = 2;
/** How far "The countries are …" may come after an expulsion that counted states. */
const STATES_REACH = 4;

/**
 * Called by the expulsion rule for each expulsion it makes: one that names no one expelled but whose clause
 * from the trigger on speaks of states ("from 18 countries") stays open for a list in the next sentences.
 */
export function noteCountedExpulsion(h: RuleHit, e: EvOut, by: Entity | undefined, named: boolean): void {
  const { c, s, at } = h;
  const clause = c.work.slice(at, s.end);
  // (A passive's counted subject stands before the trigger: "Diplomats of 23 countries will be expelled".)
  const counted = STATES_UNNAMED.test(clause) || COUNTED_PASSIVE_SUBJECT.test(c.work.slice(s.start, at));
  // The same expulsion told again with whom it expelled ("Norway expels diplomats" over "Norway expelled
  // two diplomats from the Chilean embassy"): no list to wait for.
  // (Not when it names fewer states than it counted: "… from 23 countries. … Russia was expelling four of
  // their diplomats, Germany and Poland said.")
  const was = open.get(c);
  const same = was && (was.event === e || (by && was.by.includes(by)));
  if (named && same && expelledOf(e) >= was.many) open.delete(c);
  if (!by || named) return;
  // "23 diplomats" with no state named in the clause ("two diplomats from the Chilean embassy" names one).
  if (!counted && (!PEOPLE_UNNAMED.test(clause) || c.inRange(at, s.end, ['Place']).length)) return;
  const have = open.get(c);
  const sentence = c.sents.indexOf(s);
  if (have && have.event === e) {
    if (!have.by.includes(by)) have.by.push(by);
    // (Told again, in the headline and then the body: its list may follow the latest telling.)
    have.sentence = sentence;
    return;
  }
  const o = {
    event: e,
    by: [by],
    sentence,
    colon: /:\s*$/.test(c.work.slice(s.start, s.end)),
    states: counted,
    many: statesCounted(clause) ?? statesCounted(c.work.slice(s.start, at)) ?? 0,
  };
  open.set(c, o);
  const states = statesInSentence(h);
  if (states.length < 2) return;
  join(h, o, states);
  open.delete(c);
}

/** An aside right after the words for the states: "– three from A and B and four from C –", "(A, B and C)". */
const ASIDE = /^\s*(?:[–—]|\s-\s|\()([^–—()]{3,160}?)(?:[–—)]|\s-\s|[.;]?$)/;

/**
 * The states the expulsion's own sentence lists for the states it counts: after a colon ("… from 23
 * countries on Friday: A, B and C") or in an aside right after the words ("ten diplomats of the northern
 * states – three each from A and B and four from C –"). Countries only, two or more.
 */
function statesInSentence(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  const colon = /:[^\S\n]*(?:the\s+)?(?=\p{Lu})/u.exec(c.work.slice(at, s.end));
  if (colon && STATES_UNNAMED.test(c.work.slice(at, at + colon.index))) {
    const from = at + colon.index + colon[0].length;
    const first = c.inRange(from, s.end, ['Place'], true)[0];
    if (!first || first.start !== from || !isCountry(first.entity.name)) return [];
    const items = listAfter(c, first, s.end);
    return items.every((m) => isCountry(m.entity.name)) ? items.map((m) => m.entity) : [];
  }
  const words = STATES_UNNAMED.exec(c.work.slice(at, s.end));
  if (!words) return [];
  const after = at + words.index + words[0].length;
  const aside = ASIDE.exec(c.work.slice(after, s.end));
  if (!aside) return [];
  const from = after + aside[0].indexOf(aside[1]!);
  const ms = c.inRange(from, from + aside[1]!.length, ['Place']);
  if (!ms.length || !ms.every((m) => isCountry(m.entity.name))) return [];
  return [...new Set(ms.map((m) => m.entity))];
}

/** Words that lead into a list of the expelled: a copula or "include", "among them", whose the people are. */
const LEAD =
  /(?:\b(?:include[sd]?|including|(?:are|were|come|came)(?:\s+from)?|comprise[sd]?|namely|among them(?:\s+(?:are|were))?)|:|\b(?:diplomats|envoys|ambassadors|heads of (?:\p{L}+\s+)?missions?|representatives|staff|employees|embassies|missions)\s+(?:of|from))\s+(?:the\s+)?$/u;

/** What makes the listed states actors, not the expelled: a verb of expelling or retaliating after them. */
const ACTING_AFTER =
  /^\s*(?:,\s*)?(?:(?:which|who|that)\s+)?(?:had\s+|have\s+|has\s+|also\s+|each\s+|previously\s+|earlier\s+|all\s+){0,3}(?:expel|declar|order|recall|retaliat|announc|took|take)/;

/**
 * The first country listed after a subject that points back at the states the expulsion counted ("Some of
 * the other countries to face the same are A, B and C"; group-leads.ts), when the trigger opens the sentence.
 */
function groupListed(h: RuleHit, o: OpenExpulsion, distance: number): Mention | undefined {
  const { c, s, at } = h;
  if (
    c.work.slice(s.start, at).trim() &&
    !/^(?:Some|Most|All|Many|Several|Two|Three|Four|Five)\s+of\s+$/.test(c.work.slice(s.start, at))
  )
    return;
  const lead = groupLead(c, s, c.sents[o.sentence]!);
  if (!lead || distance > (lead.pointed ? STATES_REACH : REACH)) return;
  const country = (pos: number) =>
    c.inRange(pos, s.end, ['Place'], true).find((m) => m.start >= pos && isCountry(m.entity.name));
  const from = listStart(c, s, lead.from, (pos) => country(pos)?.start);
  return from === undefined ? undefined : country(from);
}

/**
 * The countries of a list of places, two or more, when (nearly) every item is one: a long list may hold a
 * state the lexicon does not know ("…, Lithuania, Macedonia, Moldova, …"), which is left out.
 */
function countriesListed(items: readonly { entity: Entity }[]): Entity[] | undefined {
  const states = items.filter((m) => isCountry(m.entity.name)).map((m) => m.entity);
  if (states.length < 2 || !items.every((m) => m.entity.type === 'Place')) return;
  return states.length === items.length || (items.length >= 8 && states.length >= items.length - 1)
    ? states
    : undefined;
}

/** The states listed join the open expulsion, expelled by each of its expellers. */
function join(h: RuleHit, o: OpenExpulsion, states: Entity[]): void {
  const e = o.event;
  const fresh = states.filter((x) => !o.by.includes(x));
  for (const x of fresh)
    if (!e.participants.some((p) => p.entity === x)) e.participants.push({ entity: x, role: 'expelled' });
  for (const ev of h.evidence()) if (!e.evidence.some((x) => x.start === ev.start)) e.evidence.push(ev);
  for (const b of o.by) for (const x of fresh) h.relation(b, 'EXPELLED', x, { event: e, date: e.date });
}

export const expelledList: EventRule = {
  id: 'events/expulsions:list',
  type: 'expulsion',
  re: /\b(?:[Tt]he\s+(?:\p{L}+\s+){0,2}?(?:countries|states|nations|list)|[Tt]hey|[Tt]hose|[Aa]mong\s+them|[Dd]iplomats|[Ee]nvoys|[Aa]mbassadors|[Hh]eads of (?:\p{L}+\s+)?missions?|[Rr]epresentatives)\b/gu,
  run(h) {
    const { c, s, at } = h;
    const o = open.get(c);
    const si = c.sents.indexOf(s);
    if (!o || si <= o.sentence) return;
    // "The countries are …" may come a few sentences after "from 23 countries"; other leads within two.
    const lead = o.states && /^(?:The|These|Those)\s+(?:\d+\s+|\p{L}+\s+)?(?:countries|states|nations)\b/u;
    const far = lead && lead.test(c.work.slice(at, s.end)) && at === s.start;
    if (si - o.sentence > STATES_REACH) return;
    // The first country named right after a lead, and the countries coordinated with it; or after a
    // subject that points back at the states counted ("Some of the other countries to face the same are").
    const near = si - o.sentence <= (far ? STATES_REACH : REACH);
    const first =
      (near
        ? c
            .inRange(at, s.end, ['Place'], true)
            .find(
              (m) => isCountry(m.entity.name) && LEAD.test(c.work.slice(Math.max(at, m.start - 60), m.start)),
            )
        : undefined) ?? groupListed(h, o, si - o.sentence);
    if (!first || /^['’]s\b/.test(c.work.slice(first.end, first.end + 3))) return;
    // "The countries that condemned the move are A and B": a relative clause says who the states are.
    if (/\b(?:that|which|who|whose)\b/.test(c.work.slice(at, first.start))) return;
    const items = listAfter(c, first, s.end);
    const states = countriesListed(items);
    if (!states || ACTING_AFTER.test(c.work.slice(items[items.length - 1]!.end, s.end))) return;
    join(h, o, states);
    open.delete(c);
  },
};

/**
 * "… from the following countries:" and then one line a country ("Albania – 1", "• Australia (2
 * diplomats)"): each line that opens with a country and says nothing more than a count joins the
 * expulsion, as long as the lines follow one another.
 */
export const expelledLines: EventRule = {
  id: 'events/expulsions:lines',
  type: 'expulsion',
  re: /(?<=^|\n)[^\S\n]*(?:[-–—•*·][^\S\n]*)?\p{Lu}/gu,
  run(h) {
    const { c, s, at } = h;
    const o = open.get(c);
    const si = c.sents.indexOf(s);
    if (!o?.colon || si !== o.sentence + 1 || at !== s.start) return;
    const first = c.inRange(s.start, s.end, ['Place'], true)[0];
    if (!first || !isCountry(first.entity.name)) return;
    if (!/^[^\S\n]*(?:[-–—•*·][^\S\n]*)?$/.test(c.work.slice(s.start, first.start))) return;
    const items = listAfter(c, first, s.end);
    const rest = c.work.slice(items[items.length - 1]!.end, s.end);
    if (!/^[\s\d:;,.()–—-]*(?:\p{Ll}+[\s\d:;,.()–—-]*){0,2}$/u.test(rest)) return;
    join(
      h,
      o,
      items.map((m) => m.entity),
    );
    o.sentence = si;
  },
};
