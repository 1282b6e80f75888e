// The people of a sanctions event named in a sentence soon after it whose subject points back at the group
// the sanctions counted ("The US sanctioned 10 officers … The four others slapped with sanctions are A, B,
// C and D", "Members affected by the sanctions are A; B; C"): group-leads.ts reads the subject; each person
// listed after it joins the last sanctions event, sanctioned by each of its sanctioners.
import type { Ctx } from '../context.js';
import type { EventRule } from './hit.js';
import { groupLead, listStart } from './group-leads.js';
import { listedPersons } from './sanction-lists.js';
import { eventSentence, join } from './sanction-lines.js';
import { lastSanction } from './sanctions.js';

/** How many sentences after the event (or the last list) the list may come; further when its subject names the measure. */
const REACH = 2;
const MEASURE_REACH = 6;

/** The last sentence a group's list was read from, and the event sentence it pointed back at. */
const lastListed = new WeakMap<Ctx, { sentence: number; told: number }>();

export const sanctionedGroupListed: EventRule = {
  id: 'events/sanctions:group-listed',
  type: 'sanction',
  re: /(?<=^|\n|[.!?]["”’]?\s)[^\S\n]*\p{Lu}/gu,
  run(h) {
    const { c, s, at } = h;
    if (c.work.slice(s.start, at).trim() || !lastSanction.get(c)) return;
    const si = c.sents.indexOf(s);
    const ei = eventSentence(c);
    if (ei < 0 || si <= ei) return;
    const chained = lastListed.get(c);
    const told = chained && chained.told === ei ? chained.told : ei;
    const since = chained && chained.told === ei ? chained.sentence : ei;
    const lead = groupLead(c, s, c.sents[told]!);
    if (!lead) return;
    const reach = lead.measure && lead.pointed ? MEASURE_REACH : REACH;
    if (si - since > reach) return;
    const firstPerson = (pos: number) => c.inRange(pos, s.end, ['Person'], true)[0]?.start;
    const from = listStart(c, s, lead.from, firstPerson);
    if (from === undefined) return;
    const who = listedPersons(c, from, s.end);
    if (who.length < 2) return;
    if (join(h, who)) lastListed.set(c, { sentence: si, told });
  },
};
