// A quotation inside a sentence's opening participle or adverbial clause ("Calling the move “…”, the
// ministry summoned …"): the main clause's subject speaks it (moved out of speakers.ts, session 22).
import { isVerb } from '../context.js';
import type { Mention } from '../entities/index.js';
import type { Quote } from './find.js';
import type { Attribution } from './speakers.js';

/**
 * A quotation inside a sentence's opening participle or adverbial clause ("Complaining that ‘…’ has
 * been ignored, Islamabad said …", "Calling the move “…”, the ministry summoned …", "After Y called it
 * “…”, X said"): not a participle's quotation but the main clause's subject, the name right after
 * the clause's comma followed by a verb.
 */
export function openingClauseSubject(
  work: string,
  all: readonly Mention[],
  sentStart: number,
  q: Quote,
  sentEnd: number,
): Attribution | undefined {
  if (!/^\s*\p{Lu}\p{Ll}+ing\b/u.test(work.slice(sentStart, q.open))) return undefined;
  if (/,/.test(work.slice(sentStart, q.open))) return undefined;
  const comma = work.indexOf(',', q.close);
  if (comma < 0 || comma >= sentEnd) return undefined;
  const m = all.find((x) => x.start > comma && /^[\s,]*(?:the\s+)?$/i.test(work.slice(comma + 1, x.start)));
  if (!m) return undefined;
  const next = /^\s+(?:(?:has|have|had|also|then)\s+)*(\p{Ll}+)/u.exec(work.slice(m.end, m.end + 40));
  if (!next || !(isVerb(next[1]!) || /^(?:said|says|told)$/.test(next[1]!))) return undefined;
  return { speaker: m.entity, rule: 'quotes:subject-after-opening-clause' };
}
