// Meetings told as a greeting or a welcome given to a person (MET): "A greeted B at the airport", a
// headline's "A greets B", "B was greeted at the airport by A", "A gave a warm welcome to B", "B was
// accorded a red-carpet welcome by A", and a greeting that was the purpose of a trip told as done: "A led a
// delegation to the airport to greet B", "A went to Beirut to meet B". The greeter is the clause's subject
// as meetings.ts reads it; only persons are greeted ("greeted the decision", "was greeted by a guard of
// honour" make none), and plans ("will greet", "is expected to travel to meet") none.
import { AGENT_BY, isPassive } from '../clauses/clause.js';
import type { Entity } from '../entities/index.js';
import { type EventRule, RuleHit } from './hit.js';
import { meet, persons, subjects } from './meeting-parties.js';
import { matchesOf } from '../regex-matches.js';

/** Plans, negations and purposes before a verb: "will greet", "to greet" (read as a purpose below). */
const NOT_DONE =
  /\b(?:will|would|shall|to|could|may|might|expected|scheduled|set|due|plans?|planned|not|never)\s+(?:\p{Ll}+\s+)?$/u;

/** A trip told as done whose purpose the infinitive tells: "led a delegation to the airport to greet". */
const TRIP =
  /\b(?:went|came|headed|travell?ed|drove|flew|led|rushed|hurried|was\s+(?:at|on\s+hand|present)|were\s+(?:at|on\s+hand|present)|lined\s+up|gathered)\b/g;

/** What "by" introduces after a welcome: "was accorded a warm welcome at the palace by B". */
const WELCOME_BY = /^[^;.]{0,60}?\bby\s+/;

export const greeting: EventRule = {
  id: 'events/meeting-greetings:greeting',
  type: 'meeting',
  re: /\b(?:greeted|greets|greet|to\s+(?:greet|meet|receive|welcome)(?:\s+with)?|(?:gave|gives|give|accorded|accords|extended|extends|given)\s+(?:a\s+|an\s+)?(?:(?:warm|rousing|red[- ]carpet|ceremonial|official|grand|hearty|cordial|royal|traditional|befitting)\s+){0,2}welcome)\b/gu,
  guard: { words: ['greet', 'welcome', 'to meet', 'to receive'] },
  run(h) {
    const { c, s, at, end } = h;
    const word = c.work.slice(at, end);
    const limit = Math.min(s.end, end + 240);
    const purpose = /^to\s/.test(word);
    if (!purpose && NOT_DONE.test(c.work.slice(Math.max(s.start, at - 30), at))) return;
    const welcome = /welcome$/.test(word);
    let host: Entity[];
    let guests: Entity[];
    if (purpose) {
      // The trip's verb, told as done, in the same clause before the infinitive.
      const before = c.work.slice(s.start, at);
      let trip: RegExpExecArray | null = null;
      for (const m of matchesOf(TRIP, before)) trip = m as RegExpExecArray;
      if (!trip || /[;:]/.test(before.slice(trip.index))) return;
      const tripAt = s.start + trip.index;
      if (NOT_DONE.test(c.work.slice(Math.max(s.start, tripAt - 30), tripAt))) return;
      host = subjects(new RuleHit(c, s, tripAt, tripAt + trip[0].length, h.rule));
      guests = persons(h, end, limit);
    } else if (welcome) {
      // "B was accorded a warm welcome by A"; "A gave a warm welcome to B".
      const passive = /^(?:accorded|given|extended)\b/.test(word) && isPassive(c, s, at, end);
      if (passive) {
        const by = WELCOME_BY.exec(c.work.slice(end, limit));
        if (!by || c.inRange(end, end + by[0].length, ['Person']).length) return;
        host = persons(h, end + by[0].length, limit);
        guests = subjects(h);
      } else {
        const to = /^\s+to\s+/.exec(c.work.slice(end, limit));
        if (!to) return;
        host = subjects(h);
        guests = persons(h, end + to[0].length, limit);
      }
    } else if (isPassive(c, s, at, end)) {
      const by = AGENT_BY.exec(c.work.slice(end, limit));
      if (!by) return;
      host = persons(h, end + by[0].length, limit);
      guests = subjects(h);
    } else {
      host = subjects(h);
      guests = persons(h, end, limit);
    }
    guests = guests.filter((g) => g.type === 'Person' && !host.includes(g));
    host = host.filter((x) => x.type === 'Person');
    if (!host.length || !guests.length) return;
    meet(h, host, guests);
  },
};
