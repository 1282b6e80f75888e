// The words by which a sentence points back at sanctions already told and names whom they reach: the
// plural nouns of the measures ("the restrictions", "these penalties") and the verbs of aiming ("target",
// "cover", "affect", "were also imposed on"). One list, so every rule that reads such a sentence
// (sanction-lists.ts, sanction-lines.ts, sanction-referred.ts) accepts the same words.
import { longestFirst } from '../verb-forms.js';

/** Plural nouns that stand for sanctions already imposed. */
const MEASURE_NOUNS = ['sanctions', 'measures', 'restrictions', 'penalties', 'designations'];

/** The measure nouns as a regex alternation (no capture). */
export const MEASURE_NOUN = `(?:${MEASURE_NOUNS.join('|')})`;

/** The measure nouns and their singulars: "the measure", "the designation" (not "the sanction": a verb too). */
export const MEASURE_NOUN_ANY_NUMBER = `(?:${MEASURE_NOUNS.map((n) => n.replace(/s$/, 's?')).join('|')})`;

/** Verbs of aiming, every form: what the measures do to those they name. */
const AIM_STEMS: [string, string, string][] = [
  ['target', 'targets', 'targeted'],
  ['include', 'includes', 'included'],
  ['cover', 'covers', 'covered'],
  ['name', 'names', 'named'],
  ['hit', 'hits', 'hit'],
  ['affect', 'affects', 'affected'],
  ['apply to', 'applies to', 'applied to'],
  ['extend to', 'extends to', 'extended to'],
];

/** Not a time after "imposed on" ("the sanctions imposed on Tuesday are …"): a day, a month, a number. */
const NOT_A_TIME = String.raw`(?!\s+(?:the\s+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))`;

/**
 * A verb of aiming after the measures, or their passive imposing ("were also imposed on", "also imposed
 * against"): the list of whom they reach follows. (The caller's "also" may stand before it.)
 */
export const AIM_VERB = String.raw`(?:${longestFirst(AIM_STEMS.flat())
  .map((v) => v.replace(/ /g, String.raw`\s+`))
  .join(
    '|',
  )}|(?:(?:were|was|are|is|have\s+been|has\s+been|will\s+be)\s+(?:also\s+)?)?imposed\s+(?:on|against|upon)${NOT_A_TIME})`;
