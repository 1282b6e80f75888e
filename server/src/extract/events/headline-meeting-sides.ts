// A headline names a meeting's sides by their states or roles ("A calls on Ruritania Foreign Minister",
// "Meeting between the presidents of Ruritania and Freedonia"); the body tells the same meeting with the
// persons ("A called on Foreign Minister B", "C and D met"). When the text never gives those persons'
// nationality, the merge by side (extract/index.ts) cannot see that B is Ruritania's, and the headline
// meeting would stay apart as a second meeting with a state. Here the headline's meeting is folded into the
// body's meeting that holds the headline's persons and, for each headline state, one more person the text
// does not give another state: its evidence joins that meeting, its states are not added as participants.
import type { Entity, EntityIndex } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { isCountry } from './envoys.js';
import type { EvOut } from './types.js';

/** Whether an event is told in the headline sentence alone. */
const inHeadline = (e: EvOut, head: Sentence) =>
  e.evidence.every((v) => v.start >= head.start && v.end <= head.end);

/** Folds headline meetings with states into the body meeting they are (the article's events, in order). */
export function foldHeadlineStateMeetings(
  events: EvOut[],
  head: Sentence | undefined,
  idx: EntityIndex,
): EvOut[] {
  if (!head) return events;
  const isState = (x: Entity) => x.type === 'Place' && isCountry(x.name);
  // The state entity of a person's nationality (none when the article names that state only by adjective).
  const stateOf = (x: Entity) =>
    x.nationality
      ? (idx.countryEntity(x.nationality) ??
        idx.entities.find((p) => p.type === 'Place' && p.name === x.nationality))
      : undefined;
  const dropped = new Set<EvOut>();
  for (const h of events) {
    if (h.type !== 'meeting' || !h.evidence.length || !inHeadline(h, head)) continue;
    const parts = [...new Set(h.participants.map((p) => p.entity))];
    const states = parts.filter((p) => isState(p));
    const persons = parts.filter((p) => p.type === 'Person');
    if (!states.length || states.length + persons.length !== parts.length) continue;
    const body = events.find((b) => {
      if (b === h || dropped.has(b) || b.type !== 'meeting' || inHeadline(b, head)) return false;
      const bParts = [...new Set(b.participants.map((p) => p.entity))];
      if (!persons.every((p) => bParts.includes(p))) return false;
      // The body's other persons stand for the headline's states: as many, none of another known state.
      const others = bParts.filter((p) => !persons.includes(p));
      if (others.length !== states.length || !others.every((p) => p.type === 'Person')) return false;
      return others.every((p) => {
        if (p.type !== 'Person' || !p.nationality) return true;
        const s = stateOf(p);
        return !!s && states.includes(s);
      });
    });
    if (!body) continue;
    for (const ev of h.evidence) if (!body.evidence.some((s) => s.start === ev.start)) body.evidence.push(ev);
    body.relations.push(
      ...h.relations.filter((r) => !states.includes(r.source) && !states.includes(r.target)),
    );
    dropped.add(h);
  }
  return dropped.size ? events.filter((e) => !dropped.has(e)) : events;
}
