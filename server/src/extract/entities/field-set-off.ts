// A name set off after a title whose field runs long: "the Minister of Foreign Affairs, African Cooperation,
// and Moroccans Abroad, X.", "the Director General for Central America and the Caribbean, X;", "High
// Representative for Foreign Affairs and Security Policy, X.", or after a title with a bracketed qualifier
// ("Secretary (East), X", "Cabinet Secretary (CS) X,"). ROLE_BEFORE (name-shapes.ts) reads a title with one or
// two short "of"/"to" phrases; here the field may be a list of capitalised items joined by commas and "and",
// after "of", "for" or "on". name-positions.ts asks it for a name-shaped run nothing else claimed, the run
// closed by a comma, a semicolon, a colon or the sentence's end.

/** A capitalised title word that a field or a bracketed qualifier may follow. */
const TITLE = String.raw`(?:(?:High\s+|Special\s+)?Representative|(?:Vice[- ])?President|(?:Deputy\s+|Under[- ]?)?Secretary|Minister|Director|Commissioner|Ambassador|Envoy|Chair(?:man|woman|person)?|Governor|Head|Chief|Advis[eo]r|Coordinator|Spokes(?:man|woman|person))(?:[- ]General)?`;
/** One item of a field: capitalised words ("Foreign Affairs", "Moroccans Abroad"). */
const ITEM = String.raw`\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,3}`;
/** Items joined by commas, "and" or "&", each perhaps after "the". */
const FIELD = String.raw`(?:the\s+)?${ITEM}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:the\s+)?${ITEM}){0,5}`;
const FIELD_SET_OFF = new RegExp(String.raw`\b${TITLE}\s+(?:of|for|on)\s+${FIELD}\s*,\s*$`, 'u');
/** "Secretary (East), " "Cabinet Secretary (CS) ": a short bracket of no sentence. */
const BRACKET_SET_OFF = new RegExp(String.raw`\b${TITLE}\s*\([^()\n.;]{1,30}\)\s*,?\s*$`, 'u');

/** Whether the text before a name ends in a title with a long field or a bracketed qualifier, set off. */
export function afterFieldSetOff(before: string): boolean {
  return FIELD_SET_OFF.test(before) || BRACKET_SET_OFF.test(before);
}
