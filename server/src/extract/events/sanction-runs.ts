// The people and bodies of a sanctions event listed line by line right after its sentence with no colon
// to open the list: "… imposed sanctions on four Iranian officials." and then "• A, head of the prison
// service" / "• B (a police commander)", or lines of one name each ("A, deputy interior minister" / "B, a
// judge"). A bulleted line, or a run of two or more lines that name no more than their person or body (one
// apposition allowed), joins the last sanctions event, sanctioned by each of its sanctioners; the run
// ends at the first line of another shape.
import type { Ctx } from '../context.js';
import type { Sentence } from '../text.js';
import type { Entity } from '../entities/index.js';
import { listAfter } from '../clauses/mention-lists.js';
import type { EventRule } from './hit.js';
import { atListLine, BULLETED, eventSentence, join, LINE_LEAD, listLineStart } from './sanction-lines.js';

/** The index of the last sentence of a run of listed lines, per article, while the run goes on. */
const runAt = new WeakMap<Ctx, number>();

/** After the names, at most one apposition: ", a judge", " – head of X", " (a police commander)". */
const APPOSITION = /^[^\S\n]*(?:(?:[,–—:]|\s-)\s*[^,.;:\n()]{1,80}|\([^)\n]{1,80}\))?[.;]?[^\S\n]*$/;

/** Whether a line break separates the sentences `a` and `b` (or `a` ends the body). */
function brokenAfter(c: Ctx, a: Sentence, b?: Sentence): boolean {
  return !b || /\n/.test(c.work.slice(a.end, b.start));
}

/** The persons or bodies a line of its own names and nothing more (one apposition allowed), if any. */
function namedLine(c: Ctx, si: number): Entity[] | undefined {
  const s = c.sents[si]!;
  if (s.end - s.start > 140 || !brokenAfter(c, c.sents[si - 1]!, s) || !brokenAfter(c, s, c.sents[si + 1]))
    return;
  const first = c.inRange(s.start, s.end, ['Person', 'Organization'], true)[0];
  if (!first || !LINE_LEAD.test(c.work.slice(s.start, first.start))) return;
  const items = listAfter(c, first, s.end).filter((m) => m.entity.type === first.entity.type);
  if (!APPOSITION.test(c.work.slice(items[items.length - 1]!.end, s.end))) return;
  return items.map((m) => m.entity);
}

export const sanctionRun: EventRule = {
  id: 'events/sanctions:run',
  type: 'sanction',
  re: listLineStart(),
  run(h) {
    const { c, s } = h;
    if (!atListLine(h)) return;
    const si = c.sents.indexOf(s);
    if (si < 1) return;
    // Right after the sanctions sentence, which ends its line, or after a line of the run.
    const going = runAt.get(c) === si - 1;
    if (!going && eventSentence(c) !== si - 1) return;
    const who = namedLine(c, si);
    if (!who) return;
    // One line is a list item when bulleted, or when the next line is of the same shape and names
    // someone else (not a caption printed twice under a photo).
    const bulleted = BULLETED.test(c.work.slice(s.start, s.end));
    const next = !going && !bulleted && si + 1 < c.sents.length ? namedLine(c, si + 1) : undefined;
    if (!going && !bulleted && !next?.some((e) => !who.includes(e))) return;
    join(h, who);
    runAt.set(c, si);
  },
};
