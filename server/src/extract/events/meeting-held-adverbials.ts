// Talks held with an adverbial of place or time between the verb and the meeting noun, often set off by
// commas: "A held in Addis Ababa, a consultative meeting with his counterparts from B, C and D", "A had on
// Friday a meeting with B", "A held, in Riyadh, talks with B". The meeting rule's trigger (meetings.ts)
// allows a few words between "held" and its noun, no comma and no adverbial; this trigger spans the gap
// and hands the hit to the meeting rule, which reads its subject and its object like "held a meeting with".
import { P } from './arguments.js';
import type { EventRule } from './hit.js';
import { meeting } from './meetings.js';

export const heldGapMeeting: EventRule = {
  id: 'events/meetings:held-gap',
  type: 'meeting',
  re: /\b(?:held|hold|holds|had|holding)\s*,?\s+(?:in|at|on|during|yesterday|today|earlier|later)\s+[^,;.()"“”]{1,50}?\s*,?\s+(?:(?:a|an|the|two|three|several|separate|\d+)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:talks|meetings?|discussions?|consultations|negotiations)\s+with\b/gu,
  guard: { words: ['held', 'hold', 'had'] },
  run(h) {
    // No person between the verb and the noun (else who held it is not plain: "had in X's office a meeting").
    const m = /(?:talks|meetings?|discussions?|consultations|negotiations)\s+with$/.exec(
      h.c.work.slice(h.at, h.end),
    );
    const gapEnd = h.end - (m ? m[0].length : 0);
    if (h.c.inRange(h.at, gapEnd, P).length) return;
    meeting.run(h);
  },
};
