// People sanctioned by a word that points back to them: "A and B ran the prison. The United States imposed
// sanctions on the two men." (or "sanctioned them", "on both officials"). When the sentence right before
// opens with a list of persons as many as the words count (two or more for "them"), they join the
// sanctions the sentence tells, sanctioned by each of its sanctioners.
import { listAfter } from '../clauses/mention-lists.js';
import type { EventRule } from './hit.js';
import { eventSentence, join } from './sanction-lines.js';
import { cardinals, countOf } from '../count-words.js';

export const sanctionedAnaphora: EventRule = {
  id: 'events/sanctions:anaphora',
  type: 'sanction',
  re: new RegExp(
    String.raw`\b(?:sanctions\s+(?:\S+\s+){0,2}?(?:on|against)|sanctioned|blacklisted)\s+(?:them|(?:the\s+(${cardinals(2, 5)})|(both))\s+(?:\p{Ll}+\s+)?(?:men|women|officials|brothers|generals|officers|judges|businessmen|ministers|commanders))\b`,
    'gu',
  ),
  run(h) {
    const { c, s, at } = h;
    const si = c.sents.indexOf(s);
    if (si < 1 || eventSentence(c) !== si) return;
    const said = c.work.slice(at, h.end);
    const counted = new RegExp(String.raw`\b(${cardinals(2, 5)}|both)\b`).exec(said)?.[1];
    const count = /\bthem$/.test(said) ? 0 : counted === 'both' ? 2 : counted ? countOf(counted) : -1;
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
