// The states an expulsion by an unnamed group ("European countries once again expelled dozens of Russian
// diplomats", "More EU countries are expelling Russian diplomats") names in the next sentences: "These are
// A, B and C", "They include A and B", "Among them were A and B", "The countries are A, B and C". Each state
// listed is an expeller of its own expulsion of the same diplomats. (expelled-lists.ts reads the mirror
// case: a counted group of states expelled, "expelled 40 diplomats from 18 countries".)
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { listAfter } from '../clauses/mention-lists.js';
import { isCountry } from './envoys.js';
import type { EventRule, RuleHit } from './hit.js';
import type { EvOut } from './types.js';

/** A group's expulsion whose states the article has yet to name: whom it expelled, and its sentence. */
interface GroupExpulsion {
  /** The events told without their expellers (a headline's and the body's): the first state listed takes them. */
  events: EvOut[];
  expelled: Entity[];
  sentence: number;
  date: string | null;
}
const open = new WeakMap<Ctx, GroupExpulsion>();

/** How many sentences after the group's expulsion its list may come. */
const REACH = 2;

/**
 * A plural group of states as the subject right before the trigger, naming none of them: "European
 * countries once again", "More EU countries are", "Several Western governments have", "Allies".
 */
const GROUP_SUBJECT =
  /(?:^|[,;:•|]\s*|\b(?:that|and|as)\s+)(?:(?:[Mm]ore|[Ss]everal|[Mm]any|[Oo]ther|[Ss]ome|[Mm]ost|[Tt]he|[Aa]t least|\d+|\p{Lu}[\p{L}-]*|\p{Ll}+an|\p{Ll}+ern)\s+){0,4}(?:countries|states|nations|governments|allies|members|partners)(?:\s+(?:have|has|had|are|were|also|once again|again|then|now|all|too))*\s+$/u;

/** Whether the expulsion's subject is a group of states it does not name. */
export function groupSubject(h: RuleHit): boolean {
  const { c, s, at } = h;
  return GROUP_SUBJECT.test(c.work.slice(s.start, at));
}

/** Called by the expulsion rule for a group's expulsion: the diplomats' states wait for the group's list. */
export function noteGroupExpulsion(h: RuleHit, expelled: Entity[], event?: EvOut): void {
  const states = expelled.filter((e) => e.type === 'Place');
  if (!states.length) return;
  const sentence = h.c.sents.indexOf(h.s);
  const have = open.get(h.c);
  // The body telling again the group's expulsion a headline told: one list names the states of both.
  const again = have && sentence - have.sentence <= REACH && states.every((x) => have.expelled.includes(x));
  const events = [...(again ? have.events : []), ...(event ? [event] : [])];
  open.set(h.c, { events, expelled: states, sentence, date: event?.date ?? h.date });
}

export const expellerList: EventRule = {
  id: 'events/expulsions:expeller-list',
  type: 'expulsion',
  // (Only an expulsion by a group, which the expulsion rule notes, has expellers to list.)
  after: ['events/expulsions:expulsion'],
  re: /\b(?:(?:[Tt]hese|[Tt]hey|[Tt]hose)(?:\s+(?:countries|states|nations))?|[Tt]he\s+(?:\p{L}+\s+)?(?:countries|states|nations))\s+(?:are|were|include[sd]?)\b|\b[Aa]mong\s+them(?:\s+(?:are|were))?\b/gu,
  run(h) {
    const { c, s, end } = h;
    const o = open.get(c);
    const si = c.sents.indexOf(s);
    if (!o || si <= o.sentence || si - o.sentence > REACH) return;
    // The first country right after the lead, and the places coordinated with it.
    const first = c.inRange(end, s.end, ['Place'], true)[0];
    if (!first || !/^[\s:,]*(?:the\s+)?$/.test(c.work.slice(end, first.start))) return;
    const states = listAfter(c, first, s.end)
      .map((m) => m.entity)
      .filter((e) => isCountry(e.name) && !o.expelled.includes(e));
    if (states.length < 2) return;
    open.delete(c);
    for (const by of states) {
      const key = `expulsion:${by.id}>${o.expelled[0]!.id}`;
      if (by === states[0] && o.events.length) {
        for (const told of o.events) {
          told.participants.unshift({ entity: by, role: 'expeller' });
          Object.assign(told, { key, main: by, place: by });
          told.evidence.push(...h.evidence());
          for (const x of o.expelled) h.relation(by, 'EXPELLED', x, { event: told });
        }
        continue;
      }
      const e = h.event({
        place: by,
        date: o.date,
        participants: [
          { entity: by, role: 'expeller' },
          ...o.expelled.map((x) => ({ entity: x, role: 'expelled' })),
        ],
        main: by,
        key,
      });
      for (const x of o.expelled) h.relation(by, 'EXPELLED', x, { event: e });
    }
  },
};
