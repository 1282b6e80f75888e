// How corroboration is judged (pure): when two reports are the same copy, how many outlets report an
// item independently, and when two dates of "the same event" contradict each other.
//
// - Same copy: two sentences are the same copy when they are equal once normalised (case, whitespace,
//   typographic quotes and dashes, punctuation), or near-identical: their word sets overlap by at least
//   80 % (Jaccard), which lets through one changed word in ten (wire copy lightly edited by the outlet
//   that carries it) but not two reporters' own sentences about the same fact. Sentences under
//   MIN_COPY_WORDS words (headlines such as "Lithuania expels Russian ambassador") are too short to tell
//   copy from coincidence and are not compared.
// - Independent outlets: outlets that carry the same copy of an item are one source. Outlets are
//   grouped (transitively) by shared copy; the number of groups is the number of independent outlets.
//   Each report without an outlet counts as its own source.
// - Contradicting dates: two dates contradict when neither refines the other (`2022-04` and
//   `2022-04-05` agree; `2022-04-04` and `2022-04-05` do not) and they lie within DISPUTE_WINDOW_DAYS of
//   each other. Dates further apart are taken for two events (a second meeting), not one event in dispute.
// - A quotation in dispute: the same quotation (normalised as a sentence, at least MIN_QUOTE_WORDS words)
//   given to different speakers, at dates within DISPUTE_WINDOW_DAYS (or undated). A quotation that more
//   than COMMON_QUOTE_STATEMENTS statements carry is a formula many people use ("The door remains
//   open"), not one person's words: it is never in dispute.
// - Either way, an article that tells both versions tells of two events or two statements: no dispute.

/** A report of an item by one article: its outlet and the sentence (or quote) that says it. */
export interface Report {
  articleId: string;
  outlet: string | null;
  published: string | null;
  text: string;
}

/** Words in common over words in all, at or above which two sentences are the same copy. */
export const NEAR_IDENTICAL = 0.8;
/** Sentences shorter than this (in words) are not compared: any two outlets may write them alike. */
export const MIN_COPY_WORDS = 6;
/** Quotations shorter than this (in words) are stock phrases: given to two speakers, they are no dispute. */
export const MIN_QUOTE_WORDS = 4;
/** Statements carrying one quotation beyond which the quotation is a formula, not one person's words. */
export const COMMON_QUOTE_STATEMENTS = 50;
/** Sentences per outlet compared for near-identity (exact copies are always found, whatever the count). */
const NEAR_IDENTICAL_SAMPLE = 20;
/** Two dates of one event further apart than this are two events, not a dispute. */
export const DISPUTE_WINDOW_DAYS = 31;

/** Case, whitespace, typographic quotes, dashes and punctuation folded away. */
export function normalizeSentence(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a sentence compared for copy, or null when it is too short to tell copy from coincidence. */
function copyWords(text: string): { norm: string; words: Set<string> } | null {
  const norm = normalizeSentence(text);
  const words = norm.split(' ');
  return words.length < MIN_COPY_WORDS ? null : { norm, words: new Set(words) };
}

function nearIdentical(a: Set<string>, b: Set<string>): boolean {
  let common = 0;
  for (const w of a) if (b.has(w)) common += 1;
  return common / (a.size + b.size - common) >= NEAR_IDENTICAL;
}

/** Whether two sentences are the same copy (equal once normalised, or near-identical). */
export function sameCopy(a: string, b: string): boolean {
  const x = copyWords(a);
  const y = copyWords(b);
  return !!x && !!y && (x.norm === y.norm || nearIdentical(x.words, y.words));
}

/**
 * Groups the reports' outlets by shared copy. Returns, for each outlet key (the outlet, or
 * `article:<id>` for a report without one), the index of its group, and the number of groups: the
 * number of independent outlets.
 */
export function independentOutlets(reports: Report[]): { groupOf: Map<string, number>; independent: number } {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));

  const firstOutletOf = new Map<string, string>();
  const sample = new Map<string, Set<string>[]>();
  for (const r of reports) {
    const key = outletKey(r);
    if (!parent.has(key)) parent.set(key, key);
    const copy = copyWords(r.text);
    if (!copy) continue;
    const seen = firstOutletOf.get(copy.norm);
    if (seen !== undefined) {
      union(key, seen);
      continue;
    }
    firstOutletOf.set(copy.norm, key);
    const own = sample.get(key) ?? [];
    if (own.length < NEAR_IDENTICAL_SAMPLE) own.push(copy.words);
    sample.set(key, own);
  }
  // Near-identical copies, between outlets not already joined, on a bounded sample of each outlet.
  const keys = [...sample.keys()];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      if (find(a) === find(b)) continue;
      if (sample.get(a)!.some((x) => sample.get(b)!.some((y) => nearIdentical(x, y)))) union(a, b);
    }
  }
  const groupIndex = new Map<string, number>();
  const groupOf = new Map<string, number>();
  for (const key of parent.keys()) {
    const root = find(key);
    if (!groupIndex.has(root)) groupIndex.set(root, groupIndex.size);
    groupOf.set(key, groupIndex.get(root)!);
  }
  return { groupOf, independent: groupIndex.size };
}

/** The key a report's outlet is grouped by: the outlet, or the article when the outlet is unknown. */
export const outletKey = (r: Pick<Report, 'outlet' | 'articleId'>): string =>
  r.outlet ?? `article:${r.articleId}`;

/** The first and last day a date of any precision (`2022`, `2022-04`, `2022-04-05`) can mean, in ms. */
function dayRange(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const first = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const last = d ? first : m ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
  return [first, last];
}

/** Whether two dates lie within DISPUTE_WINDOW_DAYS of each other (true when either is missing). */
export function withinWindow(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const [a0, a1] = dayRange(a);
  const [b0, b1] = dayRange(b);
  return Math.max(0, a0 - b1, b0 - a1) / 86_400_000 <= DISPUTE_WINDOW_DAYS;
}

/** Whether two dates of the same event contradict each other (see the header). */
export function datesContradict(a: string | null, b: string | null): boolean {
  if (!a || !b || a.startsWith(b) || b.startsWith(a)) return false;
  return withinWindow(a, b);
}
