// People sanctioned by a word that points back to them: "A and B ran the prison. The United States imposed
// sanctions on the two men." (or "sanctioned them", "on both officials"). When the sentence right before
// opens with a list of persons as many as the words count (two or more for "them"), they join the
// sanctions the sentence tells, sanctioned by each of its sanctioners.
import { listAfter } from '../clauses/mention-lists.js';
import type { EventRule } from './hit.js';
import { eventSentence, join } from './sanction-lines.js';

const COUNTS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5 };

export const sanctionedAnaphora: EventRule = {
  id: 'events/sanctions:anaphora',
  type: 'sanction',
  re: /\b(?:sanctions\s+(?:\S+\s+){0,2}?(?:on|against)|sanctioned|blacklisted)\s+(?:them|(?:the\s+(two|three|four|five)|(both))\s+(?:\p{Ll}+\s+)?(?:men|women|officials|brothers|generals|officers|judges|businessmen|ministers|commanders))\b/gu,
  run(h) {
    const { c, s, at } = h;
    const si = c.sents.indexOf(s);
    if (si < 1 || eventSentence(c) !== si) return;
    const said = c.work.slice(at, h.end);
    const count = /\bthem$/.test(said)
      ? 0
      : (COUNTS[/\b(two|three|four|five|both)\b/.exec(said)?.[1] ?? ''] ?? -1);
    if (count < 0) return;
    const prev = c.sents[si - 1]!;
    const first = c.inRange(prev.start, prev.end, ['Person'], true)[0];
    if (!first || !/^(?:[\p{L}-]+\s+){0,3}$/u.test(c.work.slice(prev.start, first.start))) return;
    const items = listAfter(c, first, prev.end).filter((x) => x.entity.type === 'Person');
    if (items.length < 2 || (count > 0 && items.length !== count)) return;
    join(
      h,
      items.map((x) => x.entity),
    );
  },
};
