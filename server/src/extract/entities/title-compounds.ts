// A single capitalised word after a title that is no one's surname but the rest of a compound the title
// word opens or a common noun or adjective: "State Protocol", "the State Reception", "Minister of State
// Apparatus" ("State" is a title only as a part of longer ones: "State Counsellor", "Minister of State"),
// "our General Election", "Minister Responsible for Foreign Affairs" (English noun and adjective endings no
// surname has), "High Commissioners Designate" (a title not yet taken up).
import { isFirstName, isLastName } from '../lexicon.js';

/** Endings of English nouns and adjectives ("Election", "Reception", "Responsible", "Partnership"). */
const COMMON_ENDING = /\p{Ll}{2}(?:tion|sion|ment|ness|ible|able|ity|ship|ism|ances?|ency)$/u;
/** Words that make the title before them one named but not yet taken up. */
const TITLE_TO_BE = /^(?:Designate|Elect|Nominee)$/;

/** Whether `word`, alone after the title word `title`, is no surname. */
export function noSurnameAfterTitle(title: string, word: string): boolean {
  if (TITLE_TO_BE.test(word)) return true;
  if (isLastName(word) || isFirstName(word)) return false;
  return title === 'State' || COMMON_ENDING.test(word);
}
