// Who meets whom, shared by the meeting rules (meetings.ts) and the rules of calls, letters and visits that
// read their parties the same way: the persons a phrase names (a name, a list, a roster, a delegation's
// leader, a counterpart or guest known by role), the subject of a meeting verb, and meet(), which makes one
// meeting per person met (or one of all) with its MET relations.
import { isParticipleClause, mainSubject, subjectOf } from '../clauses/subject.js';
import { referents } from '../clauses/clause.js';
import { listAfter, phraseAt } from '../clauses/noun-phrase.js';
import type { Entity } from '../entities/index.js';
import { P, placeAfter } from './arguments.js';
import { counterpartOf, UNNAMED_COUNTERPART } from './counterparts.js';
import { ledBy } from './delegation-leaders.js';
import { guestOf, UNNAMED_GUEST } from './guests.js';
import type { RuleHit } from './hit.js';
import { noteMeeting } from './last-meeting.js';
import { members } from './meeting-lists.js';
import { pronounAndName } from './meeting-pronoun-pairs.js';
import { protagonist } from './meeting-protagonist.js';
import { roleSubject } from './meeting-role-subjects.js';
import { roleHolders } from './role-holders.js';
import { nameAfterBodyRole, personByRole, personByRolePhrase, subjectCounterpart } from './meeting-roles.js';
import { rosterPersons } from './meeting-rosters.js';

/**
 * The meetings of `a` with `others`: one per person met (separate bilateral meetings), or one for all
 * when `together` ("attended the X meeting with A, B and C"); MET links each of `a` to each of `others`.
 * With no `others`, the persons of `a` met one another ("A and B met"). Without `relate`, no MET (a
 * list of states is what the meeting was about, not who met whom).
 */
export function meet(h: RuleHit, a: Entity[], others: Entity[], together = false, relate = true): void {
  const { c, s, at } = h;
  const place = placeAfter(c, at, s.end, /^[^;]{0,60}?\b(?:in|at)\b/);
  const pairs: [Entity, Entity][] = [];
  if (others.length) for (const x of a) for (const o of others) pairs.push([x, o]);
  else for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) pairs.push([a[i]!, a[j]!]);
  const groups =
    !others.length || together || a.length > 1 ? [[...a, ...others]] : others.map((o) => [a[0]!, o]);
  for (const raw of groups) {
    const g = [...new Set(raw)];
    if (g.length < 2) continue;
    const ids = g.map((e) => e.id).sort();
    const e = h.event({
      place,
      participants: g.map((p) => ({ entity: p, role: 'participant' })),
      main: g.find((x) => x.id === ids[0])!,
      key: `meeting:${ids.join('+')}`,
    });
    noteMeeting(h, e);
    for (const [x, y] of pairs)
      if (relate && x !== y && g.includes(x) && g.includes(y)) h.relation(x, 'MET', y, { event: e, place });
  }
}

/** A role the met person is named by before the name: "his Iranian counterpart(,) X", "her host, X". */
const COUNTERPART =
  /^\s*(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:counterparts?|hosts?|guests?|opposite numbers?)(?:\s+(?:of|from)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?\p{L}+)?\s*,?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

const TITLED =
  /^\s*(?:(?:the|The)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|leader|president|prime minister|minister|foreign minister|chancellor|king|crown prince)\s+(?:(?:of|for|to)\s+(?:the\s+)?(?=\p{Lu}))?){0,6}$/u;

/** The persons a phrase at pos names: a name or a list, or the name a counterpart role is given. */
export function persons(h: RuleHit, pos: number, limit: number): Entity[] {
  const { c } = h;
  // "received by his Chief of Staff, A; the Chief of Defence Staff, B": each person of a roster.
  const roster = rosterPersons(c, pos, limit);
  if (roster.length) return roster;
  // "received a delegation led by X", "met the head of the body, X": the leader.
  const led = [...ledBy(h, pos, limit), ...nameAfterBodyRole(h, pos, limit)];
  if (led.length) return led;
  // "the US special envoy for the Western Balkans, X,", "the UN envoy (X)": the holder, not the state.
  const holders = roleHolders(c, pos, limit);
  if (holders.length) return holders;
  const np = phraseAt(c, pos, limit, limit);
  const named = referents(c, np, P, { at: pos });
  if (named.length) return named;
  if (members(np).length) return members(np); // "several leaders, including A and B" (meeting-lists.ts)
  const role = personByRole(h, pos, limit);
  if (role.length) return role;
  const m = c.inRange(pos, Math.min(limit, pos + 80), P, true)[0];
  const unnamed = UNNAMED_COUNTERPART.exec(c.work.slice(pos, limit));
  if (unnamed && (!m || m.start > pos + unnamed[0].length + 3)) return counterpartOf(h, pos, unnamed[1]!);
  // "received the visiting foreign minister", "held talks with his guest": a person named before.
  const guest = UNNAMED_GUEST.exec(c.work.slice(pos, limit));
  if (guest && (!m || m.start > pos + guest[0].length + 3)) return guestOf(h, pos, guest[1]);
  // "received the minister", "met the Russian diplomat": the one introduced with that role before.
  const byRole = !m || m.start > pos + 40 ? personByRolePhrase(h, pos, Math.min(limit, pos + 60)) : [];
  if (byRole.length) return byRole;
  if (!m) return [];
  // Titles and demonyms before the name ("North Korean leader Kim Jong-un and US President X").
  if (TITLED.test(c.work.slice(pos, m.start))) return listAfter(c, m, limit).map((x) => x.entity);
  return COUNTERPART.test(c.work.slice(pos, m.start)) ? [m.entity] : [];
}

/** The subject of the verb at h.at: the clause's own, or the main clause's for a participle. */
export function subjects(h: RuleHit): Entity[] {
  const { c, s, at, end } = h;
  const np = isParticipleClause(c, s, at, end) ? mainSubject(c, s, at, P) : subjectOf(c, s, at);
  // "He and Prime Minister X held talks": both (meeting-pronoun-pairs.ts).
  const withPronoun = pronounAndName(h);
  if (withPronoun.length) return withPronoun;
  const named = protagonist(h, np, referents(c, np, P, { at })); // successive meetings of one person
  if (named.length) return named;
  // "A and her Chilean counterpart held talks": A and the counterpart.
  const pair = subjectCounterpart(h, s.start, at);
  return pair.length ? pair : roleSubject(h);
}
