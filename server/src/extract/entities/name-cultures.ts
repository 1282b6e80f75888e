// Name shapes of naming traditions the lexicon knows little of, read inside a capitalised chunk: a
// Vietnamese full name (a family name from a closed list, then two or three one-syllable given names:
// "Dang Thi Thu Ha", "Bui Thanh Son", whose syllables the lexicon may know as English words, "Son", "Do"),
// and an Arabic given name before "bin"/"ibn" ("Said Bin Mohammad …": a word before a patronymic particle
// is a given name, whatever else the lexicon knows it as). Last, places' names that are also persons' names
// ("Israel Katz", "Santiago Peña", "Ahmed Salem", "Mohamed Lima"): a place's word is a name word when a
// first name stands before it, or when it is a given name of the list before a surname-shaped word.
import { COUNTRY_DEMONYM } from '../demonyms.js';
import { demonymCountry, isCommonWord, isFirstName, isKnownPlace, isLastName } from '../lexicon.js';
import type { Token } from '../text.js';
import { isKnownOrgWord, isTitle, PLACE_ABBREVIATIONS } from './chunking.js';

/** Vietnamese family names (without and with their diacritics). */
const VIET_FAMILY = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong trinh doan luong ' +
    'phung quach kieu nong ton ta cao lam mai dao ' +
    'nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương trịnh đoàn lương phùng'
  ).split(' '),
);
/** Korean family names as news romanises them; a Korean full name is the family name and two syllables. */
const KOREAN_FAMILY = new Set(
  (
    'kim lee yi park choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin ' +
    'kwon hwang ahn song yoo yu hong jeon chun ko moon mun yang bae baek paik heo huh nam noh roh kwak ' +
    'sung cha joo woo min ryu won'
  ).split(' '),
);
/** Whether `word` is a Korean family name ("Park", "Kim", "Chung"). */
export function isKoreanFamily(word: string): boolean {
  return KOREAN_FAMILY.has(word.toLowerCase());
}
/** One syllable of a Vietnamese name, written with or without diacritics ("Thi", "Thu", "Chinh", "Đức"). */
const VIET_SYLLABLE = /^\p{Lu}\p{Ll}{0,5}$/u;
/** Words after the family name that make a place or a body, no person: "Ho Chi Minh City". */
const NOT_GIVEN =
  /^(?:City|Province|District|Street|Road|Bay|Island|Islands|River|Lake|Port|Park|Hall|House|Party|Group|Bank|Fund|Corp|Ltd|Inc|Co|Club|News|Times|Post|Daily|Team|Army|Navy)$/;

/**
 * Where a Vietnamese (or Korean) full name starts in the chunk c (it runs to c's end), or -1: a family name
 * from the list, then two or three one-syllable words (three or four words in all; a Korean name three),
 * none a place's or a body's head.
 */
export function vietnameseNameFrom(c: readonly Token[]): number {
  const n = c.length;
  for (let from = Math.max(0, n - 4); from <= n - 3; from++) {
    const family = c[from]!.text.toLowerCase();
    // (A Korean name: the family name and two syllables, "Won Do Yeon", "Yoon Suk Yeol".)
    if (!VIET_FAMILY.has(family) && !(KOREAN_FAMILY.has(family) && from === n - 3)) continue;
    const rest = c.slice(from);
    if (rest.every((t) => VIET_SYLLABLE.test(t.text)) && !rest.some((t) => NOT_GIVEN.test(t.text)))
      return from;
  }
  return -1;
}

/** A patronymic particle of an Arabic name ("bin", "Bin", "ibn", "bint"). */
const PATRONYMIC = /^(?:bin|ibn|bint|Bin|Ibn|Bint)$/;

/** Whether c[i] is a given name before a patronymic particle ("Said | Bin Mohammad"). */
export function givenBeforePatronymic(c: readonly Token[], i: number): boolean {
  const next = c[i + 1];
  return (
    next !== undefined &&
    PATRONYMIC.test(next.text) &&
    c[i + 2] !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(c[i]!.text) &&
    !isTitle(c[i]!.text)
  );
}

/** Given names the lexicon knows only as places ("Israel Katz", "Jordan Bardella", "Santiago Peña"). */
const PLACE_GIVEN = new Set([
  'Israel',
  'Jordan',
  'Santiago',
  'Salem',
  'Paris',
  'Georgia',
  'Dallas',
  'Houston',
]);

/** A word a surname can be: capitalised, no common word (or a known surname), no place, title or body word. */
function surnameShaped(t: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    (!isCommonWord(t.text) || isLastName(t.text)) &&
    !isKnownPlace(t.text) &&
    !demonymCountry(t.text) &&
    !isTitle(t.text) &&
    !isKnownOrgWord(t.text) &&
    !NOT_GIVEN.test(t.text)
  );
}

/**
 * Whether c[i], a known place's name, is a person's name word here: a given name of the list before a
 * surname-shaped word ("Israel Katz"), a middle name of the list ("Jose Santiago Sta. Romana"), or a one-word
 * place (no country) ending the chunk right after a first name that is no common word ("Ahmed Salem",
 * "Mohamed Lima"; not "Will Russia").
 */
export function placeAsNameWord(c: readonly Token[], i: number): boolean {
  const t = c[i]!.text;
  // After a title, any name ("Sheikh Salem Jaber Al-Sabah"); first in its chunk, only a two-word name ("in
  // Paris Aichatou Kane" is the place, then a name).
  const next = c[i + 1];
  const titled = i > 0 && isTitle(c[i - 1]!.text);
  if (PLACE_GIVEN.has(t) && next && surnameShaped(next))
    if (titled || (i === 0 && c.length === 2 && !isFirstName(next.text))) return true;
  const before = c[i - 1];
  // A given name of the list between a first name and a surname is a middle name: "Jose Santiago Sta.
  // Romana", "Ana Georgia Lopez".
  const middle =
    before && next && isFirstName(before.text) && !isCommonWord(before.text) && PLACE_GIVEN.has(t);
  if (middle && (surnameShaped(next) || PLACE_ABBREVIATIONS.test(next.text))) return true;
  return (
    i === c.length - 1 &&
    before !== undefined &&
    isFirstName(before.text) &&
    !isCommonWord(before.text) &&
    !demonymCountry(t) &&
    !COUNTRY_DEMONYM.has(t)
  );
}

/** A name's first word is a given name: a known first name, or a place's name read as one ("Israel Katz"). */
export function givenNameWord(name: readonly Token[]): boolean {
  return isFirstName(name[0]!.text) || placeAsNameWord(name, 0);
}

/** c[i] is a known place's name that is no person's name word here ("Israel" of "Israel said", not of "Israel Katz"). */
export function placeNoName(c: readonly Token[], i: number): boolean {
  const t = c[i]!.text;
  return isKnownPlace(t) && !(i + 1 < c.length && isFirstName(t)) && !placeAsNameWord(c, i);
}
