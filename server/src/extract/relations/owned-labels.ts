// CRITICIZED from a labelling its maker owns: "X's designation of Y as a “war criminal”", "X's description
// of Y as an “aggressor”" (the label in quotation marks after "as", as the labelling verbs need: verbs.ts).
// The maker is the possessor right before the noun; the labelled is the phrase after "of". Outside
// quotations only. (A bare "X's criticism of Y" is not read: the reviewed pages give it no support.)
import { matchesOf } from '../regex-matches.js';
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { clauseEnd } from '../clauses/clause.js';
import { mentionAt, mentionEndingAt, phraseAt } from '../clauses/noun-phrase.js';
import { ANY, entitiesOf } from '../events/parties.js';

/** "'s designation of", "'s repeated description of": a labelling noun its possessor made. */
const OWNED =
  /['’]s\s+(?:(?:\p{Ll}+ly|repeated|public|latest|recent)\s+)?(?:designation|description|labell?ing|branding|characteri[sz]ation|portrayal)\s+of\s+(?:the\s+)?/gu;
/** After the labelled phrase: "as (a|an|the) “". */
const AS_LABEL = /^\s*,?\s*as\s+(?:(?:an?|the)\s+)?["“]/;

export function ownedLabelRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const s of c.sents) {
    for (const m of matchesOf(OWNED, c.work.slice(s.start, s.end))) {
      const pos = s.start + m.index;
      if (c.inQuote(pos)) continue;
      const maker = mentionEndingAt(c, s.start, pos);
      if (!maker || maker.end !== pos || maker.nominal) continue;
      const at = pos + m[0].length;
      const limit = clauseEnd(c, s, at);
      const np = phraseAt(c, at, limit, s.end);
      let targets = entitiesOf(c, np, ANY, { at });
      let end = np?.end ?? at;
      if (!targets.length) {
        const x = mentionAt(c, at, limit);
        if (x && x.start === at) [targets, end] = [[x.entity], x.end];
      }
      if (!AS_LABEL.test(c.work.slice(end, s.end))) continue;
      for (const t of targets)
        if (t !== maker.entity)
          out.push({
            source: maker.entity,
            type: 'CRITICIZED',
            target: t,
            date: c.dateNear(s, pos)?.value ?? null,
            evidence: [c.evidence(s)],
            rule: 'relations/owned-labels:labelled',
          });
    }
  }
  return out;
}
