// A verbless sentence of counts that goes on from an expulsion just told: "Germany expelled four Russian
// diplomats. Austria and Greece three, Malta and Cyprus two, and Ireland one." Each part is a list of states
// then a count (the verb and the diplomats left out); every state listed expels the diplomats' state of the
// expulsion told in the same or the previous sentence (expelAsBefore). Read only when the whole sentence is
// such parts and nothing else: no verb, no other name ("Austria and Greece three times" or "Minister A two"
// are not taken), and only after an expulsion whose expelled state is known.
import type { EventRule } from './hit.js';
import { stateOf } from './parties.js';
import { isCountry } from './envoys.js';
import { expelAsBefore } from './expulsion-followers.js';
import { cardinals, tens } from '../count-words.js';

const COUNT = String.raw`(?:another\s+)?(?:\d{1,3}|${cardinals(1, 19)}|${tens(90)})(?:\s+(?:each|more|others?))?`;
/** A list of states (each replaced by \u0001) then a count. */
const PART = String.raw`(?:the\s+)?\x01(?:\s*,\s*(?:the\s+)?\x01|\s+and\s+(?:the\s+)?\x01)*\s+${COUNT}`;
const TALLY = new RegExp(
  String.raw`^(?:And\s+)?${PART}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)${PART})+\s*[.;]?\s*$`,
  'i',
);

export const expulsionTally: EventRule = {
  id: 'events/expulsions:tally',
  type: 'expulsion',
  // The last count of a sentence, right before its full stop.
  re: new RegExp(String.raw`\b(?:\d{1,3}|${cardinals(1, 19)}|${tens(90)})(?=\.(?:\s|$))`, 'gi'),
  run(h) {
    const { c, s } = h;
    const ms = c.inRange(s.start, s.end, undefined);
    if (!ms.length || ms.some((m) => m.entity.type !== 'Place')) return;
    // The sentence with each state replaced by one mark (a name that overlaps another spoils the shape).
    let text = '';
    let pos = s.start;
    for (const m of [...ms].sort((a, b) => a.start - b.start)) {
      if (m.start < pos) return;
      text += c.work.slice(pos, m.start) + '\u0001';
      pos = m.end;
    }
    text += c.work.slice(pos, s.end);
    if (!TALLY.test(text.trim())) return;
    const states = [...new Set(ms.map((m) => stateOf(c, m.entity)))];
    if (!states.every((e) => isCountry(e.name))) return;
    expelAsBefore(h, states);
  },
};
