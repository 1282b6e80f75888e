// The judging words of the stance readers (quote-stance.ts, reported-stance.ts, verbs.ts) in one place, and
// the small readings of a judged clause they share: a subject that is a list of names ("Vilnius, Riga and
// Tallinn continue to pursue a hostile course"), a subject that suffers or feels the act rather than doing
// it ("Belgrade is not harmed", "the government was disturbed by X"), the doer of an act after "from"
// ("shameful comments from X", "attacks emanating from X"), and a country's adjective right before the
// judging noun ("condemnation of the Russian aggression").
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';

/** Words that condemn an act or a party (stems; matched at a word start). */
export const JUDGING = new RegExp(
  String.raw`\b(?:unacceptable|hostil\w*|interfer\w*|meddl\w*|absurd\w*|mistake\w*|outrag\w*|inhuman\w*|deplorab\w*|regrettab\w*|provocat\w*|irresponsib\w*|illegal\w*|illegitimate|unlawful|baseless|groundless|unfounded|slander\w*|smear\w*|disgust\w*|shame\w*|disgrace\w*|blackmail\w*|aggressi\w*|violat\w*|overreact\w*|hypocri\w*|arrogan\w*|unfriendly|hysteri\w*|reckless\w*|unjustifi\w*|unwarranted|politically motivated|bully\w*|coerci\w*|destabili\w*|propaganda|nonsense|ridiculous|insult\w*|offensive|derogatory|unprofessional|unorthodox|disrespect\w*|distort\w*|sabotag\w*|lies|lying|fabricat\w*|gone too far|abus\w*|atrocit\w*|barbar\w*|brutal\w*|dictator\w*|murder\w*|massacre\w*|genocid\w*|war crimes?|criminal\w*|negative|played deaf|ignor\w*|humiliat\w*|intimidat\w*|unilateral|blatant|flagrant|unhelpful|unproductive|unworthy|unfair\w*|unreasonabl\w*|unjust\w*|wrong|wrongful|nefarious|inappropriate|disingenuous|breach(?:es|ed)?|harm(?:s|ed|ful|ing)?\b|vicious\w*|shocking|egregious|disturb(?:ed|ing)\b|inconceivable|erroneous|gratuitous|deceitful|treacherous|scandalous|despicable|appalling|heinous|cynical\w*|destructive|counterproductive|counter-productive|out of control|inadmissib\w*|unheard of|blunder\w*|senseless|reprehensib\w*|unconstructive|malicious\w*|defamat\w*|misleading|irrational|preposterous|unconscionable|condemnable|lamentable|disappointing)`,
  'gi',
);

/** A form of "be" or "feel" (and adverbs) ending the gap: the subject undergoes the act ("is harmed"). */
const UNDERGOES =
  /\b(?:is|are|was|were|be|been|being|feels?|felt|gets?|got)\s+(?:(?:\p{Ll}+ly|so|very|not)\s+)*$/u;
/** A verb that makes the subject the act's victim: "have suffered brutal attacks", "faces unlawful pressure". */
const VICTIM = /\b(?:suffer\w*|endur\w*|fac(?:e|es|ed|ing)|subjected to|victims? of|target(?:s|ed)? of)\b/;
/**
 * A passive verb of being told that makes the subject the one the judgement was handed to ("the ambassador
 * was informed of the unacceptable …", "was told about"), not the doer of the judged act.
 */
const TOLD =
  /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:informed|told|notified|reminded|handed|summoned|briefed)\b/u;
/** A negation word ending a text with `between` allowed after it ("not yet "), or a bare "n't ". */
const negationBefore = (between: string) =>
  new RegExp(String.raw`\b(?:not|never|no longer|n['’]t)\s+${between}$|n['’]t\s+$`, 'u');
/** A negation right before the word: "has never violated", "is not harmful", "has never been hostile". */
const NEGATED = negationBefore(String.raw`(?:(?:be|been|being)\s+)?(?:\p{Ll}+ly\s+)?`);

/**
 * A verb negated right before it ("has not criticised", "never accused", "had so far not condemned", "has
 * not yet responded", "was not criticised by"): no act was done. ("not only condemned" is no negation.)
 */
const NEGATED_VERB = negationBefore(String.raw`(?!only\b)(?:(?:yet|even|once|ever|\p{Ll}+ly)\s+)?`);

/** Whether the text before a verb ends in its negation. */
export function negatedVerb(before: string): boolean {
  return NEGATED_VERB.test(before);
}

/**
 * A verb by which the subject keeps off the act or stands against it: "avoids interfering", "has nothing to
 * do with coercion", "firmly opposes any interference", "denies meddling", "refrains from provocations".
 */
const SHUNS =
  /\b(?:avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from|(?:has|have|had)\s+nothing\s+to\s+do\s+with|oppos(?:e|es|ed|ing)|(?:is|are|was|were)\s+opposed\s+to|den(?:y|ies|ied|ying)|stands?\s+against|firmly\s+against|never\s+(?:engag\w*|tak\w*|resort\w*))\b/;

/** A participle of an act done to someone ("harmed", "outraged"), not an adjective of the act ("unjustified"). */
const SUFFERED = /^(?!un|fabricat|distort)\p{L}+ed\b/u;

/**
 * Whether the subject before `gap` is no doer of the judged act: the word is negated, or a participle after
 * "be" or "feel" makes the subject the one harmed or the one who judges ("the government was disturbed"), or
 * a verb makes it the victim ("have suffered brutal attacks"), the one told ("was informed of") or the one
 * who shuns or opposes the act ("avoids interfering", "firmly opposes interference": SHUNS).
 */
export function notDoer(gap: string, word: string): boolean {
  return (
    NEGATED.test(gap) ||
    VICTIM.test(gap) ||
    TOLD.test(gap) ||
    SHUNS.test(gap) ||
    (UNDERGOES.test(gap) && SUFFERED.test(word))
  );
}

/** A country's adjective right before the judging word: "the Russian aggression" (not "anti-Russian"). */
const ADJECTIVE_BEFORE = /(?:^|[^\p{L}-])(\p{Lu}\p{Ll}+)\s+$/u;

/** "condemnation of the Russian aggression", "Chinese coercion": the state whose adjective qualifies the word. */
export function judgedAdjective(c: Ctx, at: number): Entity | undefined {
  const m = ADJECTIVE_BEFORE.exec(c.work.slice(Math.max(0, at - 30), at));
  const country = m ? demonymCountry(m[1]!) : undefined;
  if (!country) return undefined;
  const end = at - (m![0].length - m![0].indexOf(m![1]!)) + m![1]!.length;
  return c.idx.countryEntity(country) ?? c.countryByDemonym(country, end - m![1]!.length, end);
}
