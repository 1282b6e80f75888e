// What "According to <phrase>, …" credits when the phrase names no one by name (speech-subject.ts): a body
// by its kind ("according to the ministry", "according to a statement from the council") or a person by
// the role the text gave them before ("according to the prime minister", "according to the diplomat").
// Reads the rule of the phrase's reading (speakers.ts whoAt) and gives the rule the credit is made under.

/** Readings of a phrase that name a body by its kind ("the ministry", "a statement from the council"). */
const BODY_RULES = new Set([
  'quotes:body-by-kind',
  'quotes:spokesperson-for',
  'quotes:the-statement',
  'quotes:collective-body',
  'quotes:body-in-own-words',
]);
/** Readings of a phrase that name a person by the role the text gave them (speaker-references.ts). */
const ROLE_RULES = new Set(['quotes:role-coreference', 'quotes:role-titled-before']);

/** The rule (without its family) an "according to" credit takes for a phrase read under `rule`, if any. */
export function accordingReading(rule: string): string | undefined {
  if (BODY_RULES.has(rule)) return 'according-to-body';
  return ROLE_RULES.has(rule) ? 'according-to-role' : undefined;
}
