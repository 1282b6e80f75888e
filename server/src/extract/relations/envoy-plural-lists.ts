// Envoys listed after a plural title, each name followed by its posting: "the ambassadors A to Chile, B
// to Peru and C to Ghana", "envoys A in Lima and B in Quito" (AMBASSADOR_TO each name's own; a capital
// stands for its country). Deputies and the like are no heads of mission; a name with no posting right
// after it ends the list.
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/types.js';
import { postingState } from './envoys.js';
import { HONORIFIC_ONE } from '../honorifics.js';

const PLURAL = new RegExp(
  String.raw`\b(?:[Aa]mbassadors|[Ee]nvoys|[Hh]igh [Cc]ommissioners)\s+(?:${HONORIFIC_ONE}\s+)?$`,
);
const NOT_HEAD = /\b(?:deputy|acting|vice|former|charg[ée]|interim|assistant|special|outgoing)\s*$/i;
/** After a name: its posting ("to|in (the) "). */
const POSTING = /^\s+(?:to|in)\s+(?:the\s+)?/;
/** After a posting: the next item ("," / ", and" / "and", an honorific allowed). */
const NEXT = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:${HONORIFIC_ONE}\s+)?$`);

export function envoyPluralLists(c: Ctx): RelOut[] {
  if (!/mbassadors|nvoys|ommissioners/.test(c.work)) return []; // (a cheap test first)
  const out: RelOut[] = [];
  const persons = c.mentions.filter((m) => m.entity.type === 'Person' && !m.nominal);
  for (let i = 0; i < persons.length; i++) {
    const first = persons[i]!;
    const s = c.sentenceAt(first.start);
    if (!s) continue;
    const lead = c.work.slice(Math.max(s.start, first.start - 40), first.start);
    if (!PLURAL.test(lead) || NOT_HEAD.test(lead.replace(PLURAL, ''))) continue;
    const items: RelOut[] = [];
    let lastEnd = first.start;
    for (let j = i; j < persons.length; j++) {
      const m = persons[j]!;
      if (m.start >= s.end) break;
      if (j > i && !NEXT.test(c.work.slice(lastEnd, m.start))) break;
      const p = POSTING.exec(c.work.slice(m.end, m.end + 12));
      const place = p ? c.inRange(m.end + p[0].length, s.end, ['Place'], true)[0] : undefined;
      if (!p || !place || place.start !== m.end + p[0].length) break;
      items.push({
        source: m.entity,
        type: 'AMBASSADOR_TO',
        target: postingState(c, place.entity),
        evidence: [c.evidence(s)],
        rule: 'relations/envoy-plural-lists:posting-after-name',
      });
      lastEnd = place.end;
    }
    // A list of two or more: one name with a posting after a plural title is left to the other rules.
    if (items.length >= 2) out.push(...items);
  }
  return out;
}
