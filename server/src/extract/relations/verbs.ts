// Relations read from a verb between a subject and an object in one sentence: CRITICIZED ("condemned",
// "branded X a …"), ACCUSED, THANKED, DEFENDED, SUPPORTED. Evidence is the verbatim sentence.
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { indexAt } from '../text.js';

const VERBS: [RegExp, string, boolean, string][] = [
  // [trigger, relation type, needs a quotation or "a <noun>" after the object, rule name]
  [
    /\b(?:branded|brands|branding|called|calls|labelled|labeled|dubbed|regarded|regards|considered|considers)\b/g,
    'CRITICIZED',
    true,
    'labelled',
  ],
  [
    /\b(?:criticized|criticised|criticizes|criticises|condemned|condemns|denounced|denounces|slammed|slams|blasted|lambasted|rebuked|attacked verbally)\b/g,
    'CRITICIZED',
    false,
    'criticized',
  ],
  [/\b(?:accused|accuses|accusing)\b/g, 'ACCUSED', false, 'accused'],
  [/\b(?:thanked|thanks|thanking)\b/g, 'THANKED', false, 'thanked'],
  [/\b(?:defended|defends|defending)\b/g, 'DEFENDED', false, 'defended'],
  [/\b(?:backing|backed|backs|supporting|supported|supports)\b/g, 'SUPPORTED', false, 'supported'],
];

export function verbRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  // Verb relations: each verb regex runs once over the body; a match is read within its sentence.
  if (c.sents.length) {
    const from = c.sents[0]!.start;
    const seg = c.work.slice(from, c.sents[c.sents.length - 1]!.end);
    for (const [re, type, needsQuote, name] of VERBS) {
      re.lastIndex = 0;
      for (const mm of seg.matchAll(re)) {
        const at = from + mm.index;
        const end = at + mm[0].length;
        const s = c.sents[indexAt(c.sents, at)];
        if (!s || end > s.end || c.inQuote(at)) continue;
        // "over what it called …": "it" is the organisation last named.
        const src = /\bit\s+(?:\S+\s+)?$/.test(c.work.slice(Math.max(s.start, at - 12), at))
          ? c.mentions.filter((m) => m.end <= at && m.entity.type === 'Organization').pop()?.entity
          : c.subjectBefore(s.start, at, ['Person', 'Organization', 'Place']);
        const tgtM = c.firstAfter(end, Math.min(s.end, end + 45), ['Person', 'Organization', 'Place']);
        if (!src || !tgtM || tgtM.entity === src) continue;
        // The object itself, not an entity inside a longer phrase ("defended the decision to let Taiwan …").
        if (
          !needsQuote &&
          /\b(?:to|of|for|that|with|by|in|on|about|over)\b/.test(c.work.slice(end, tgtM.start))
        )
          continue;
        if (needsQuote && !/["“]/.test(c.work.slice(tgtM.end, Math.min(s.end, tgtM.end + 25)))) continue;
        if (type === 'SUPPORTED' && src.type === 'Person') continue;
        const date = c.dateNear(s, at)?.value ?? null;
        out.push({
          source: src,
          type,
          target: tgtM.entity,
          date,
          evidence: [c.evidence(s)],
          rule: `relations/verbs:${name}`,
        });
      }
    }
  }
  return out;
}
