// Phone calls (SPOKE_WITH), read from the clause as meetings are (meetings.ts): a verb of speaking by
// phone ("A spoke by phone with B", "A spoke with B by telephone", "A and B talked on the phone", "A spoke
// telephonically with B"), a verb of calling ("A phoned B", "A telephoned B", "A dialled B", "A called B on
// Sunday to discuss …"), and the nouns ("A held a phone call with B", "A had a telephone (telephonic)
// conversation with B", "A received a phone call from B", "In a phone call with B, A said …", "a video call
// between A and B", "A and B hold first call", and the bare noun before "with" or "between": "in a brief
// call with B", "the call between A and B"). The caller is the clause's subject (titles and all: "Secretary
// of State A"); the partner the person after "with", "to", "from" or "between", else the verb's object,
// else the second subject. What "the two leaders discussed" after a call is the call's (phone-call-discussions.ts).
import { referents } from '../clauses/clause.js';
import { phraseAt } from '../clauses/noun-phrase.js';
import type { Entity } from '../entities/index.js';
import { coordinated, firstById, P } from './arguments.js';
import { type EventRule, RuleHit } from './hit.js';
import { persons, subjects } from './meeting-parties.js';

/** Verbs of calling whose object is the partner: "phoned B", "called B on Sunday". */
const CALL_VERB =
  /^(?:phoned|phones|phone|telephoned|telephones|dial(?:l)?ed|dials|rang|rings|called|calls)$/;

/**
 * After a person "called": what makes the call a phone call rather than a naming ("called B a liar")
 * or an appeal ("called B to account"): a time, a purpose of calling, or the end of the clause.
 */
const CALLED_THEN =
  /^\s*(?:[,.;]|$|and\b|on\s+(?:\p{Lu}|\d)|(?:late|early|earlier|last|this|yesterday|today|again|twice|after|following|shortly)\b|to\s+(?:discuss|congratulate|express|offer|convey|thank|condole|reassure|talk|brief|update|inform|ask|urge|apologi[sz]e|wish)\b)/u;

/** A light verb before a call noun: "held a telephone conversation", "has had another phone call". */
const LIGHT_VERB =
  /\b(?:hold|holds|held|had|has|have|conducted|conducts)\s+(?:(?:a|an|the|their|another|his|her)\s+)?(?:\p{Ll}+\s+)?$/u;

const FUTURE =
  /\b(?:will|would|shall|to|could|may|might|plans?|planned|planning|expected|scheduled|set|due|ahead of)\s+(?:\p{Ll}+\s+)?$/u;
const PLANNED =
  /^[^;]{0,120}?\b(?:is|are|was|were)\s+(?:scheduled|planned|expected|due|set)\b|^[^;.]{0,60}?\bwill\s+(?:take place|be held)\b/;

/** The partner after the trigger: "with B", "to B", "from B", "between A and B", within a short clause. */
function partners(h: RuleHit, from: number): { with: Entity[]; between: boolean } {
  const { c, s } = h;
  const limit = Math.min(s.end, from + 300);
  const m = /^[^,;.]{0,50}?\b(with|to|from|between)\s+/.exec(c.work.slice(from, limit));
  if (!m) return { with: [], between: false };
  const pos = from + m.index + m[0].length;
  // No one named between the trigger and the preposition ("spoke to reporters after a call with B" aside).
  if (c.inRange(from, pos - m[0].length + m.index, P).length) return { with: [], between: false };
  return { with: persons(h, pos, limit), between: m[1] === 'between' };
}

/** Where the light verb before a call noun starts ("held a telephone conversation"), if there is one. */
function lightVerbAt(h: RuleHit): number | undefined {
  const { c, s, at } = h;
  const m = LIGHT_VERB.exec(c.work.slice(Math.max(s.start, at - 40), at));
  return m ? at - m[0].length : undefined;
}

/**
 * The callers: the clause's subject, the subjects coordinated before the trigger, or a fronted phrase's
 * (`light`: where the light verb before the call noun starts, lightVerbAt).
 */
function callers(h: RuleHit, light: number | undefined): Entity[] {
  const { c, s, at } = h;
  // "In a phone call with B, A said": the subject after the fronted phrase's comma.
  if (
    /^\s*(?:In|During|Over|On)\s+(?:a|an|the|their|his|her)\s+(?:\p{L}+\s+){0,2}$/u.test(
      c.work.slice(s.start, at),
    )
  ) {
    const comma = c.work.indexOf(',', at);
    return comma > 0 && comma < s.end ? persons(h, comma + 1, s.end) : [];
  }
  // "President of X A held a telephone conversation with B": the subject is the light verb's, read from
  // the verb (a role with "of X" before the name reads as a prepositional object from the noun).
  if (light !== undefined) {
    const byVerb = subjects(new RuleHit(c, s, light, c.work.indexOf(' ', light), h.rule));
    if (byVerb.length) return byVerb;
  }
  const subj = subjects(h);
  if (subj.length) return subj;
  const a = c.subjectBefore(s.start, at, P);
  return a ? coordinated(c, s, at, a) : [];
}

export const phoneCall: EventRule = {
  id: 'events/phone-calls:phone-call',
  type: 'phone-call',
  re: /\b(?:spoke|speaks|speak|talked|talks|talk|chatted)\s+(?:(?:to|with)\s+(?:\S+\s+){1,7}?)?(?:(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone|telephonically)\b|\b(?:phone|telephone|telephonic|video)[\s-](?:call|conversation|talks|discussion|exchange)s?\b|\b(?:hold|holds|held|had|have|has)\s+(?:a\s+|an\s+|their\s+|the\s+)?(?:\p{Ll}+\s+)?call\b|\b(?:phoned|telephoned|dial(?:l)?ed|rang|called|calls|phones|telephones)\b(?=\s+(?:his|her|the|\p{Lu}))|(?<=\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+)?)call(?=\s+(?:with|between)\s)/gu,
  guard: { words: ['phone', 'telephonic', 'video', 'call', 'dial', 'rang'] },
  run(h) {
    const { c, s, at, end } = h;
    const word = c.work.slice(at, end);
    // Plans are no calls: "will speak by phone", "a phone call … is scheduled for 17:00".
    if (FUTURE.test(c.work.slice(Math.max(s.start, at - 40), at))) return;
    const light = lightVerbAt(h);
    if (light !== undefined && FUTURE.test(c.work.slice(Math.max(s.start, light - 40), light))) return;
    if (PLANNED.test(c.work.slice(end, s.end))) return;
    let a: Entity[] = [];
    let b: Entity[] = [];
    if (CALL_VERB.test(word)) {
      // "A phoned B": the verb's object is the partner, and "called" needs a phone call's shape after it.
      const np = phraseAt(c, end + 1, s.end);
      b = referents(c, np, P, { at });
      if (!b.length) b = persons(h, end + 1, s.end).slice(0, 1);
      if (!b.length || !np) return;
      if (/^called|^calls/.test(word) && !CALLED_THEN.test(c.work.slice(np.end, s.end))) return;
      if (/^\s+(?:on|for|off|up|in|out|back)\b/.test(c.work.slice(end, end + 6))) return;
      a = callers(h, light);
    } else {
      const p = partners(h, end);
      a = callers(h, light);
      if (p.between) [a, b] = [p.with, []];
      else b = p.with;
      // "A received a phone call from B": A is called, B calls; both speak with each other alike.
      // "spoke with B by phone": the partner between the verb and "by phone".
      if (!b.length && /^(?:spoke|speaks|speak|talked|talks|talk|chatted)\s+(?:to|with)\s/.test(word)) {
        const w = /^\S+\s+(?:to|with)\s+/.exec(word)!;
        b = persons(h, at + w[0].length, end);
      }
    }
    // "A told B in a phone call": the one other person the clause names before the noun.
    if (
      a.length === 1 &&
      !b.length &&
      /\b(?:in|during|over)\s+(?:a|an|the|their|his|her)\s+(?:\p{L}+\s+){0,2}$/u.test(
        c.work.slice(s.start, at),
      )
    )
      b = [
        ...new Set(
          c
            .inRange(s.start, at, P)
            .filter((m) => !c.inAside(m.start))
            .map((m) => m.entity),
        ),
      ];
    b = b.filter((x) => !a.includes(x));
    const all = [...new Set([...a, ...b])];
    if (all.length < 2) return;
    // Each caller with each partner; with no partner, the callers with one another ("A and B spoke").
    const pairs: [Entity, Entity][] = [];
    if (b.length && a.length) for (const x of a) for (const y of b) pairs.push([x, y]);
    phoneCallOf(h, all, pairs.length ? pairs : eachPair(all));
  },
};

/** Every two of `all`, each pair once, in their order. */
function eachPair(all: Entity[]): [Entity, Entity][] {
  const pairs: [Entity, Entity][] = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) pairs.push([all[i]!, all[j]!]);
  return pairs;
}

/** One phone call of `all`, keyed by its parties, and SPOKE_WITH for each of `pairs` (every two by default). */
export function phoneCallOf(h: RuleHit, all: Entity[], pairs = eachPair(all)): void {
  const e = h.event({
    participants: all.map((p) => ({ entity: p, role: 'participant' })),
    main: firstById(all),
    key: `phone-call:${all
      .map((x) => x.id)
      .sort()
      .join('+')}`,
  });
  for (const [x, y] of pairs) h.relation(x, 'SPOKE_WITH', y, { event: e });
}
