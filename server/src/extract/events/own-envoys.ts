// A state's own envoy recalled without a name ("Pakistan called back its high commissioner from India",
// "China said it was recalling its ambassador from Lithuania") is the one person the article posts as a
// head of mission away from that state: a person with an AMBASSADOR_TO relation, from any rule and any
// sentence, to a state other than the recaller (the state recalled from, when the event names it), of
// no other origin than the recaller (of unknown origin only when no other state recalls from there). Read once events and the other relations are found, since the
// posting is often said elsewhere ("India had summoned Pakistan High Commissioner Sohail Mahmood").
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { HEAD_OF_MISSION, NOT_HEAD_OF_MISSION_WORD as NOT_HEAD } from '../role-nouns.js';
import { stateOf } from './parties.js';
import type { EvOut, RelOut } from './types.js';

/** One envoy of the recaller's own, singular and heading a mission: "its ambassador", "our High Commissioner". */
const OWN_ENVOY = new RegExp(
  String.raw`\b(?:its|our|their|his|her)\s+(?:own\s+)?(?:${HEAD_OF_MISSION}|top diplomat)\b(?!s)`,
  'i',
);

/** The states whose recalls name `place` as where their envoy is recalled from. */
function recallsFrom(c: Ctx, events: EvOut[], place: Entity): Entity[] {
  return events
    .filter(
      (e) =>
        e.type === 'recall' &&
        e.participants.some((p) => p.role === 'recalled-from' && stateOf(c, p.entity) === place),
    )
    .flatMap((e) => e.participants.filter((p) => p.role === 'recaller').map((p) => stateOf(c, p.entity)));
}

/** Adds the recalled envoy (and RECALLED) to recalls of an unnamed own envoy; mutates the events. */
export function recallOwnEnvoys(c: Ctx, events: EvOut[], loose: RelOut[]): void {
  const postings = [...loose, ...events.flatMap((e) => e.relations)].filter(
    (r) => r.type === 'AMBASSADOR_TO' && r.source.type === 'Person' && !NOT_HEAD.test(r.source.title ?? ''),
  );
  if (!postings.length) return;
  for (const e of events) {
    if (e.type !== 'recall' || e.participants.some((p) => p.role === 'recalled')) continue;
    const recallers = e.participants.filter((p) => p.role === 'recaller').map((p) => p.entity);
    if (recallers.length !== 1) continue;
    const state = stateOf(c, recallers[0]!);
    if (state.type !== 'Place') continue;
    const said = e.evidence.map((s) => c.work.slice(s.start, s.end)).join(' ');
    const own = OWN_ENVOY.exec(said);
    if (!own || NOT_HEAD.test(said.slice(Math.max(0, own.index - 12), own.index + own[0].length))) continue;
    const from = e.participants.filter((p) => p.role === 'recalled-from').map((p) => stateOf(c, p.entity));
    const fits = new Set<Entity>();
    for (const r of postings) {
      const to = stateOf(c, r.target);
      if (to === state || (from.length && !from.includes(to))) continue;
      if (r.source.envoy?.origin && r.source.envoy.origin !== state.name) continue;
      // Of unknown origin, only when no other state recalls its envoy from there ("Chile and Colombia
      // recalled their ambassadors from Israel": Chile's, named, is not known to be Colombia's).
      if (!r.source.envoy?.origin && recallsFrom(c, events, to).some((x) => x !== state)) continue;
      fits.add(r.source);
    }
    if (fits.size !== 1) continue;
    const envoy = [...fits][0]!;
    e.participants.push({ entity: envoy, role: 'recalled' });
    e.relations.push({
      source: recallers[0]!,
      type: 'RECALLED',
      target: envoy,
      date: e.date,
      evidence: e.evidence.slice(0, 1),
      event: e,
      rule: 'events/own-envoys:recalled-own-envoy',
    });
  }
}
