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

/** A list written as words apart (an underscore joins the words of a phrase: "pointed_out"). */
const words = (list: string): readonly string[] =>
  list
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' '));

/** Verbs an outlet credits a report with, after its name ("Korvel newspaper reported", ", Korvel writes",
 * ", reports Korvel"): entities/patterns.ts (a name with its media noun) and entities/reporting-outlets.ts
 * (a bare name, which leaves out the verbs anyone may be the subject of). */
export const OUTLET_REPORTING: readonly string[] = words(`
  reports reported writes wrote informs informed said says quoted quotes cited
`);

/** Verbs of saying in a quotation's reporting clause, the subject before or after them ("…,” X quipped",
 * "…,” quipped X", "the statement reads"): those after a subject and more of manner and of reply
 * (quotes/speaker-phrases.ts SPEECH_AFTER and SPEECH_INVERTED build from it). */
export const QUOTE_FRAME_VERBS: readonly string[] = [
  ...SAYING_AFTER_SUBJECT,
  ...words(`
  continued reads read quipped responded asked recalled pointed_out observed commented highlighted bragged
  boasted retorted conceded lamented cautioned clarified
`),
];

/** Verbs of judging in words, in their past form ("described", "derided"): the subject, or the agent in the
 * passive ("deemed “…” by X"), speaks the quotation the verb takes (QUOTE_SPEECH_BEFORE below;
 * quotes/judged-agent.ts). (Not their "-ing" forms: "…, the ministry said, denouncing “…”" would take its
 * clause's first name, often the object of the verb before; fresh pages, session 40.) */
export const JUDGING_VERBS: readonly string[] = words(`
  described called branded labelled labeled termed dubbed deemed denounced condemned criticised criticized
  slammed decried dismissed rejected characterised characterized derided
`);

/** Verbs, in any form, whose subject speaks the quotation that follows in the same sentence, saying or
 * taking a stance in words ("X said the move was “…”", "X, rejecting the claims, called it “…”",
 * ", adding “…”"): the last one before a quotation names its speaker (quotes/speech-subject.ts). */
export const QUOTE_SPEECH_BEFORE: readonly string[] = [
  ...new Set([
    ...JUDGING_VERBS,
    ...words(`
  referred referring refers said says told tells added adds called calls calling branded branding described
  describes describing responded replied wrote written writes stressed warned noted claimed agreed agreeing
  demanding demanded deemed insisted declared urged accused accusing asked saying stating stated announced
  tweeted posted labelled labeled labels dubbed dubs termed terms brands hails urges warns accuses vow vows
  vowed promised threatened argued argues maintained maintains contended contends complained admitted
  explained thanked praised welcomed hailed criticised criticized criticises criticizes condemned condemns
  slammed slams blasted blasts lambasted lambasts denounced denounces decried decries rejected rejects
  dismissed pledged acknowledged confirmed denied insists expressed voiced conveyed conveys conveying adding
  noting warning stressing emphasised emphasized emphasising emphasizing highlighted underlined reiterated
  affirmed assured remarked observed asserted bragged boasted retorted quipped joked iterated insinuated
  hinted commented conceded opined lamented cautioned clarified indicated indicates revealed reveals
  characterises characterizes disclosed disclosing discloses spoke_of speaking_of
`),
  ]),
];

/** Verbs that report words only with a that-clause after them, their other senses or forms being common
 * ("alleged that …" but "the alleged spy"; "recalled that …" but "recalled its ambassador"; "informed that
 * …" but "informed the envoy"): quotes/speech-subject.ts reads them as verbs of saying before "that" only. */
export const SAYING_BEFORE_THAT: readonly string[] = words(`
  alleged alleges alleging specified specifies specifying recalled recalls recalling informed informs
  pointed_out points_out pointing_out suggested suggests suggesting underscored underscores underscoring
`);

/** Verbs of saying, present or past, whose subject (before or after a quotation in the sentence) is the
 * last sentence-level reading of its speaker (quotes/reporting-clause.ts). */
export const QUOTE_REPORTING_ANY_FORM: readonly string[] = words(`
  say says said tell tells told adds added stresses stressed insists insisted argues argued warns warned
  notes noted explains explained writes wrote posts posted tweets tweeted describes described calls called
  terms termed urges urged accuses accused denounces denounced replies replied responds responded remarks
  remarked asserts asserted claims claimed acknowledges acknowledged announces announced continues continued
  concludes concluded pointed_out went_on declares declared states stated emphasises emphasizes
  emphasised emphasized underlines underlined reiterates reiterated recalls recalled observes observed
  commented quipped suggested admitted confirmed maintains maintained contends contended vowed pledged
  demanded asked appealed lamented complained protested countered conceded predicted promised threatened
  cautioned indicates indicated reveals revealed reports reported
`);

/** Verbs of saying or of a stance taken in words, past, right after a subject that opens a sentence near
 * an unattributed quotation (quotes/paragraph-pass.ts). */
export const SAYING_OR_STANCE_AFTER_SUBJECT: readonly string[] = words(`
  said says told added stressed noted insisted warned rejected denied dismissed condemned denounced decried
  slammed blasted lambasted criticised criticized accused described urged demanded declared stated announced
  argued claimed complained reiterated maintained explained wrote tweeted replied responded defended
  welcomed praised emphasised emphasized underlined affirmed asserted called
`);
