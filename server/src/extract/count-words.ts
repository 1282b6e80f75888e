// Count words, written out once for every rule that reads a counted group ("seven officials", "diplomats of
// 23 countries", "forty envoys"). Each rule takes the range it reads, as a regex alternation: cardinals(2, 10)
// is "two|three|…|ten", tens(50) is "twenty|thirty|forty|fifty"; countOf gives the number a count stands for.

const CARDINAL_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const;
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** The cardinal words from `from` to `to` (1–20) as a regex alternation: cardinals(2, 4) is "two|three|four". */
export function cardinals(from: number, to: number): string {
  return CARDINAL_WORDS.slice(from - 1, to).join('|');
}

/** The tens from twenty up to `to` (20–90) as a regex alternation: tens(40) is "twenty|thirty|forty". */
export function tens(to: number): string {
  return TENS_WORDS.slice(0, to / 10 - 1).join('|');
}

/** The number a count stands for: "seven" → 7, "Forty" → 40, "23" → 23 (NaN for anything else). */
export function countOf(word: string): number {
  const w = word.toLowerCase();
  const cardinal = CARDINAL_WORDS.indexOf(w as (typeof CARDINAL_WORDS)[number]);
  if (cardinal >= 0) return cardinal + 1;
  const ten = TENS_WORDS.indexOf(w as (typeof TENS_WORDS)[number]);
  return ten >= 0 ? (ten + 2) * 10 : Number(word);
}
