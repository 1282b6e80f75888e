// States that repeat an expulsion just told without its verb: "Belgium expelled 21 Russian diplomats. The
// Netherlands followed suit", "Latvia expelled a Belarusian diplomat, and Lithuania did the same", "Finland
// did likewise". The follower is the subject of the phrase, a state; it expels the diplomats' state of the
// expulsion told in the same or the previous sentence, unless it is that state (a reply is no follower).
import { subjectOf } from '../clauses/subject.js';
import { lastExpulsionTold } from './expulsions.js';
import type { EventRule } from './hit.js';
import { actorsOf, STATE } from './parties.js';

export const expulsionFollower: EventRule = {
  id: 'events/expulsions:follower',
  type: 'expulsion',
  re: /\b(?:follow(?:ed|s|ing)? suit|d(?:id|oes|o) (?:the same|likewise)|took the same step)\b/g,
  run(h) {
    const { c, s, at } = h;
    const last = lastExpulsionTold(c);
    const si = c.sents.indexOf(s);
    if (!last || si - last.sentence > 1 || si < last.sentence) return;
    const followers = actorsOf(c, subjectOf(c, s, at), STATE, { at }).filter(
      (e) => e.type === 'Place' && e !== last.country && !last.by.includes(e),
    );
    for (const by of followers) {
      const e = h.event({
        place: by,
        participants: [
          { entity: by, role: 'expeller' },
          { entity: last.country, role: 'expelled' },
        ],
        main: by,
        key: `expulsion:${by.id}>${last.country.id}`,
      });
      h.relation(by, 'EXPELLED', last.country, { event: e });
    }
  },
};
