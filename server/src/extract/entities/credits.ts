// Acronyms that are a page's furniture, not a body the article is about: the agency credit of a dateline
// ("Skopje, 27 September 2024 (MIA) –", "Tuesday, 08 December 2020 (YJC)_", a paragraph opening "(MENAFN)"),
// a place's ("Jakarta (VNA) –"), a photo or source credit ("(Photo: ANI | Twitter)", "[Source: BBC]"), a
// caption's credit line ("EPA" alone on its line, "AFP/Getty Images", "REUTERS/Filepic", "(Photo: ANI |
// Twitter)") and a hashtag ("#G20FMM"). An organisation the acronym or known-organisation rules made whose
// every mention stands so is dropped, and so is a person named only in a photo's credit. And
// an acronym read only inside a longer capitalised run ("By MATTHEW LEE AP …", "The HALO Trust") that
// turned out to be neither a body's initials nor a person's title ("EAM Jaishankar") is dropped at the
// end: on the real pages such leftovers were never a gold organisation (dev 0 of 3, blind 0 of 4). These
// steps drop, they make nothing.
import type { Builder } from './builder.js';

const DATE_BEFORE =
  /(?:\b\d{1,2}(?:st|nd|rd|th)?,?|\b\d{4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|day)\s*\($/;
const LINE_OPENING = /(?:^|\n)[^\S\n]*\($/;
// (Also a later credit of the same bracket: "(Photo: ANI | Twitter)".)
const PHOTO_CREDIT =
  /[([](?:Photo|Image|Picture|Video|File photo|Source)s?\s*(?:credit)?\s*:\s*(?:[^()[\]\n]{1,30}[/|]\s*)?$/i;
// A credit slashed to a photo word: "AP Photo/Ebrahim Noroozi" (both), "REUTERS/Filepic", "Reuters/File".
const PHOTO_WORD_BEFORE = /\b(?:Photo|Image|File|Pool)[^\S\n]*[/|][^\S\n]*$/;
const PHOTO_WORD_AFTER =
  /^(?:[^\S\n]*[/|][^\S\n]*(?:Photo|Image|File|Filepic|Pool)\b|[^\S\n]+Photo[^\S\n]*[/|])/i;
// "Jakarta (VNA) –": a place opening the line (after a credit glued to it), then the agency and a dash.
const PLACE_DATELINE = /(?:^|\n|\))[^\S\n]*\p{Lu}[\p{L}'’.-]*(?:[^\S\n]\p{Lu}[\p{L}'’.-]*){0,2}[^\S\n]*\($/u;
// A caption's credit line: the name alone on its line ("EPA") or joined by a slash or bar to another
// credit ("AFP/Getty Images", "Reuters | File").
const CREDIT_PART = String.raw`[^\S\n]*\p{Lu}[\p{L}.&'’]*(?:[^\S\n]+\p{Lu}[\p{L}.&'’]*){0,2}[^\S\n]*`;
const SLASH_BEFORE = new RegExp(String.raw`(?:^|\n)(?:${CREDIT_PART}[/|])*[^\S\n]*$`, 'u');
const SLASH_AFTER = new RegExp(String.raw`^(?:[^\S\n]*[/|]${CREDIT_PART})*[^\S\n]*(?:\n|$)`, 'u');

/** How the mention at [start, end) stands on a credit line: alone on it, slashed to other credits, or not. */
function creditLine(work: string, start: number, end: number): 'alone' | 'slashed' | undefined {
  const before = work.slice(Math.max(0, start - 60), start);
  const after = work.slice(end, end + 60);
  if (!SLASH_BEFORE.test(before) || !SLASH_AFTER.test(after)) return undefined;
  const slashed = /[/|][^\S\n]*$/.test(before) || /^[^\S\n]*[/|]/.test(after);
  return slashed ? 'slashed' : 'alone';
}

/** A photo's credit: in a "(Photo: …)" bracket, slashed to a photo word, or slashed on a credit line. */
function photoCredit(work: string, start: number, end: number): boolean {
  const before = work.slice(Math.max(0, start - 30), start);
  return (
    PHOTO_CREDIT.test(before) ||
    PHOTO_WORD_BEFORE.test(before) ||
    PHOTO_WORD_AFTER.test(work.slice(end, end + 12)) ||
    creditLine(work, start, end) === 'slashed'
  );
}

/** Whether the mention at [start, end) is an agency credit, a photo credit or a hashtag. */
function furniture(work: string, start: number, end: number): boolean {
  const before = work.slice(Math.max(0, start - 30), start);
  const after = work.slice(end, end + 4);
  if (/#$/.test(before)) return true;
  if (photoCredit(work, start, end)) return true;
  // Alone on its line, only an acronym's shape ("EPA") is a credit; a longer name may be a heading.
  if (creditLine(work, start, end) === 'alone' && /^\p{Lu}{2,6}$/u.test(work.slice(start, end))) return true;
  if (/^\)[^\S\n]*[–—-]/.test(after) && PLACE_DATELINE.test(before)) return true;
  return /^\)/.test(after) && (DATE_BEFORE.test(before) || LINE_OPENING.test(before));
}

/** Drops the acronym organisations named only as a dateline's or photo's credit or as a hashtag. */
export function dropFurnitureAcronyms(b: Builder): void {
  for (const e of [...b.entities.values()]) {
    if (e.type !== 'Organization' || !/:(?:acronym|known-organization)$/.test(e.rule)) continue;
    const ms = b.mentions.filter((m) => m.entity === e);
    if (!ms.length || !ms.every((m) => furniture(b.work, m.start, m.end))) continue;
    b.mentions = b.mentions.filter((m) => m.entity !== e);
    b.entities.delete(e.id);
  }
}

/** Drops the persons named only as a photo's credit ("TASS / Petr Kovalev", "AP Photo/Ebrahim Noroozi"). */
export function dropCreditPersons(b: Builder): void {
  for (const e of [...b.entities.values()]) {
    if (e.type !== 'Person') continue;
    const ms = b.mentions.filter((m) => m.entity === e);
    if (!ms.length || !ms.every((m) => !m.nominal && photoCredit(b.work, m.start, m.end))) continue;
    b.mentions = b.mentions.filter((m) => m.entity !== e);
    b.entities.delete(e.id);
  }
}

/** A mention with another capitalised word right before or after it on its line. */
function inRun(work: string, start: number, end: number): boolean {
  return (
    /\p{Lu}[\p{L}.'’-]*[^\S\n]+$/u.test(work.slice(Math.max(0, start - 30), start)) ||
    /^[^\S\n]+\p{Lu}/u.test(work.slice(end, end + 3))
  );
}

/** Drops the organisations the in-run acronym rule made that no merge turned into a body or a title. */
export function dropUnresolvedRunAcronyms(b: Builder): void {
  for (const e of [...b.entities.values()]) {
    if (e.type !== 'Organization' || e.rule !== 'entities/known-segments:acronym') continue;
    const ms = b.mentions.filter((m) => m.entity === e);
    // (Named alone elsewhere, it is an acronym in its own right.)
    if (ms.some((m) => !inRun(b.work, m.start, m.end))) continue;
    b.mentions = b.mentions.filter((m) => m.entity !== e);
    b.entities.delete(e.id);
  }
}
