// Role nouns in ONE place that the rules build their patterns from, so that copies cannot drift apart
// (the honorifics' lesson: rules with different members transfer worse to unseen pages). This file holds
// the head-of-mission titles: the head of a state's mission abroad ("ambassador", "envoy", "high
// commissioner"), never a deputy's, a chargé's or a consul's title. Each rule adds its own extras beside
// the core ("top diplomat", "permanent representative") where its purpose needs them.

/** The head-of-mission titles, lower-case. */
export const HEAD_OF_MISSION_WORDS = ['ambassador', 'envoy', 'high commissioner'] as const;

/** A word with either case of its first letter: "[Hh]igh". */
const eitherCaseFirst = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

/** "(?:ambassador|envoy|high commissioner)" (lower case: for patterns with the i flag or lower-case text). */
export const HEAD_OF_MISSION = `(?:${HEAD_OF_MISSION_WORDS.join('|')})`;
/** The same with either case on each word's first letter, for case-sensitive patterns ("High Commissioner"). */
export const HEAD_OF_MISSION_CASED = `(?:${HEAD_OF_MISSION_WORDS.map((t) => t.split(' ').map(eitherCaseFirst).join(' ')).join('|')})`;
/** A chargé d'affaires' title, either case, any accent on the "e" ("Chargé d'Affaires", "charge d’affaires"). */
export const CHARGE_D_AFFAIRES_CASED = String.raw`[Cc]harg[éeè]\s+d['’]\s?[Aa]ffaires`;
/**
 * A group of heads of mission, either case ("ambassadors", "the Ambassadors of", "Heads of Mission",
 * "High Commissioners"): press releases capitalise role nouns in the plural as well.
 */
export const ENVOY_GROUP_CASED = String.raw`(?:${HEAD_OF_MISSION_CASED}s|[Hh]eads\s+of\s+(?:[Dd]iplomatic\s+|[Ff]oreign\s+)?[Mm]issions?)`;
/**
 * Words that may stand before such a group, either case ("various Resident Diplomatic Heads of Mission",
 * "the newly appointed ambassadors", "non-resident envoys").
 */
export const ENVOY_GROUP_MODIFIER = `(?:${[
  'the',
  'their',
  'various',
  'several',
  'visiting',
  'new',
  'newly[- ]appointed',
  'outgoing',
  'accredited',
  'resident',
  'non-resident',
  'diplomatic',
  'respective',
  'foreign',
]
  .map(eitherCaseFirst)
  .join('|')})`;
/** A head-of-mission title anywhere in a text ("Chinese Ambassador", "the UK high commissioner"). */
export const HEAD_OF_MISSION_TITLE = new RegExp(String.raw`\b${HEAD_OF_MISSION}\b`, 'i');

// Words that make a head-of-mission title someone else's, as regex sources (a chargé's "charg" prefix
// takes any ending). Standing in: a deputy or interim head ("deputy ambassador", "chargé d'affaires",
// "acting high commissioner"); no longer: "former", "ex-", "outgoing", "late"; another post: "special
// envoy", "assistant". Rules reading a head of mission build their "no head" test from these lists.
/** A deputy or stand-in for the head of mission. */
export const STANDING_IN_WORDS: readonly string[] = [
  'deputy',
  'acting',
  'vice',
  String.raw`charg\S*`,
  'interim',
];
/** Whoever held the post before, or leaves it. */
export const NO_LONGER_WORDS: readonly string[] = ['former', 'ex-', 'outgoing', 'late'];
/** Titles of another post built on a head-of-mission word ("special envoy", "assistant"). */
export const OTHER_POST_WORDS: readonly string[] = ['assistant', 'special'];
/** Every word that makes a title no head of mission's (a regex source: "(?:deputy|acting|…)"). */
export const NOT_HEAD_OF_MISSION = `(?:${[...STANDING_IN_WORDS, ...NO_LONGER_WORDS, ...OTHER_POST_WORDS].join('|')})`;
/** One such word anywhere in a text, as a whole word ("ex-" runs into the next; "chargé" takes its accent). */
export const NOT_HEAD_OF_MISSION_WORD = new RegExp(
  String.raw`\b${NOT_HEAD_OF_MISSION}(?:(?<=-)|(?![a-z]))`,
  'i',
);

/** A head of mission's full title after the title word: "Ambassador Extraordinary and Plenipotentiary". */
export const FULL_TITLE_TAIL = String.raw`(?:\s+Extraordinary\s+and\s+Plenipotentiary)?`;
/** Words of time a head of mission's title may carry and still name the one in post ("the new ambassador"). */
export const IN_POST_WORDS: readonly string[] = [
  'new',
  'newly appointed',
  'newly-appointed',
  'incoming',
  'current',
  'present',
  'top',
];
/** An optional run of one such word before the title, as every envoy rule reads it. */
export const IN_POST_BEFORE_HEAD = `(?:(?:${IN_POST_WORDS.join('|')})\\s+)?`;

/**
 * One word of time or standing before any capitalised title ("former Finance Minister", "ex-Defence
 * Minister", "acting President", "new Foreign Minister"), from the lists above (a regex source, no group,
 * its space included): list readers let it lead the title of a list's next item.
 */
export const TITLE_STANDING_BEFORE = `(?:${[
  ...NO_LONGER_WORDS,
  ...STANDING_IN_WORDS.filter((w) => !w.startsWith('charg')),
  ...IN_POST_WORDS,
]
  .map((w) => (w.endsWith('-') ? w : `${w.replace(/ /g, '\\s+')}\\s+`))
  .join('|')})`;

/** A spokesperson's noun, singular, either gender, lower-case (a regex source, no group): "spokesman",
 * "spokeswoman", "spokesperson". Every rule reading one builds from it. */
export const SPOKESPERSON = String.raw`spokes(?:(?:wo)?man|person)`;
/** The titles whose holder speaks for a body (a spokesperson, a press secretary), lower-case regex sources:
 * "the press secretary said" is read as "the spokesman said" (quotes/role-coreference.ts, relations/titles.ts). */
export const SPEAKS_FOR_BODY_WORDS: readonly string[] = [SPOKESPERSON, 'press secretary'];
/** "(?:spokes(?:(?:wo)?man|person)|press secretary)", for patterns with the i flag. */
export const SPEAKS_FOR_BODY = `(?:${SPEAKS_FOR_BODY_WORDS.join('|')})`;
/** A whole title (one matched word or phrase) that speaks for a body: "spokeswoman", "Press Secretary". */
export const SPEAKS_FOR_BODY_TITLE = new RegExp(`^${SPEAKS_FOR_BODY}$`, 'i');

/**
 * The titles a body's officer holds, written before the name ("Kremlin spokesman X", "Gazprom chief
 * executive X", "ICC Prosecutor X"), lower-case: relations/titles.ts (the officer's relation to the body) and
 * events/sanction-holders.ts (the officer, not the body, is sanctioned) build from it.
 */
export const BODY_TITLE_WORDS: readonly string[] = [
  SPOKESPERSON,
  'press secretary',
  'secretary[- ]general',
  'chief of staff',
  'minister',
  'secretary',
  'head',
  'chief',
  'director',
  'official',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'speaker',
  'ceo',
  'chief executive',
  'deputy',
  'adviser',
  'advisor',
  'envoy',
  'commander',
  'member',
  'leader',
  'prosecutor',
];
/** "(?:spokes(?:(?:wo)?man|person)|…|prosecutor)", for patterns with the i flag. */
export const BODY_TITLE = `(?:${BODY_TITLE_WORDS.join('|')})`;

/**
 * The posts that head a body (its holder LEADS it; anyone else titled by the body is a member), lower-case,
 * multi-word posts first: relations/titles.ts (a title before a name) and relations/appositions.ts (a role
 * in apposition or before a name) build from it, so "general secretary", "general manager" lead in both.
 */
export const HEAD_POST_WORDS: readonly string[] = [
  'secretary[- ]general',
  'general secretary',
  'director[- ]general',
  'general manager',
  'managing director',
  'chief executive(?: officer)?',
  'commander[- ]in[- ]chief',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'president',
  'speaker',
  'ceo',
  'commander',
  'leader',
  'head',
  'chief',
  'director',
  'premier',
];
/** "(?:secretary[- ]general|…|premier)", for patterns with the i flag. */
export const HEAD_POST = `(?:${HEAD_POST_WORDS.join('|')})`;
/** The multi-word head posts, for patterns that otherwise read a one-word role ("general secretary of"). */
export const HEAD_POST_PHRASE = `(?:${HEAD_POST_WORDS.filter((w) => /\s|\[- \]/.test(w)).join('|')})`;
/** A whole title that heads a body: "Secretary General", "general manager", "CEO" (not "Deputy Director"). */
export const HEAD_POST_TITLE = new RegExp(`^${HEAD_POST}$`, 'i');
