// Heads of a body read from a relative clause after a name: "X, who heads UNICEF," and "X, who chairs
// the committee" (LEADS). Evidence is the sentence.
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { mentionAt } from '../clauses/mention-lists.js';

/** ", who leads|heads|chairs|runs " after a name, "also" or "now" allowed, then the body. */
const WHO_LEADS =
  /^,\s+who\s+(?:(?:also|now|currently|still)\s+)?(?:leads|heads|chairs|runs|led|headed|chaired)\s+(?:the\s+)?/;

export function memberPhraseRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const m of c.mentions) {
    if (m.entity.type !== 'Person' || m.nominal) continue;
    const led = WHO_LEADS.exec(c.work.slice(m.end, m.end + 40));
    const s = led ? c.sentenceAt(m.start) : undefined;
    if (!led || !s) continue;
    const at = m.end + led[0].length;
    const body = mentionAt(c, at, s.end);
    if (!body || body.start !== at || body.entity.type !== 'Organization') continue;
    // The body ends the phrase, not "heads the party's youth wing" (another body the name belongs to).
    if (/^['’]s?\b/.test(c.work.slice(body.end, body.end + 2))) continue;
    out.push({
      source: m.entity,
      type: 'LEADS',
      target: body.entity,
      evidence: [c.evidence(s)],
      rule: 'relations/member-phrases:who-leads',
    });
  }
  return out;
}
