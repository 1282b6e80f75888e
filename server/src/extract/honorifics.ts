// Honorifics and styles that stand right before a person's name and are no part of it, in ONE list that
// every rule reading a name after an honorific builds from: the courtesy ones ("Mr", "Dr"), the academic
// and professional ones ("Prof", "Professor", "Engr", "Barr", "Barrister"), the West African ones
// ("Alhaji", "Hajiya", "Mallam", "Asiwaju", "Otunba", "Owelle"), the styles of office ("Hon",
// "Honourable", "Rt Hon", "Right Honourable", "H.E.", "His/Her Excellency") and the Fijian chiefly "Ratu".
// Rules that read a role right before a name let one of them stand between the two ("High Commissioner to
// X Professor Y"). Military ranks ("Commodore", "General") are titles, not honorifics (lexicon TITLE_WORDS).
/** Single honorific words (an abbreviation's full stop is the caller's). */
const COURTESY = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame'];
const PROFESSIONAL = ['Engr', 'Barr', 'Barrister'];
const WEST_AFRICAN = [
  'Alh',
  'Alhaji',
  'Alhaja',
  'Hajiya',
  'Hajia',
  'Mallam',
  'Malam',
  'Owelle',
  'Asiwaju',
  'Otunba',
];
const STYLES = ['Hon', 'Honourable', 'Honorable', 'Ratu'];
/** Every one-word honorific, longest first so an alternation takes the whole word. */
const HONORIFIC_WORDS: readonly string[] = [...COURTESY, ...PROFESSIONAL, ...WEST_AFRICAN, ...STYLES].sort(
  (a, b) => b.length - a.length,
);
/** The honorific abbreviations whose full stop ends no sentence ("Mr.", "Hon.", "Alh."); not "Barr", a
 * surname too ("… said William Barr."). */
export const HONORIFIC_ABBREVIATIONS: readonly string[] = [
  'Mrs',
  'Mr',
  'Ms',
  'Dr',
  'Prof',
  'Engr',
  'Alh',
  'Hon',
];
/** One honorific word (a regex source, no flags needed; an abbreviation's full stop is the caller's). */
export const NAME_HONORIFIC = String.raw`(?:${HONORIFIC_WORDS.join('|')})`;
/** Several-word styles and "H.E." (a regex source, full stops included): "Rt Hon", "His Excellency". */
export const NAME_STYLE = String.raw`(?:(?:Rt\.?|Right)\s+(?:Hon\.?|Honou?rable)|(?:His|Her)\s+Excellency|H\.\s?E\.?)`;
/** One honorific or style, its full stop included ("Mr.", "Hon", "H.E.", "Rt Hon"). */
export const HONORIFIC_ONE = String.raw`(?:${NAME_STYLE}|${NAME_HONORIFIC}\.?)`;
/** One or more honorifics or styles before a name, each with its space ("H.E. Mr. ", "Rt Hon Dr "). */
export const HONORIFIC_RUN = String.raw`(?:${HONORIFIC_ONE}\s+)+`;
/** The honorific words in lower case, with and without their full stop (word tests on tokens). */
export const HONORIFIC_LOWER: ReadonlySet<string> = new Set(
  HONORIFIC_WORDS.flatMap((w) => [w.toLowerCase(), `${w.toLowerCase()}.`]).concat([
    'rt',
    'rt.',
    'excellency',
  ]),
);
