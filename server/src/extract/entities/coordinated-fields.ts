// A body named by its head word and a coordination of fields, which the chunker cuts at the first comma or
// "and": "the Ministry of Lands, Housing and Urban Development", "the Ministry of Information, Communication,
// and Digital Economy", "the Institute of World Economy and Politics", "the Department of Trade & Industry".
// The name runs to the last capitalised word of the coordination's last item when:
// - the mention is a body's head word, "of" and capitalised words ("Ministry of Lands");
// - the items after it are joined by commas and end with "and"/"&" and a last item (a comma list with no
//   "and" is a new clause: "At the Ministry of Defence, Army chief X said");
// - every item is capitalised words with no body's head ("the Ministry of Finance and Central Bank" are two
//   bodies), no place, person's name, month or weekday, and no possessive; an item ends before a title word
//   ("… and Economic Planning Minister X": the item is "Economic Planning"), and an item's last word is no
//   demonym ("… and Russian Foreign Minister X").
import { demonymCountry, isFirstName, isKnownPlace, isLastName, ORG_HEADS, TITLE_WORDS } from '../lexicon.js';
import { MONTHS, WEEKDAYS } from './chunking.js';
import { FIELD_WORD } from './field-words.js';

/** A body's head word that a field names ("Ministry of Health"). */
const FIELD_HEADS =
  /\b(?:Ministry|Department|Institute|Office|Commission|Agency|Authority|Committee|Council|Bureau|Service|Secretariat|Directorate|Board|Centre|Center|Academy)[^\S\n]+(?:of|for|on)[^\S\n]+\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+){0,3}$/u;
/** A separator and the capitalised words after it: ", Housing", ", and Digital Economy", " & Industry". */
const ITEM = /^(,?[^\S\n]+(?:and|&)[^\S\n]+|,[^\S\n]+)(\p{Lu}[\p{Ll}-]+(?:[^\S\n]+\p{Lu}[\p{Ll}-]+){0,4})/u;

/** A word that cannot stand in a field's name (a body's head, a name, a date). */
const foreign = (w: string) =>
  ORG_HEADS.has(w.toLowerCase()) ||
  isKnownPlace(w) ||
  isFirstName(w) ||
  (isLastName(w) && !/(?:ment|tion|ty|ics|ure|ism|ing|ce|ry|es)$/.test(w)) ||
  MONTHS.test(w) ||
  WEEKDAYS.test(w);

/** The item's words kept in the name: up to a title word; undefined when a word cannot be a field's. */
function fieldWords(item: string): string[] | undefined {
  const words = item.split(/[^\S\n]+/);
  // ("Defence", "Finance": a field word that titles use too is still a field, "… Affairs, Defence and Trade",
  // but not before a title word, "… and Finance Minister X".)
  const titleWord = (w: string | undefined) => !!w && TITLE_WORDS.has(w.toLowerCase());
  const title = words.findIndex((w, i) => titleWord(w) && !(FIELD_WORD.test(w) && !titleWord(words[i + 1])));
  const kept = title < 0 ? words : words.slice(0, title);
  if (!kept.length || kept.some(foreign) || demonymCountry(kept[kept.length - 1]!)) return undefined;
  return kept;
}

/** The length of the coordinated fields' tail after a body's mention, or undefined. */
export function coordinatedFieldsTail(name: string, after: string): number | undefined {
  if (!FIELD_HEADS.test(name)) return undefined;
  let at = 0;
  let joined = 0;
  for (let n = 0; n < 6; n++) {
    const m = ITEM.exec(after.slice(at));
    if (!m) return undefined;
    const words = fieldWords(m[2]!);
    if (!words) return undefined;
    const last = words[words.length - 1]!;
    const end = at + m[1]!.length + m[2]!.indexOf(last) + last.length;
    // (After a title word or a name the item's run goes on: "… and Planning Minister Ken Ofori-Atta".)
    const whole = words.length === m[2]!.split(/[^\S\n]+/).length;
    // (A run going on past the item is no field's: "and Urban Development Kenya Ltd".)
    if (whole && /^[^\S\n]+\p{Lu}/u.test(after.slice(end))) return undefined;
    if (/(?:and|&)/.test(m[1]!)) {
      joined = end;
      break;
    }
    if (!whole) return undefined;
    at = end;
  }
  return joined || undefined;
}
