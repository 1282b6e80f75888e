// Meetings told as a visit or a call paid to a person (MET): "A visited B" and "the delegation also
// visited B, the Speaker, and C" (B a person named right after the verb, so no visit of a place), "A was
// visited by B", and the double object "A paid B a courtesy visit", "A paid President B a call". The
// visitor is the clause's subject as meetings.ts reads it (a name, a role, "the delegation": its leader);
// each person visited is one meeting with the visitor.
import { listAfter } from '../clauses/mention-lists.js';
import { isPassive } from '../clauses/clause.js';
import type { Entity, Mention } from '../entities/index.js';
import { P } from './arguments.js';
import { type EventRule, RuleHit } from './hit.js';
import { meet, subjects } from './meeting-parties.js';

/** Titles and capitalised words between the verb and the person's name ("President", "the Speaker, Mr"). */
const TITLE_GAP = /^\s+(?:(?:the|his|her|their)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|for)\s+){0,5}$/u;

/** The agent's role before its name: "by World Bank country director", "by the visiting envoy". */
const AGENT_GAP =
  /^(?:(?:the\s+)?(?!(?:and|or|who|which|that|was|were|is|are|has|have|had)\b)[\p{L}.'’-]+\s+){0,5}$/u;

/** "a courtesy visit", "a polite call", "an official visit" after the person paid it. */
const A_VISIT = /^\s*,?\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:visit|call)\b/u;

/** Plans and negations before the verb: "will visit", "is expected to pay". */
const NOT_DONE =
  /\b(?:will|would|shall|to|could|may|might|expected|scheduled|plans?|planned|not|never)\s+(?:\p{Ll}+\s+)?$/u;

export const personVisit: EventRule = {
  id: 'events/meeting-visits:person-visit',
  type: 'meeting',
  re: /\b(?:visited|(?:paid|pays)(?=\s+(?:(?:the|his|her)\s+)?\p{Lu}))\b/gu,
  run(h) {
    const { c, s, at, end } = h;
    if (NOT_DONE.test(c.work.slice(Math.max(s.start, at - 30), at))) return;
    const limit = Math.min(s.end, end + 240);
    const paid = /^pa(?:id|ys)$/.test(c.work.slice(at, end));
    // "A was visited by B": the agent visited the subject.
    const by = !paid && isPassive(c, s, at, end) ? /^\s+by\s+/.exec(c.work.slice(end, limit)) : null;
    const from = by ? end + by[0].length : end;
    const first = c.inRange(from, limit, P, true)[0];
    const gap = first ? c.work.slice(from, first.start) : '';
    if (!first || !(by ? AGENT_GAP.test(gap) : TITLE_GAP.test(gap))) return;
    // No place named between the verb and the person ("visited Kenya's President X" is a visit).
    if (!by && c.inRange(from, first.start, ['Place', 'Organization'], true).length) return;
    const visited = listed(h, first, limit, paid);
    if (!visited.length) return;
    const subj = subjects(h).filter((x) => !visited.includes(x));
    if (!subj.length) return;
    meet(h, subj, visited);
  },
};

/** The persons visited: the list at `first`, followed by "a … visit/call" when the visit is paid. */
function listed(h: RuleHit, first: Mention, limit: number, paid: boolean): Entity[] {
  const { c } = h;
  const items = listAfter(c, first, limit);
  if (!paid) return items.map((m) => m.entity);
  const last = items[items.length - 1]!;
  return A_VISIT.test(c.work.slice(last.end, limit)) ? items.map((m) => m.entity) : [];
}
