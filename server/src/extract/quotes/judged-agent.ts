// The agent of a judging verb in the passive, named after the quotation it judges with ("an act deemed
// “unjustified” and “absurd” by French officials", "the plan, branded a “provocation” by Beijing"): the
// words are the agent's. Read only when the quotation follows the participle at once (an object between,
// "X deemed the move “…”", makes the verb active, its subject the speaker: speech-subject.ts).
import type { Entity } from '../entities/index.js';
import type { SpeakerIndex } from './speakers.js';
import { JUDGING_VERBS } from '../saying-verbs.js';

/** Participles of judging in words, whose agent ("by X") speaks the quotation they take. */
export const JUDGED_PARTICIPLE = JUDGING_VERBS.join('|');

/** The quotation follows the participle at once: "deemed “", "described as a “", "called “…” and “". */
const PARTICIPLE_RIGHT_BEFORE = new RegExp(
  String.raw`\b(?:${JUDGED_PARTICIPLE})\s+(?:as\s+)?(?:(?:an?|the)\s+)?(?:[“"‘][^“”"‘’]{1,80}[”"’]\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:an?|the)\s+)?)*$`,
  'u',
);
/** Further quotations of the same judgement after this one, then "by" ("… and “…” by X"). */
const BY_AFTER = /^(?:\s*,?\s*(?:(?:and|or)\s+)?(?:(?:an?|the)\s+)?[“"‘][^“”"‘’]{1,80}[”"’])*\s+by\s+/u;

/** The agent named after the quotation at open..close, when a judging participle takes it at once. */
export function judgedAgentAfter(
  work: string,
  sp: SpeakerIndex,
  sentStart: number,
  open: number,
  close: number,
): Entity | undefined {
  if (!PARTICIPLE_RIGHT_BEFORE.test(work.slice(Math.max(sentStart, open - 300), open))) return undefined;
  const by = BY_AFTER.exec(work.slice(close + 1, close + 300));
  if (!by) return undefined;
  const from = close + 1 + by[0].length;
  const end = work.slice(from, from + 300).search(/[.;:!?]|,\s|$/);
  const who = sp.whoAt(from, from + end, open);
  return who?.att.speaker;
}
