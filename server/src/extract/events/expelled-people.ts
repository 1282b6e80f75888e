// The people of an expulsion named after its clause: in a sentence of their own soon after it, behind a
// lead ("Moldova expelled five Russian diplomats. Among them are the military attaché A and his assistant
// B", "They include A", "The diplomats are A and B" after a sentence that spoke of diplomats; the leads are
// the sanctions lists' own, sanction-lines.ts), or added after the verb of a clause that expelled people
// ("A and B were also ordered to leave, along with C"). Each joins the expulsion just told, expelled by
// each of its expellers.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { leadListed, titledItems } from './sanction-lines.js';
import type { EventRule, RuleHit } from './hit.js';
import type { EvOut } from './types.js';

/** The expulsions an article told last, their sentence and where their trigger ended. */
interface Told {
  events: EvOut[];
  sentence: number;
  end: number;
}
const told = new WeakMap<Ctx, Told>();

/** Called by the expulsion rule for each expulsion with an expeller it makes. */
export function noteExpulsionPeople(h: RuleHit, e: EvOut): void {
  const { c, s } = h;
  const si = c.sents.indexOf(s);
  const was = told.get(c);
  if (was && was.sentence === si) {
    if (!was.events.includes(e)) was.events.push(e);
    was.end = Math.max(was.end, h.end);
    return;
  }
  told.set(c, { events: [e], sentence: si, end: h.end });
}

/** The persons join each expulsion as expelled, expelled by each of its expellers. */
function join(h: RuleHit, t: Told, who: Entity[]): void {
  for (const e of t.events) {
    const by = e.participants.filter((p) => p.role === 'expeller').map((p) => p.entity);
    const fresh = who.filter((w) => !e.participants.some((p) => p.entity === w));
    if (!by.length || !fresh.length) continue;
    for (const w of fresh) e.participants.push({ entity: w, role: 'expelled' });
    for (const ev of h.evidence()) if (!e.evidence.some((x) => x.start === ev.start)) e.evidence.push(ev);
    for (const b of by) for (const w of fresh) h.relation(b, 'EXPELLED', w, { event: e, date: e.date });
  }
}

/** How many sentences after the expulsion its people may be listed. */
const REACH = 2;

export const expelledPeopleListed: EventRule = {
  id: 'events/expulsions:people-listed',
  type: 'expulsion',
  re: /(?<=^|\n|[.!?]["”’]?\s)[^\S\n]*(?:Among|They|Those|The|Also)\b/gu,
  run(h) {
    const { c, s, at } = h;
    const t = told.get(c);
    if (!t || at - s.start > 2) return;
    const si = c.sents.indexOf(s);
    if (si <= t.sentence || si - t.sentence > REACH) return;
    const who = leadListed(c, s, c.sents[t.sentence], true);
    if (who?.length) join(h, t, who);
  },
};

/**
 * "… were also ordered to leave, along with C(, of the UN office)": persons added after the verb of a
 * clause that expelled persons join its expulsion.
 */
export const expelledAlongWith: EventRule = {
  id: 'events/expulsions:along-with',
  type: 'expulsion',
  re: /,\s+(?:along|together)\s+with\s+/g,
  run(h) {
    const { c, s, at, end } = h;
    const t = told.get(c);
    if (!t || c.sents.indexOf(s) !== t.sentence || at < t.end) return;
    // Right after the verb and what it governs, up to a comma: nothing of another clause between.
    if (!/^[^,;:]{0,40}$/.test(c.work.slice(t.end, at))) return;
    const persons = t.events.some((e) =>
      e.participants.some((p) => p.role === 'expelled' && p.entity.type === 'Person'),
    );
    if (!persons) return;
    const first = c.inRange(end, s.end, ['Person'], true)[0];
    if (!first || !/^(?:[\p{L}-]+\s+){0,3}$/u.test(c.work.slice(end, first.start))) return;
    join(
      h,
      t,
      titledItems(c, s, first).map((m) => m.entity),
    );
  },
};
