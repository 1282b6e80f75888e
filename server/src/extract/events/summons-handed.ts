// A summons told as a thing handed over: "Turkish ambassador X was handed a summons to Iraq's Foreign
// Ministry", "the ministry handed a summons to the Turkish ambassador X". The envoy who is handed it is
// summoned; the body it calls him to, or the one who hands it, summons. (The summons rule reads the verb
// "summon"; a summons that is handed has no such verb.) Only an envoy is summoned so: a court's summons to a
// politician is none.
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import { calledEnvoy } from './meetings-calls.js';
import type { EventRule } from './hit.js';
import type { EvOut } from './types.js';

/** "was handed a summons", "had been given a summons", "were served with a summons". */
const PASSIVE =
  /^(?:was|were|is|are|has been|have been|had been|being)\s+(?:\p{Ll}+\s+)?(?:handed|given|served|issued)\s+(?:with\s+)?an?\s+summons/u;

export const handedSummons: EventRule = {
  id: 'events/summons:handed-summons',
  type: 'summons',
  re: /\b(?:was|were|is|are|has been|have been|had been|being)\s+(?:\p{Ll}+\s+)?(?:handed|given|served|issued)\s+(?:with\s+)?an?\s+summons\b|\b(?:handed|hands|gave|gives|served|serves|issued|issues)\s+(?:an?\s+)?summons(?:es)?\s+to\b/gu,
  guard: { words: ['summons'] },
  run(h) {
    const { c, s, at, end } = h;
    const word = c.work.slice(at, end);
    let summoned: Entity[] = [];
    let summoner: Entity | undefined;
    if (PASSIVE.test(word)) {
      // The envoy the clause opens with is summoned; the body after "to" summons.
      const who = c.subjectBefore(s.start, at, P);
      if (who) summoned = [who];
      const to = /^\s+to\s+(?:the\s+)?/.exec(c.work.slice(end, s.end));
      const body = to
        ? c.firstAfter(end + to[0].length, end + to[0].length + 60, ['Organization', 'Place'])
        : undefined;
      // ("to Iraq's Foreign Ministry": the ministry, the possessor's state being part of its name.)
      const own =
        body && body.entity.type === 'Place'
          ? c.firstAfter(body.end, body.end + 40, ['Organization'])
          : undefined;
      summoner = (own && /^['’]s\s+$/.test(c.work.slice(body!.end, own.start)) ? own : body)?.entity;
    } else {
      summoner = c.subjectBefore(s.start, at, ['Place', 'Organization', 'Person']);
      summoned = c
        .inRange(end, s.end, P)
        .slice(0, 1)
        .map((m) => m.entity);
    }
    const whom = summoned[0];
    // (A court's summons to a politician is no diplomatic one: only an envoy's.)
    if (!whom || !calledEnvoy(c, whom)) return;
    const participants: EvOut['participants'] = [
      ...(summoner ? [{ entity: summoner, role: 'summoner' }] : []),
      { entity: whom, role: 'summoned' },
    ];
    const e = h.event({ participants, main: whom, key: `summons:*>${whom.id}` });
    if (summoner) h.relation(summoner, 'SUMMONED', whom, { event: e });
  },
};
