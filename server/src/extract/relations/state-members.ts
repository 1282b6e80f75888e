// States a text calls members of a body, outside an apposition (appositions.ts reads "Poland, an EU and
// NATO member,"): a body's members named after it ("NATO members Poland, Estonia and Latvia", "EU member
// states Poland and Hungary") and a copula ("Latvia, Lithuania and Estonia are NATO and European Union
// members", "Latvia and Estonia are both members of NATO"). Each state listed is MEMBER_OF each body.
import { listAfter, listBefore, mentionAt } from '../clauses/mention-lists.js';
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import type { RelOut } from '../events/index.js';

/** After a body: "member", "members", "member states|countries|nations", then the first state. */
const MEMBERS_NAMED = /^\s+member(?:s|\s+(?:states?|countries|country|nations?))?,?\s+(?:the\s+)?/;
/** After a list of states: a copula and "members of", or "<bodies> members". */
const COPULA_MEMBERS =
  /^\s+(?:is|are|was|were|remain|remains|became|have\s+been|has\s+been)\s+(?:(?:now|both|all|also|still|full|already)\s+)*(?:(?:an?|the)\s+)?(?:(?:full\s+)?members?\s+(?:states?\s+|countries\s+)?of\s+(?:the\s+)?)?/;

/** The bodies of "<body> and <body> members" ending at `end`, or of "members of <body> and <body>" from `from`. */
function bodiesFrom(c: Ctx, from: number, limit: number): Mention[] {
  const first = mentionAt(c, from, limit);
  if (!first || first.entity.type !== 'Organization') return [];
  return listAfter(c, first, limit);
}

export function stateMemberRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  const add = (source: Entity, target: Entity, at: number, rule: string) => {
    const s = c.sentenceAt(at);
    if (s && source !== target)
      out.push({
        source,
        type: 'MEMBER_OF',
        target,
        evidence: [c.evidence(s)],
        rule: `relations/state-members:${rule}`,
      });
  };
  for (const org of c.mentions) {
    if (org.entity.type !== 'Organization' || org.nominal) continue;
    const m = MEMBERS_NAMED.exec(c.work.slice(org.end, org.end + 40));
    if (!m) continue;
    const s = c.sentenceAt(org.start);
    const at = org.end + m[0].length;
    const first = s ? mentionAt(c, at, s.end) : undefined;
    if (!s || !first || first.start !== at || first.entity.type !== 'Place') continue;
    // "NATO and EU members A and B": each body before "members".
    const bodies = listBefore(c, s.start, org);
    for (const x of listAfter(c, first, s.end))
      for (const b of bodies) add(x.entity, b.entity, org.start, 'body-members-named');
  }
  for (const s of c.sents) {
    const text = c.work.slice(s.start, s.end);
    if (!text.includes('member')) continue;
    for (const place of c.inRange(s.start, s.end, ['Place'])) {
      const cop = COPULA_MEMBERS.exec(c.work.slice(place.end, s.end));
      if (!cop) continue;
      const from = place.end + cop[0].length;
      const bodies = bodiesFrom(c, from, s.end);
      const last = bodies[bodies.length - 1];
      if (!last) continue;
      // "members of NATO" (the words said it), or "NATO and EU members" (the noun after the bodies).
      const after = /^\s+members?\b(?!\s+of\b)/.test(c.work.slice(last.end, last.end + 12));
      if (!/members?\s/.test(cop[0]) && !after) continue;
      const states = listBefore(c, s.start, place);
      // The list opens the clause: nothing but an article or "both" before it in the sentence, or a comma.
      if (
        !/(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:the\s+|both\s+)?$/i.test(
          c.work.slice(s.start, states[0]!.start),
        )
      )
        continue;
      for (const x of states) for (const b of bodies) add(x.entity, b.entity, place.start, 'copula-members');
    }
  }
  return out;
}
