// Summons (SUMMONED) read from the clause: "X summoned Y", "Y was summoned to the Foreign Ministry" or
// "by X" (the body summoned to summons), "X protested by summoning the ambassador of Norway", "the
// ministry said it had summoned …". Y is the envoy the article names, else the country of an unnamed
// envoy ("the Japanese ambassador", "representatives from the US, Netherlands and Italy"); a passive
// with no summoner continues the state of the summoner last named, a ministry named without its country
// the summoner last named. Not
// "summoned its envoy" (a recall). One summons per summoned envoy or country.
import { agentOf } from '../clauses/clause.js';
import { ENVOY_HEAD } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { markUnnamedEnvoy, noteEnvoys, oneUnnamedDiplomat, unnamedEnvoy } from './envoys.js';
import {
  actorsOf,
  ANY,
  clauseOf,
  type Clause,
  entitiesOf,
  isGenericBody,
  nominalClause,
  stateOf,
} from './parties.js';
import type { EventRule, RuleHit } from './hit.js';
import type { EvOut } from './types.js';

const lastSummoner = new WeakMap<Ctx, Entity>();

export const summons: EventRule = {
  id: 'events/summons:summons',
  type: 'summons',
  re: /\bsummon(?:ed|s|ing)\b(?!\s+(?:its|his|her|their)\s+(?:own\s+)?(?:envoy|ambassador))/g,
  run(h) {
    const { c, s, at, end } = h;
    // "the summoning of X (by Y)", "Y's summoning of X": the nominalisation's own arguments.
    const of = /^(?:summoning|summons)$/.test(c.work.slice(at, end))
      ? /^\s+of\s+/.exec(c.work.slice(end, s.end))
      : null;
    const cl = of ? nominalClause(h, end + of[0].length) : reducedPassive(h, clauseOf(h, ANY));
    // "summoned to the Foreign Ministry": the body summoned to is the summoner.
    const actor = cl.passive
      ? (agentOf(c, s, end, /^\s+(?:\S+\s+){0,3}?(?:to|by)\s+(?:the\s+)?/) ?? cl.actor)
      : cl.actor;
    let summoners = actorsOf(c, actor, ANY, { at });
    const last = lastSummoner.get(c);
    // Left out (a passive) or a ministry named without its country: the summoner last named.
    // A passive that names no summoner: the state of the one last named (the real pages' gold gives the
    // country: "Pakistan's envoy was summoned" after "India's foreign ministry …" is India's summons).
    if (last && cl.passive && !summoners.length) summoners = [stateOf(c, last)];
    else if (last && summoners.length && summoners.every(isGenericBody)) summoners = [last];
    const summoned = entitiesOf(c, cl.patient, ANY, { envoys: true, at }).filter(
      (e) => !summoners.includes(e),
    );
    if (!summoners.length && !summoned.length) return;
    if (summoners.length) lastSummoner.set(c, summoners[summoners.length - 1]!);
    const participants: EvOut['participants'] = [
      ...summoners.map((e) => ({ entity: e, role: 'summoner' })),
      ...summoned.map((e) => ({ entity: e, role: 'summoned' })),
    ];
    const whom = summoned[0];
    // Whoever summons them, an envoy or a country's envoys are summoned once ("the ministry summoned X",
    // "Vice Minister Y summoned X").
    const state = summoners[0] ? stateOf(c, summoners[0]).id : '?';
    const key =
      summoned.length === 1 && whom!.type === 'Person'
        ? `summons:*>${whom!.id}`
        : `summons:${state}>${whom?.id ?? '?'}`;
    const e = h.event({ participants, main: whom ?? summoners[0]!, key });
    noteEnvoys(c, cl.patient, summoned);
    for (const by of summoners)
      for (const t of summoned) {
        h.relation(by, 'SUMMONED', t, { event: e });
        if (t.type === 'Place' && (unnamedEnvoy(cl.patient) || oneUnnamedDiplomat(cl.patient)))
          markUnnamedEnvoy(e.relations[e.relations.length - 1], unnamedEnvoy(cl.patient));
      }
  },
};

/**
 * A passive without its auxiliary, as headlines and participle clauses write it: "Chinese
 * representative summoned to the ministry", "Ambassadors of the UK and France summoned to …", "with the
 * British ambassador summoned because of …". An envoy as the subject of "summoned" with no object after
 * it is the one summoned, not the summoner.
 */
function reducedPassive(h: RuleHit, cl: Clause): Clause {
  const np = cl.actor;
  if (cl.passive || !np) return cl;
  const envoy =
    (np.head && ENVOY_HEAD.test(np.head.toLowerCase())) ||
    (np.entities.length > 0 && np.entities.every((e) => e.type === 'Person' && e.envoy));
  if (!envoy) return cl;
  if (!/^summoned$/.test(h.c.work.slice(h.at, h.end))) return cl;
  const next = h.c.work.slice(h.end, h.s.end);
  if (
    !/^(?:\s+(?:to|by|over|because|for|after|on|in|at|amid|following|earlier|last|yesterday|today)\b|\s*[:.,;]|\s*$)/.test(
      next,
    )
  )
    return cl;
  return { passive: true, patient: cl.actor, actor: undefined };
}
