// The speaker of a reply: "X asked the ambassador whether …" then "“…,” he replied": the one asked
// answers, not the person last named ("asked Lavrov if …" then "“…,” he responded"). Read for a pronoun
// before a verb of replying only, when the question is asked in the paragraph or sentence just before.
import type { Entity, Mention } from '../entities/index.js';
import { personByRole, THE_ROLE } from './role-coreference.js';
import { matchesOf } from '../regex-matches.js';

/** A pronoun then a verb of replying, at the start of the text after the quotation. */
export const PRONOUN_REPLIED = /^(?:he|she)\s+(?:then\s+)?(?:replied|responded|answered|retorted)\b/i;

/** How far back (characters) the question may be asked. */
const REACH = 400;

/** The person the last "asked …" before anchor (within a short reach) asks, by name or by role. */
export function personAsked(
  work: string,
  persons: readonly Mention[],
  anchor: number,
  inQuote: (pos: number) => boolean,
): Entity | undefined {
  const from = Math.max(0, anchor - REACH);
  const asks = matchesOf(/\b(?:asked|questioned)\s+/g, work.slice(from, anchor)).filter(
    (m) => !inQuote(from + m.index),
  );
  const ask = asks.pop();
  if (!ask) return undefined;
  const at = from + ask.index + ask[0].length;
  // ("asked Foreign Minister X", "asked X whether …": the person named right after, titles allowed.)
  const named = persons.find(
    (m) => m.start >= at && /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4})$/u.test(work.slice(at, m.start)),
  );
  if (named) return named.entity;
  // ("asked the interim ambassador how …": the person the text introduced with that role.)
  const role = THE_ROLE.exec(work.slice(at, at + 80));
  return role ? personByRole(work, persons, role[3]!, at, role[1], role[2]) : undefined;
}
