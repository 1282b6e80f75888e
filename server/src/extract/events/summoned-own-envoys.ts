// A state that "summons" its own envoy calls him home: "In July, the Peruvian authorities summoned Ana
// Torres" where Ana Torres is Peru's ambassador to Mexico is a recall, not a summons (the corpus's
// convention: a country's own envoy "summoned" home is a `recall`). The summoned envoy is the state's
// own when the article posts him abroad (an AMBASSADOR_TO relation to another state) and gives him the
// summoner as origin ("the Ambassador of Peru to Mexico, X", "Peru's ambassador X"), or when another event
// of the article has the same state recall him. Read once events and relations are found; mutates them.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { stateOf } from './parties.js';
import type { EvOut, RelOut } from './types.js';

const ROLE: Record<string, string> = { summoner: 'recaller', summoned: 'recalled' };

/** The state `envoy` is posted to away from `state`, when the article posts him as `state`'s own. */
function postedAway(c: Ctx, state: Entity, envoy: Entity, events: EvOut[], rels: RelOut[]) {
  const postings = rels.filter(
    (r) => r.type === 'AMBASSADOR_TO' && r.source === envoy && stateOf(c, r.target) !== state,
  );
  if (!postings.length) return undefined;
  const recalledBefore = events.some(
    (e) =>
      e.type === 'recall' &&
      e.participants.some((p) => p.role === 'recalled' && p.entity === envoy) &&
      e.participants.some((p) => p.role === 'recaller' && stateOf(c, p.entity) === state),
  );
  if (envoy.envoy?.origin !== state.name && !recalledBefore) return undefined;
  return stateOf(c, postings[0]!.target);
}

export function summonedOwnEnvoys(c: Ctx, events: EvOut[], loose: RelOut[]): void {
  const rels = [...loose, ...events.flatMap((e) => e.relations)];
  for (const e of events) {
    if (e.type !== 'summons') continue;
    const summoners = e.participants.filter((p) => p.role === 'summoner');
    const summoned = e.participants.filter((p) => p.role === 'summoned');
    if (summoners.length !== 1 || summoned.length !== 1 || summoned[0]!.entity.type !== 'Person') continue;
    const state = stateOf(c, summoners[0]!.entity);
    if (state.type !== 'Place') continue;
    const envoy = summoned[0]!.entity;
    const away = postedAway(c, state, envoy, events, rels);
    if (!away) continue;
    e.type = 'recall';
    e.rule = 'events/summoned-own-envoys:recall';
    for (const p of e.participants) p.role = ROLE[p.role] ?? p.role;
    if (!e.participants.some((p) => p.role === 'recalled-from'))
      e.participants.push({ entity: away, role: 'recalled-from' });
    for (const r of e.relations)
      if (r.type === 'SUMMONED') Object.assign(r, { type: 'RECALLED', rule: e.rule });
  }
}
