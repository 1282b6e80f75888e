// The verbs of saying, in ONE place that rules build their patterns from, grouped by purpose, so that a
// verb added for one rule works in every rule of the same purpose (copies with different members made a
// word work in one rule and break the next). Rules with a narrower purpose (a colon after the verb, a
// participle, "according to") still keep their own short lists.

/** Reporting verbs right after their subject, past or present ("Lavrov said", "she tells", "X warned"):
 * a name right before one is the clause's subject and the speaker. */
export const SAYING_AFTER_SUBJECT: readonly string[] = [
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'noted',
  'stressed',
  'insisted',
  'argued',
  'claimed',
  'explained',
  'replied',
  'warned',
  'asserted',
  'wrote',
];

/** SAYING_AFTER_SUBJECT as a regex alternation (no group, no anchors; the caller adds `\b`). */
const SAYING_AFTER_SUBJECT_ALT = SAYING_AFTER_SUBJECT.join('|');

/** A verb of saying right after a name (the text right after the name starts with it). */
export const SAYING_RIGHT_AFTER = new RegExp(String.raw`^\s+(?:${SAYING_AFTER_SUBJECT_ALT})\b`);
