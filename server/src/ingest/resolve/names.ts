// Names as entity resolution compares them (pure): normalized strings, a person's name read from its end
// (titles, roles, honorifics and suffixes dropped), role phrases, and whether two given names conflict.
/** Whole words that make a string a role phrase ("the envoy", "Russia's ambassador to the US"). */
export const ROLE_WORDS = new Set([
  'ambassador',
  'envoy',
  'diplomat',
  'consul',
  'attache',
  'president',
  'vice',
  'premier',
  'prime',
  'minister',
  'chancellor',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'deputy',
  'director',
  'chief',
  'head',
  'chairman',
  'chairwoman',
  'chair',
  'governor',
  'mayor',
  'senator',
  'general',
  'commander',
  'leader',
  'king',
  'queen',
  'pope',
  'ceo',
  'official',
  'representative',
  'counselor',
  'adviser',
  'advisor',
]);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'madam', 'mister']);

/** Lower case, straight quotes, no punctuation, "U.S."/"United States" → "us", no leading "the". */
export function normalizeName(s: string): string {
  let n = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  n = ` ${n} `
    .replace(/ united states of america /g, ' us ')
    .replace(/ united states /g, ' us ')
    .replace(/ usa /g, ' us ')
    .replace(/ united kingdom /g, ' uk ')
    .trim();
  return n.replace(/^the /, '');
}

export const words = (normalized: string) => (normalized ? normalized.split(' ') : []);

/** Words that end a name when read from its end: "Deputy Secretary of State Wendy Sherman". */
const NOT_NAME_WORDS = new Set([
  ...ROLE_WORDS,
  ...HONORIFICS,
  'of',
  'the',
  'to',
  'for',
  'in',
  'at',
  'and',
  'on',
  'state',
  'defense',
  'defence',
  'affairs',
  'treasury',
  'justice',
  'interior',
  'national',
  'security',
  'us',
  'uk',
  'un',
  'eu',
]);

const PREPOSITIONS = new Set(['of', 'to', 'for', 'in', 'at', 'on', 'from', 'the', 'and']);

export interface PersonName {
  /** The first given name (a full word when there is one, else an initial); null for a lone surname. */
  given: string | null;
  /** Given names and initials before the surname (full words only when there are any). */
  givens: string[];
  surname: string | null;
  /** Words of the name proper (0: no name, e.g. a role phrase). */
  words: number;
  /** The name proper, normalized: "Ambassador Anatoly Antonov" → "anatoly antonov". */
  key: string;
}

/**
 * A person's name read from its end: titles, roles and honorifics before it are dropped
 * ("Russian Ambassador Anatoly Antonov" → anatoly antonov), and so are suffixes (Jr., III).
 */
export function personName(s: string): PersonName {
  const ws = words(normalizeName(s));
  while (ws.length > 1 && NAME_SUFFIXES.has(ws[ws.length - 1]!)) ws.pop();
  const tail: string[] = [];
  let i = ws.length - 1;
  for (; i >= 0; i--) {
    const w = ws[i]!;
    if (NOT_NAME_WORDS.has(w) || w.endsWith("'s") || /^\d/.test(w)) break;
    tail.unshift(w);
  }
  // "Ambassador to Washington", "envoy of Russia": a place after a preposition, not a name.
  if (i >= 0 && PREPOSITIONS.has(ws[i]!)) tail.length = 0;
  const pre = tail.slice(0, -1);
  const full = pre.filter((w) => w.length > 1);
  const givens = full.length ? full : pre;
  return {
    given: givens[0] ?? null,
    givens,
    surname: tail[tail.length - 1] ?? null,
    words: tail.length,
    key: tail.join(' '),
  };
}

/** A role phrase holds a role word and no name: "Russia's envoy to the US", "the ambassador". */
export function isRolePhrase(s: string): boolean {
  return (
    words(normalizeName(s)).some((w) => ROLE_WORDS.has(w.replace(/'s$/, ''))) && personName(s).words === 0
  );
}

/** Given names conflict unless one is absent, they are equal, or one is the other's initial. */
export function givenNamesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}
