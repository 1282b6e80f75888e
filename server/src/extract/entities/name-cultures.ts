// Name shapes of naming traditions the lexicon knows little of, read inside a capitalised chunk: a
// Vietnamese full name (a family name from a closed list, then two or three one-syllable given names:
// "Dang Thi Thu Ha", "Bui Thanh Son", whose syllables the lexicon may know as English words, "Son", "Do"),
// and an Arabic given name before "bin"/"ibn" ("Said Bin Mohammad …": a word before a patronymic particle
// is a given name, whatever else the lexicon knows it as).
import type { Token } from '../text.js';
import { isTitle } from './chunking.js';

/** Vietnamese family names (without and with their diacritics). */
const VIET_FAMILY = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong trinh doan luong ' +
    'phung quach kieu nong ton ta cao lam mai dao ' +
    'nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương trịnh đoàn lương phùng'
  ).split(' '),
);
/** One syllable of a Vietnamese name, written with or without diacritics ("Thi", "Thu", "Chinh", "Đức"). */
const VIET_SYLLABLE = /^\p{Lu}\p{Ll}{0,5}$/u;
/** Words after the family name that make a place or a body, no person: "Ho Chi Minh City". */
const NOT_GIVEN =
  /^(?:City|Province|District|Street|Road|Bay|Island|Islands|River|Lake|Port|Park|Hall|House|Party|Group|Bank|Fund|Corp|Ltd|Inc|Co|Club|News|Times|Post|Daily|Team|Army|Navy)$/;

/**
 * Where a Vietnamese full name starts in the chunk c (it runs to c's end), or -1: a family name from the
 * list, then two or three one-syllable words (three or four words in all), none a place's or a body's head.
 */
export function vietnameseNameFrom(c: readonly Token[]): number {
  const n = c.length;
  for (let from = Math.max(0, n - 4); from <= n - 3; from++) {
    if (!VIET_FAMILY.has(c[from]!.text.toLowerCase())) continue;
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
