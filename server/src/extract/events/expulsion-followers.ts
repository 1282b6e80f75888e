// States that follow an expulsion told just before without naming whom they expel: "Germany expelled
// four Russian diplomats. France and Poland followed suit", "Italy did the same", "Other states took
// similar steps, among them A and B", "A and B joined Germany in expelling diplomats". Each state expels
// the country of the expulsion just told (the article's last expelled country): one expulsion each.
import type { Entity } from '../entities/index.js';
import { coordinated, PL } from './arguments.js';
import type { EventRule } from './hit.js';
import { statesListed } from './meeting-sides.js';
import { stateOf } from './parties.js';

/** How many sentences before the follower an expulsion may have been told. */
const REACH = 3;

/** An expulsion's words, in the sentences before the follower. */
const EXPULSION_WORD = /\b(?:expel\w*|expulsions?|persona non grata)\b/i;

/** "among them A, B and C", "including A and B", "namely A": the followers named after the verb. */
const AMONG = /^[^.;:]{0,30}?(?:,\s*)?\b(?:among\s+them|including|namely|such\s+as)\s+(?:the\s+)?/;

export const expulsionFollowers: EventRule = {
  id: 'events/expulsions:followers',
  type: 'expulsion',
  re: /\b(?:followed\s+suit|follow(?:s|ing)?\s+suit|did\s+(?:the\s+)?same|(?:took|taken|takes)\s+(?:similar|the\s+same)\s+(?:steps|measures|action)|joined\s+(?:[^.;\n]{0,60}?\s)?in\s+expelling)\b/gu,
  run(h) {
    const { c, s, at, end } = h;
    const country = c.memo.get('expelledCountry');
    if (!country) return;
    const si = c.sents.indexOf(s);
    const recent = c.sents
      .slice(Math.max(0, si - REACH), si)
      .some((t) => EXPULSION_WORD.test(c.work.slice(t.start, t.end)));
    if (!recent) return;
    // The followers: the subject and the states coordinated with it, else the states listed after.
    const subject = c.subjectBefore(s.start, at, PL);
    let states: Entity[] = subject ? coordinated(c, s, at, subject) : [];
    if (!states.length) {
      const among = AMONG.exec(c.work.slice(end, s.end));
      if (among) states = statesListed(c, end + among[0].length, s.end);
    }
    for (const by of new Set(states.map((x) => stateOf(c, x)))) {
      if (by === country || by.type !== 'Place') continue;
      const e = h.event({
        place: by,
        participants: [
          { entity: by, role: 'expeller' },
          { entity: country, role: 'expelled' },
        ],
        main: by,
        key: `expulsion:${by.id}>${country.id}`,
      });
      h.relation(by, 'EXPELLED', country, { event: e });
    }
  },
};
