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
  'writes',
  'declared',
  'announced',
  'confirmed',
  'reiterated',
  'emphasised',
  'emphasized',
  'underlined',
  'remarked',
  'affirmed',
  'tweeted',
];

/** Verbs that report an act or a fact in the clause after them, "that" or not ("Moscow said (that) two
 * diplomats were expelled", "the ministry announced that …"): the clause is the report, its subject the
 * reporter. */
export const REPORTING_THAT: readonly string[] = [
  'said',
  'says',
  'announced',
  'announces',
  'confirmed',
  'stated',
  'added',
  'adds',
  'noted',
  'reported',
  'claimed',
  'insisted',
  'warned',
  'declared',
  'stressed',
  'emphasised',
  'emphasized',
  'reiterated',
  'asserted',
  'underlined',
  'affirmed',
  'acknowledged',
  'argued',
  'explained',
  'revealed',
];

/**
 * A purpose's list as a regex alternation (no group, no anchors), less the members one rule leaves out
 * (each call says why). Throws on a member the list lacks, so a leave-out cannot go stale silently.
 */
export function sayingAlternation(list: readonly string[], leaveOut: readonly string[] = []): string {
  const unknown = leaveOut.filter((w) => !list.includes(w));
  if (unknown.length) throw new Error(`not in the list: ${unknown.join(', ')}`);
  return list.filter((w) => !leaveOut.includes(w)).join('|');
}

/** A participle read as passive, no verb of saying: "X noted for", "X confirmed as", "X declared winner". */
const PASSIVE_SENSE = String.raw`(?!\s+(?:for|as|by|winner|dead)\b)`;

/** A verb of saying right after a name (the text right after the name starts with it). */
export const SAYING_RIGHT_AFTER = new RegExp(
  String.raw`^\s+(?:${sayingAlternation(SAYING_AFTER_SUBJECT)})\b${PASSIVE_SENSE}`,
);
