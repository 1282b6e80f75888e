// Page furniture recognised by its shape rather than by a list of outlets: date and time stamps with an
// outlet's name ("Reuters | Updated: 30-09-2021 19:33 IST", "09:31 . 3/02/2023 Cuma"), lines of names
// alone above the first paragraph (bylines, sources, the reporter's cities), a reporter's line ("From
// X's Jane Doe in Bali"), credits inside a line (a trailing "— AFP", a leading "Daily Courier – ", a
// "(Reporting by …)" or "(… photos)" group, a photo's "AGENCY/Jane Roe") and the lines that end an article (app promotions, "(More X
// stories.)", "Author :" metadata), related stories' headlines run into their teasers. body.ts masks
// what these find.
import { CREDIT_AGENCIES, isKnownPlace } from './lexicon.js';
import { matchesOf } from './regex-matches.js';

const MON = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const STAMP_PARTS = [
  /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/g,
  /\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?/gi,
  new RegExp(String.raw`\b${MON}\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'gi'),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MON}`, 'gi'),
  new RegExp(String.raw`\b${MON}(?=[\s,]+\d{4})`, 'gi'),
  /\b(?:19|20)\d{2}\b/g,
  /\b\d+\s+(?:sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|days?)\s+ago\b/gi,
];
/** Words a date stamp is made of besides the date: the verb, time zones, weekdays, prepositions. */
const STAMP_WORDS =
  /^(?:updated|published|posted|created|modified|last|first|date|time|on|at|by|for|of|am|pm|ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** A time zone or an agency's initials ("IST", "CDT", "AFP"). */
const CAPS = /^[A-Z]{2,4}$/;

/**
 * A line that is a date or time stamp, possibly with the outlet or agency that issued it: it holds a
 * date or a time, and besides the stamp's own words at most three capitalised words that are no place.
 */
export function isStampLine(line: string): boolean {
  if (line.length > 90) return false;
  let rest = line;
  let stamped = false;
  for (const re of STAMP_PARTS)
    rest = rest.replace(re, () => {
      stamped = true;
      return ' ';
    });
  if (!stamped) return false;
  const words = rest
    .split(/[\s|·•,.:;()[\]/\\–—-]+/)
    .filter(Boolean)
    .filter((w) => !STAMP_WORDS.test(w) && !CAPS.test(w));
  return (
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !(words.length && isKnownPlace(words.join(' ')))
  );
}

/**
 * A line of names alone, as bylines and source lines stand above an article's first paragraph ("EU
 * Reporter", "Jeremy B. White", ",Andrew Buncombe", "San Francisco, Singapore", "• Daily News"): one to
 * five capitalised words (and "and"), no sentence punctuation at its end.
 */
export function isNameLine(line: string): boolean {
  const t = line.replace(/^[\s•·,|*-]+/, '').trim();
  if (!t || /[.!?:;"”’]$/.test(t)) return false;
  const words = t.split(/[\s,&]+/).filter((w) => w && w !== 'and');
  return (
    words.length >= 1 &&
    words.length <= 5 &&
    words.every((w) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w) && !/^\p{Lu}\p{Ll}+\.$/u.test(w))
  );
}

/** "From X's Jane Doe in Bali, Indonesia", "From our correspondent in Kyiv": who reported it, from where. */
export function isReporterLine(line: string): boolean {
  return (
    line.length <= 90 &&
    !/[.!?"”]$/.test(line) &&
    /^From\s+(?:(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)?['’]s\s+\p{Lu}|our\s+\p{Ll}+\s+in\s+\p{Lu})/u.test(
      line,
    )
  );
}

/**
 * A related story's headline set between paragraphs: a short line that ends without punctuation and
 * runs a title into its teaser at a link boundary ("The end of X?The truth is …", "‘Words’:People on …").
 */
export function isTeaserLine(line: string): boolean {
  return (
    line.length <= 140 &&
    !/[.!"”]$/.test(line) &&
    /[?!:’'"”]\p{Lu}\p{Ll}/u.test(line) &&
    line.split(/\s+/).length >= 4
  );
}

/** "… on national television. — AFP", "… there. — NNN-AGENCIES": an agency signing off after the last sentence. */
export const TRAILING_CREDIT =
  /(?<=[.!?"”’)])\s*[—–-]{1,2}\s*\p{Lu}[\p{L}.&]*(?:-\p{Lu}[\p{L}.&]*)?(?:\s+\p{Lu}[\p{L}.&]*){0,2}\s*$/u;

/** An agency's end-of-story mark after a paragraph's last sentence: "… labor. END", "(END)", "-END-", "###". */
export const END_MARK = /(?<=[.!?"”’)])\s*(?:\(\s*END\s*\)|-+\s*END\s*-*|END|#{3}|\(ends\))\s*$/;

/**
 * The text without a glued link, an agency's trailing credit and an end mark at its end, each pattern
 * tried only when the words or characters it needs are there (the patterns end in "$": tried at every
 * position, they cost a scan of the whole line each).
 */
export function withoutTrail(text: string): string {
  let out = text;
  if (/read/i.test(out)) out = out.replace(GLUED_LINK, '');
  if (/[—–-]/.test(out)) out = out.replace(TRAILING_CREDIT, '');
  if (mayHaveEndMark(out)) out = out.replace(END_MARK, '');
  return out;
}

/** Whether END_MARK can match: it needs "END", "###" or "(ends)". */
export function mayHaveEndMark(text: string): boolean {
  return text.includes('END') || text.includes('###') || text.includes('(ends)');
}

/**
 * A credit line under a quotation: a dash, then a short capitalised name (small joining words allowed)
 * and perhaps a role after a comma ("— Turkish Foreign Ministry", "- Ministry of External Affairs",
 * "— Jane Doe, Prime Minister of X"); no sentence end, no quotation marks, no agency's credit ("— AFP").
 */
const QUOTE_CREDIT =
  /^[—–-]{1,2}\s*(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|the|for|and|on|de|du|al|el))*)(?:\s*,\s*[^.!?:;"“”()]{2,80})?$/u;

/** Whether a line is a credit line naming who said the quotation on the line above it. */
export function isQuoteCreditLine(line: string): boolean {
  const m = QUOTE_CREDIT.exec(line.trim());
  if (!m || line.split(/\s+/).length > 14) return false;
  const name = m[1]!;
  // (An agency's sign-off, "— AFP", "–IANS", is a credit of the copy, not of the words.)
  return name !== name.toUpperCase() && !CREDIT_AGENCIES.test(name) && !/^advertisement$/i.test(name);
}

/** A line that is a quotation alone: an opening mark at its start, a closing mark at its end. */
export const isQuotationLine = (line: string): boolean =>
  /^["“‘«]/.test(line.trim()) && /["”’»][.!?,]?$/.test(line.trim());

/** "Daily Courier – ", "Ivan Petrov – ": a capitalised name of up to four words and a dash opening a line. */
const NAME_DASH = /^(\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3})\s+[—–-]{1,2}\s+(?=["“]?\p{Lu})/u;

/** Whether a line opens with a name and a dash, as a source credit or a list's line does. */
export const opensWithNameDash = (line: string) => NAME_DASH.test(line);

/**
 * Credits inside a line, as [start, end) offsets into it. `listed`: a line beside it opens with a name and
 * a dash too, so this one is a list's line ("Ivan Petrov – Head of …, responsible for …."), no credit.
 */
export function creditSpans(line: string, listed = false): [number, number][] {
  const out: [number, number][] = [];
  // "… on national television. — AFP": a dash and an agency's name after the last sentence.
  const trail = TRAILING_CREDIT.exec(line);
  // (After a quotation, a name in title case is who said it: "“We stay.” – Jane Roe".)
  const who = trail?.[0].replace(/^[\s—–-]+/, '').trim();
  const speaker =
    who &&
    /["”’]$/.test(line.slice(0, trail!.index)) &&
    !CREDIT_AGENCIES.test(who) &&
    who !== who.toUpperCase();
  if (trail && !speaker) out.push([trail.index, line.length]);
  // "Daily Courier – Bolivia has cut …": a source before the first sentence (a dateline's place stays).
  const lead = listed ? null : NAME_DASH.exec(line);
  // (Only before a sentence: "Ivan Petrov – Deputy Minister of Defence", a list's line, has no stop.)
  if (lead && lead[1] !== lead[1]!.toUpperCase() && !isKnownPlace(lead[1]!) && /[.!?"”’)]\s*$/.test(line))
    out.push([0, lead[0].length]);
  for (const m of matchesOf(
    /\((?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|translated|translation)\s+by\s[^()]*\)|\([^()]{2,60}\bphotos?\)/gi,
    line,
  ))
    out.push([m.index, m.index + m[0].length]);
  // "REUTERS/Jane Roe/File Photo", "AP Photo/Jane Roe": a photo credit, an agency in capitals and a slash.
  for (const m of matchesOf(PHOTO_CREDIT, line)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** An agency in capitals, then a slash and a photographer's name (and "/File Photo" and the like). */
const PHOTO_CREDIT =
  /\b\p{Lu}{2,}(?:\s+Photo)?\/\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*)*(?:\/[\p{L} ]+)*/gu;

/** Lines that end an article: app promotions ("Follow X via mobile apps"), "(More X stories.)", metadata fields, "Continue reading by …". */
export const ARTICLE_END =
  /^(?:get the news faster|tap to (?:install|add)|(?:install|download) (?:our|the) [\p{L} ]{0,30}app\b|\(more [\p{L}' -]{2,40} stories\.?\)|(?:author|publish(?:ed)? date|source link)\s*:|continue reading (?:by|at|on)\b|follow [\p{L}\d ]{1,30} (?:via|on) (?:our |the |its )?(?:mobile |social )?(?:apps?|media)\b)/iu;

/** "… high commissioner”. Continue reading…": a link glued to the last sentence. */
export const GLUED_LINK =
  /\s*(?:continue reading|read more|read the full (?:story|article))\s*(?:…|\.{3})?\s*$/i;
