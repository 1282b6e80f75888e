// Meetings told by a participle clause that opens the sentence, its subject being the main clause's:
// "Meeting X in Nairobi on Monday, Y said …", "Meeting with X, Y …", "Welcoming X to Berlin, Y said …",
// "Hosting X, Y …", "After receiving X at the palace, Y …". The persons named in the participle clause
// are met by the main clause's subject (one meeting each). A lower-case "after meeting X, Y …" is read by
// the meeting rule's co-mention (meetings.ts); "Meeting the target, Y said" names no person and makes none.
import type { Entity } from '../entities/index.js';
import type { EventRule } from './hit.js';
import { meet, persons } from './meeting-parties.js';

/** What may stand before the participle: nothing, or a conjunction of time. */
const OPENER = /^\s*(?:(?:After|While|Before|Upon|On|When|Since)\s+)?$/;

export const frontedMeeting: EventRule = {
  id: 'events/meetings:fronted',
  type: 'meeting',
  re: /\b(?:Meeting|Welcoming|Hosting|Receiving|(?<=\b(?:After|While|Before|Upon|On|When|Since)\s+)(?:welcoming|hosting|receiving))\b(?:\s+with\b)?/gu,
  guard: { words: ['Meeting', 'Welcoming', 'Hosting', 'Receiving', 'welcoming', 'hosting', 'receiving'] },
  run(h) {
    const { c, s, at, end } = h;
    if (!OPENER.test(c.work.slice(s.start, at))) return;
    // The participle clause ends at the first comma; the main clause's subject follows it.
    const comma = c.work.indexOf(',', end);
    if (comma < 0 || comma >= s.end) return;
    const met = persons(h, end, comma);
    if (!met.length) return;
    const subj: Entity[] = persons(h, comma + 1, s.end).filter((x) => !met.includes(x));
    if (!subj.length) return;
    meet(h, subj, met);
  },
};
