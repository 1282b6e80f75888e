// The holder a role phrase names beside it: "the US special envoy for the Western Balkans, Gabriel
// Escobar,", "the US Secretary of State, Antony Blinken", "the UN special envoy (Geir Pedersen)", "the
// Japanese ambassador, Mr. Kenji Sato". A role with its state or body modifiers and its of/for/to
// complements, then the name after a comma or in parentheses: the met party is that person, not the
// state (meeting-parties.ts persons()). Not a name that is the next clause's subject ("met the envoy,
// Smith said later": a verb follows it), nor a list ("the US envoy, Russia's ambassador and …").
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import { apposedNameEnds } from '../clauses/set-off-names.js';
import { ROLE_NOUN } from '../entities/name-shapes.js';
import { HONORIFIC_RUN } from '../honorifics.js';
import { P } from './arguments.js';

const ROLE_WORD = String.raw`(?:${ROLE_NOUN}|representative|coordinator|adviser|advisor|secretary[- ]general|chancellor|emir|king|crown prince)`;
/** Modifiers (no conjunction), the role word, a complement without commas, the set-off mark. */
const ROLE_THEN_MARK = new RegExp(
  String.raw`^\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:and|or|with|to|by|from|then)\s)[\p{L}.'’-]+\s+){0,5}?${ROLE_WORD}(?:\s+(?:of|for|to|on|in|at)\s+[^,;:()"“”]{1,70}?)?(?:,\s+|\s*\(\s*)(?:${HONORIFIC_RUN})?$`,
  'iu',
);
/** Between a subject and its verb (limit): adverbs and auxiliaries only. */
const TO_VERB = /^\s*(?:(?:also|both|jointly|then|later|each|respectively|have|has|had)\s+)*$/;

/** The person a role phrase at pos names after a comma or in parentheses, if it names one. */
function roleHolder(c: Ctx, pos: number, limit: number, subject: boolean): Mention | undefined {
  // The first name the role phrase is set off from; a title read as a mention of that same person may
  // stand inside the phrase ("The Ambassador of Norway to Kenya, X"), no other person.
  const ps = c.inRange(pos, Math.min(limit, pos + 160), P, true);
  const k = ps.findIndex(
    (x, k) =>
      k < 4 &&
      ps.slice(0, k).every((y) => y.entity === x.entity) &&
      ROLE_THEN_MARK.test(c.work.slice(pos, x.start)),
  );
  const m = ps[k];
  if (!m) return undefined;
  const paren = /\(\s*(?:\S+\s+){0,3}$/.test(c.work.slice(Math.max(pos, m.start - 30), m.start));
  const rest = c.work.slice(m.end, limit);
  if (paren) return /^\s*\)/.test(rest) ? m : undefined;
  return apposedNameEnds(rest) || (subject && TO_VERB.test(rest)) ? m : undefined;
}

/**
 * The holders of the role phrases at pos, each named beside its role, coordinated: "the US envoy, A,
 * and the EU envoy, B" → [A, B]; empty when the first role names no one. As a clause's `subject` (limit
 * at its verb), the last name may stand right before the verb ("…, the Bangladeshi Ambassador, B also presented").
 */
export function roleHolders(c: Ctx, pos: number, limit: number, subject = false): Entity[] {
  const out: Entity[] = [];
  for (let m = roleHolder(c, pos, limit, subject); m && out.length < 6;) {
    if (!out.includes(m.entity)) out.push(m.entity);
    const and = /^\s*\)?\s*,?\s+(?:and|as well as)\s+/.exec(c.work.slice(m.end, limit));
    m = and ? roleHolder(c, m.end + and[0].length, limit, subject) : undefined;
  }
  return out;
}
