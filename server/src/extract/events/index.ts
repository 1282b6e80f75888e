// Events from trigger words in each sentence (outside quotations), one file per family of rules.
// Participants and their roles come from the entities around the trigger (the subject before it, the
// object after it, places after "from", "for", "to", "in", "at"); the date is the date expression nearest
// the trigger (RuleHit fills date and evidence). Each event carries the typed relations it implies.
// Events of the same type with the same main participant and compatible dates are merged later.
//
// The order of RULES matters: the matches of one sentence are visited rule by rule in this order, and some
// rules carry state to later ones within an article (the last expelling state, the last sanctions event).
import type { Ctx } from '../context.js';
import { indexAt } from '../text.js';
import { appointment, inauguration, inPostSince } from './appointments.js';
import { aid, annexation, invasion, jailing } from './conflict-aid.js';
import { askedToLeave, expulsion } from './expulsions.js';
import { RuleHit } from './hit.js';
import { interview, letter, speech, statement } from './letters-interviews.js';
import { credentials, meeting, phoneCall } from './meetings-calls.js';
import { arrival, departure, recall, returnHome, visit } from './recalls-returns.js';
import { amongThoseTargeted, sanction } from './sanctions.js';
import { summons } from './summons.js';
import type { EventRule, EvOut } from './types.js';

export type { EventRule, EvOut, RelOut } from './types.js';

/** Every event rule, in the order they are tried within a sentence. */
export const RULES: readonly EventRule[] = [
  recall,
  returnHome,
  departure,
  arrival,
  meeting,
  expulsion,
  appointment,
  inPostSince,
  sanction,
  amongThoseTargeted,
  letter,
  interview,
  invasion,
  annexation,
  jailing,
  aid,
  askedToLeave,
  statement,
  summons,
  visit,
  phoneCall,
  credentials,
  inauguration,
  speech,
];

const NEG =
  /\b(?:not|never|didn['’]t|did not|held back on|refused to|declined to|without|no plans to|ruled out)\s+(?:\S+\s+){0,2}$/i;
const TRAVEL = /^(?:RETURNED_TO|DEPARTED_FROM|DEPARTED_FOR|ARRIVED_IN|LEFT)$/;

export function findEvents(c: Ctx): EvOut[] {
  const out: EvOut[] = [];
  if (!c.sents.length) return out;
  // Each rule's regex runs once over the body; matches are visited sentence by sentence, rule by rule.
  const from = c.sents[0]!.start;
  const to = c.sents[c.sents.length - 1]!.end;
  const seg = c.work.slice(from, to);
  const hits: { si: number; ri: number; at: number; end: number }[] = [];
  RULES.forEach((rule, ri) => {
    rule.re.lastIndex = 0;
    for (const m of seg.matchAll(rule.re)) {
      const at = from + m.index;
      const end = at + m[0].length;
      const si = indexAt(c.sents, at);
      if (si < 0 || end > c.sents[si]!.end) continue;
      hits.push({ si, ri, at, end });
    }
  });
  hits.sort((x, y) => x.si - y.si || x.ri - y.ri || x.at - y.at);
  for (const { si, ri, at, end } of hits) {
    const s = c.sents[si]!;
    // Inside a quotation only reported third-person facts count ("on March 20, the ambassador is leaving").
    const q = c.quoteAt(at);
    if (q && /\b(?:I|we|We|my|My|our|Our|me|us)\b/.test(c.work.slice(q.start, q.end))) continue;
    if (NEG.test(c.work.slice(Math.max(s.start, at - 30), at))) continue;
    const hit = new RuleHit(c, s, at, end, RULES[ri]!);
    c.scope = q;
    RULES[ri]!.run(hit);
    c.scope = undefined;
    const notYet = /\b(?:not yet|has not been|have not been|yet to)\b/.test(c.work.slice(s.start, s.end));
    for (const e of hit.made) {
      // Not (yet) happened: the event stays, its travel relations do not.
      if (notYet) e.relations = e.relations.filter((r) => !TRAVEL.test(r.type));
      // An event read inside a quotation needs a participant named inside it.
      if (
        q &&
        !e.participants.some((p) =>
          c.idx.mentions.some((m) => m.start >= q.start && m.end <= q.end && m.entity === p.entity),
        )
      )
        continue;
      out.push(e);
    }
    if (hit.made.length) hit.made[0]!.relations.push(...hit.loose);
    else
      for (const r of hit.loose)
        out.push({
          type: '',
          date: null,
          participants: [],
          evidence: [],
          relations: [r],
          main: r.source,
          rule: r.rule,
        });
  }
  settleKeys(out);
  return out;
}

/**
 * An event whose key leaves one side open ("Serbia expels diplomats": `expulsion:serbia>?`) is the one
 * event of that kind the article specifies with the same known side, when there is exactly one.
 */
function settleKeys(events: EvOut[]): void {
  for (const e of events) {
    const k = e.key ? /^(.*):(.*)>(.*)$/.exec(e.key) : null;
    if (!k || (k[2] !== '?' && k[3] !== '?') || (k[2] === '?' && k[3] === '?')) continue;
    const fits = new Set(
      events
        .map((x) => x.key)
        .filter((x): x is string => !!x && x !== e.key && !x.includes('?'))
        .filter((x) =>
          k[3] === '?'
            ? x.startsWith(`${k[1]}:${k[2]}>`) || x.startsWith(`${k[1]}:*>`)
            : x.startsWith(`${k[1]}:`) && x.endsWith(`>${k[3]}`),
        ),
    );
    if (fits.size === 1) e.key = [...fits][0];
  }
}
