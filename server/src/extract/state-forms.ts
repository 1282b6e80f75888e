// The formal style of a state before its short name: "the Kingdom of Saudi Arabia", "the Islamic Republic
// of Pakistan", "the Republic of The Gambia". Rules that read a state inside a title ("Ambassador of the
// Kingdom of X to the Republic of Y, Name") skip this style to reach the name the entity step extracted.
/** The words that head a state's formal style. */
export const STATE_FORM_WORDS = [
  'Republic',
  'Kingdom',
  'State',
  'Sultanate',
  'Federation',
  'Emirate',
  'Principality',
  'Grand Duchy',
  'Commonwealth',
];
/** Regex source: up to three capitalised qualifiers, a style word and "of" ("Federal Democratic Republic
 * of ", "Kingdom of the "), the state's short name after it. */
export const STATE_FORM_OF = String.raw`(?:(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:${STATE_FORM_WORDS.join('|').replace(/ /g, String.raw`\s+`)})\s+of\s+(?:[Tt]he\s+)?)`;
