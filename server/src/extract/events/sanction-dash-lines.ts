// The people and bodies of a sanctions event listed one a line as "Name – description", however long the
// description runs ("Oleg Sidorov – Deputy Minister of Internal Affairs. He ordered the dispersal of …"),
// on the lines right after the sanctions sentence's line, or after one or two lines more ("The list
// includes:", "The sanctioned individuals are", "They were named on Monday."). A run needs two lines of that
// shape (or a bullet); each line whose name was read joins the last sanctions event, sanctioned by each of
// its sanctioners, and the run goes on line after line, past lines of its shape whose names were not read,
// until a line of another shape. (sanction-lines.ts and sanction-runs.ts read lists whose lines hold a name
// and at most a short apposition; here the dash alone marks the line as the list's.)
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { EventRule } from './hit.js';
import { atListLine, BULLETED, eventSentence, join, LINE_LEAD, listLineStart } from './sanction-lines.js';

/** The end of the last line of a run, per article, while the run goes on. */
const runEnd = new WeakMap<Ctx, number>();

const lineEndAt = (c: Ctx, at: number) => {
  const nl = c.work.indexOf('\n', at);
  return nl < 0 ? c.work.length : nl;
};

/** The person or body a line opens with when a dash sets a description after it, with the line's end. */
function dashLine(c: Ctx, start: number): { who: Entity; end: number } | undefined {
  const end = lineEndAt(c, start);
  const first = c.inRange(start, end, ['Person', 'Organization'], true)[0];
  if (!first || !LINE_LEAD.test(c.work.slice(start, first.start))) return;
  if (!/^[^\S\n]+[–—-]{1,2}[^\S\n]+\S/.test(c.work.slice(first.end, first.end + 6))) return;
  return { who: first.entity, end };
}

/** A line shaped as a list's "Name – description" line, whether or not its name was read as an entity. */
const DASH_SHAPE =
  /^[^\S\n]*(?:(?:[-–—•*·]|\d{1,2}[.)])[^\S\n]*)?\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}.'’-]*|al|bin|ibn|de|del|da|dos|van|von|der|la|le))*[^\S\n]+[–—-]{1,2}[^\S\n]+\S/u;

/** Whether the text holds only blank lines and lines of a list's shape. */
const onlyListLines = (text: string) => text.split('\n').every((l) => !l.trim() || DASH_SHAPE.test(l));

/** The next non-empty line after `end`, if any. */
function nextLine(c: Ctx, end: number): string | undefined {
  const m = /\S/.exec(c.work.slice(end));
  return m ? c.work.slice(end + m.index, lineEndAt(c, end + m.index)) : undefined;
}

/**
 * Whether the run starts on the line after the sanctions sentence's own line (which may go on with more
 * sentences: "… sanctions on 14 people. The measures include …"), or one or two lines later ("The list
 * includes:").
 */
function afterSanctions(c: Ctx, start: number): boolean {
  const ev = c.sents[eventSentence(c)];
  if (!ev || ev.end > start) return false;
  const lines = c.work.slice(ev.end, start).split('\n');
  return lines.length > 1 && lines.slice(1).filter((l) => l.trim()).length <= 2;
}

export const sanctionDashLine: EventRule = {
  id: 'events/sanctions:dash-lines',
  type: 'sanction',
  re: listLineStart(),
  run(h) {
    const { c, s } = h;
    if (!atListLine(h)) return;
    const line = dashLine(c, s.start);
    if (!line) return;
    // The run goes on past lines of its shape whose names were not read.
    const last = runEnd.get(c);
    const going = last !== undefined && last < s.start && onlyListLines(c.work.slice(last, s.start));
    if (!going) {
      if (!afterSanctions(c, s.start)) return;
      // One line is no run unless bulleted: the next line must be of the same shape.
      const bulleted = BULLETED.test(c.work.slice(s.start, line.end));
      const next = nextLine(c, line.end);
      if (!bulleted && (!next || !DASH_SHAPE.test(next))) return;
    }
    join(h, [line.who]);
    runEnd.set(c, line.end);
  },
};
