// Heads of a body read from a relative clause after a name: "X, who heads UNICEF," and "X, who chairs
// the committee" (LEADS), and members from "of" a body right after a name: "Tom Becker of the Labour
// Party said", "X, of the UN Office," (MEMBER_OF; not an outlet's reporter, not an item of a list of
// envoys "A of Malawi, B of the League of Arab States"). Evidence is the sentence.
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { listAfter, listBefore, mentionAt } from '../clauses/mention-lists.js';
import { isOutlet } from '../clauses/outlets.js';

/** ", who leads|heads|chairs|runs " after a name, "also" or "now" allowed, then the body. */
const WHO_LEADS =
  /^,\s+who\s+(?:(?:also|now|currently|still)\s+)?(?:leads|heads|chairs|runs|led|headed|chaired)\s+(?:the\s+)?/;

/** " of the " or ", of the " right after a name. */
const OF_BODY = /^,?\s+of\s+(?:the\s+)?/;

export function memberPhraseRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const m of c.mentions) {
    if (m.entity.type !== 'Person' || m.nominal) continue;
    const next = c.work.slice(m.end, m.end + 40);
    const led = WHO_LEADS.exec(next);
    const gap = led ?? OF_BODY.exec(next);
    const s = gap ? c.sentenceAt(m.start) : undefined;
    if (!gap || !s) continue;
    const at = m.end + gap[0].length;
    const body = mentionAt(c, at, s.end);
    if (!body || body.start !== at || body.entity.type !== 'Organization') continue;
    // The body ends the phrase, not "heads the party's youth wing" (another body the name belongs to).
    if (/^['’]s?\b/.test(c.work.slice(body.end, body.end + 2))) continue;
    if (
      !led &&
      (isOutlet(c, body.entity, body.start, body.end) ||
        listBefore(c, s.start, m).length > 1 ||
        listAfter(c, m, s.end).length > 1)
    )
      continue;
    out.push({
      source: m.entity,
      type: led ? 'LEADS' : 'MEMBER_OF',
      target: body.entity,
      evidence: [c.evidence(s)],
      rule: `relations/member-phrases:${led ? 'who-leads' : 'person-of-body'}`,
    });
  }
  return out;
}
