// Marks a page set where plain text has others: guillemets for quotation marks and an outlet's dateline
// glued to the first word by a hyphen ("SHAFAQNA-Antonio Guterres ..."). The work copy reads them as the
// usual glyphs (“…”, an em dash), one character for one, so offsets stay the raw text's and every rule
// that knows curly quotes and "MANILA — ..." datelines reads these pages as if they were clean.
import { isKnownPlace } from './lexicon.js';

/** A pair of guillemets within one line («…»): a quotation like “…”. A lone » (a breadcrumb) is left alone. */
const GUILLEMET_PAIR = /«([^«»\n]{2,}?)»/g;

/**
 * An all-caps dateline or agency credit at a line's start, or after "City, ", glued by a hyphen to what
 * follows ("SHAFAQNA-Antonio", "Moscow, SANA- Russian"): group 1 the credit, group 2 the word after.
 */
const GLUED_DATELINE =
  /(?:^|(?<=\n[ \t]*)|(?<=\p{Lu}\p{Ll}+, ))(\p{Lu}{3,}(?: \p{Lu}{3,})?)-( ?)(\p{Lu}\p{Ll}+)(?: (\p{Lu}\p{Ll}+))?/gu;

/** The cheap test before the dateline pattern runs: three capitals and a hyphen somewhere. */
const CAPS_HYPHEN = /\p{Lu}{3}-/u;

export function gluedMarksAsUsual(work: string): string {
  let out = work;
  if (out.includes('«')) out = out.replace(GUILLEMET_PAIR, (_, inner: string) => `“${inner}”`);
  if (CAPS_HYPHEN.test(out))
    out = out.replace(
      GLUED_DATELINE,
      (all: string, credit: string, space: string, next: string, after?: string) =>
        // "ASEAN-China", "DPRK-Russia", "ASEAN-New Zealand": two names joined, no credit.
        !space && (isKnownPlace(next) || (after !== undefined && isKnownPlace(`${next} ${after}`)))
          ? all
          : `${credit}—${all.slice(credit.length + 1)}`,
    );
  return out;
}
