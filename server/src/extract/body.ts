// Finds the article proper in captured plain text and the furniture inside it. The body starts at the
// headline (the title when given, else the block just before the first real paragraph) and ends with
// the last paragraph before a furniture block (newsletter and donation appeals, "Top stories", sign-offs,
// cookie notices; a call to follow or subscribe with three paragraphs of prose right after it is masked,
// not the end). Inside the body, credits ("Image: X/dpa", "© AFP / X", "(X/Getty Images)", trailing
// "X Y/TASS", "/TASS/"), "Advertisement", bylines and "Read more" teasers are excluded: masked to spaces in a
// work copy of the text, so that no rule can see them while every offset stays that of the raw text.
import { listTailEnd } from './body-list-tail.js';
import { isDateline } from './dates.js';
import {
  ARTICLE_END,
  creditSpans,
  opensWithNameDash,
  GLUED_LINK,
  isNameLine,
  isReporterLine,
  isStampLine,
  isTeaserLine,
  isQuotationLine,
  isQuoteCreditLine,
  END_MARK,
  mayHaveEndMark,
  withoutTrail,
} from './furniture.js';
import { CREDIT_AGENCIES, isKnownPlace, titleCaseIfCaps } from './lexicon.js';
import { matchesOf } from './regex-matches.js';

export interface Range {
  start: number;
  end: number;
}
export interface BodyInfo {
  body: Range;
  excluded: Range[];
  /** The raw text with everything outside the body and every excluded range replaced by spaces. */
  work: string;
  /** The headline found when no title was given (or the given title was not found in the text). */
  guessedTitle?: string;
  /** The given title was not found in the text: the body was guessed from the first paragraphs. */
  titleNotFound?: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
      s = i + 1;
    }
  }
  return out;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The stored copy's own "date 2023-11-04" marker, normalised (norm()). */
const DATE_MARKER = /^date(?: \d+){1,3} (?=\p{L})/u;

const STOP =
  /^(?:sign up|subscribe|support (?:us|our|the|independent)|want (?:the best|more)|top stories|related(?: stories| articles| content| news| coverage| posts)?$|(?:latest|recent|popular|trending)(?: (?:posts|news|stories|articles|updates|headlines))?$|trending now$|you might also like|editor'?s picks?$|in case you missed it|more (?:on|from|stories|news)\b|read next|you may also like|recommended|most (?:read|popular|viewed)|share (?:this|on)|follow us|newsletter|dear readers|a message from|comments?\b|leave a comment|all rights reserved|©.*(?:rights reserved|\d{4})|this website uses cookies|we use cookies|accept (?:all )?cookies|cookie (?:settings|policy)|tags?:|topics?:|filed under|about the author|editor'?s note|copyright|reporting by|additional reporting|writing by|editing by|our standards|.{0,100}\bcontributed (?:to )?(?:this|the) (?:report|story|article)|follow [\p{L} ]{2,30}:|podcasts?$|[a-z]{2,4}(?:\/[a-z]{2,4})+\b)/iu;
/** A cookie consent notice, however long it runs ("This website uses cookies to improve … Accept Read More"). */
const COOKIE_NOTICE = /^(?:this (?:web)?site uses cookies|we use cookies)\b/i;
const FURNITURE =
  /^(?:\d+\.\s*)?(?:skip to|jump to|menu\b|search\b|home\b|log ?in|sign in|accept|cookies?\b|all news|news$|advertisement$|share\b|print\b|listen\b|close\b|loading)/i;

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "by Jane Doe", "Post by : Jane Doe". */
const BYLINE =
  /^(?:(?:Post(?:ed)?|Written)\s+)?[Bb]y(?:\s*:)?\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})*(?:\s*[,|·-]\s*[\p{L} ]{2,40})?\s*$/u;

/** "Lucy Brennan, Diplomatic Correspondent": a byline with the writer's role. */
const BYLINE_ROLE =
  /^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3},\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|staff writer)$/iu;
/** A wire dateline: the place in capitals (perhaps its country), an optional date, the agency in parentheses, a dash. */
const WIRE_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=\s*[(,]))?(?:,\s+(?:[A-Z][a-z]{2,3}\.?|[A-Z][a-z]+)\s+\d{1,2}(?:,\s+\d{4})?)?)\s*\([\p{L} .&-]{2,30}\)\s*(?:-{1,2}|—|–)\s/u;

/** The copy's last line, cut off: right after a paragraph of prose, a sentence's first words (most of them lower-case). */
function cutShort(ls: Line[], i: number, endLine: number): boolean {
  const words = ls[i]!.text.split(/\s+/);
  return (
    endLine === i - 1 &&
    isProse(ls[i - 1]!) &&
    words.length >= 4 &&
    /^["“‘]?\[?\p{Lu}/u.test(ls[i]!.text) &&
    !FURNITURE.test(ls[i]!.text) &&
    words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length
  );
}

/** "Follow us on X and Y!", "Subscribe to our channel": a call to the reader. */
const PROMO = /^(?:follow us|subscribe to|sign up for|join us on)\b/i;

/** A call to the reader between paragraphs, the next three lines prose: the article goes on after it. */
function midArticlePromo(ls: Line[], i: number): boolean {
  const l = ls[i]!;
  if (l.text.length >= 120 || !PROMO.test(l.text) || i === 0 || !isProse(ls[i - 1]!)) return false;
  const next = ls.slice(i + 1, i + 4);
  return next.length === 3 && next.every((n) => isProse(n) && !STOP.test(n.text));
}

function isProse(l: Line): boolean {
  return l.text.length >= 80 && /[.!?"”’“»']$/.test(l.text) && wordCountAtLeast(l.text, 12);
}

/** A one-sentence paragraph: capitalised, ending on a full stop (a quote mark after it), five words or more. */
function isSentenceLine(l: Line): boolean {
  return /^["“‘]?\p{Lu}/u.test(l.text) && /[.!?]["”’]?$/.test(l.text) && wordCountAtLeast(l.text, 5);
}

const SPACE_RUN = /\s+/g;
/** Whether text.split(/\s+/) has at least n pieces (one more than its runs of space), counted without splitting. */
function wordCountAtLeast(text: string, n: number): boolean {
  SPACE_RUN.lastIndex = 0;
  let pieces = 1;
  while (pieces < n && SPACE_RUN.exec(text)) pieces++;
  SPACE_RUN.lastIndex = 0;
  return pieces >= n;
}

export function findBody(text: string, title?: string): BodyInfo {
  const ls = lines(text);
  if (!ls.length) return { body: { start: 0, end: Math.max(1, text.length) }, excluded: [], work: text };
  let guessed = false;
  let startLine = -1;
  if (title && norm(title).length >= 8) {
    const t = norm(title);
    // (The copy's leading "date 2023-11" marker may share the headline's line.)
    startLine = ls.findIndex((l) => norm(l.text).replace(DATE_MARKER, '') === t);
    if (startLine < 0)
      startLine = ls.findIndex(
        (l) => norm(l.text).startsWith(t) || (norm(l.text).length > 20 && t.startsWith(norm(l.text))),
      );
    // The headline printed again after the text (a copy whose own headline comes last): prose before
    // it and none after, so the article is what precedes it.
    if (
      startLine > 0 &&
      ls.slice(0, startLine).some((l) => isProse(l) && !STOP.test(l.text)) &&
      !ls.slice(startLine + 1).some(isProse)
    )
      startLine = -1;
  }
  const firstProse = ls.findIndex((l, i) => i >= Math.max(0, startLine) && isProse(l) && !STOP.test(l.text));
  const titleNotFound = !!title && startLine < 0;
  if (startLine < 0) {
    guessed = true;
    // Without a known headline, two one-sentence paragraphs in a row start the text as prose does (wire
    // copy of short paragraphs has no line long enough to be prose).
    const firstText = ls.findIndex(
      (l, i) =>
        (isProse(l) || (isSentenceLine(l) && !!ls[i + 1] && isSentenceLine(ls[i + 1]!))) &&
        !STOP.test(l.text),
    );
    const from = firstProse < 0 ? firstText : firstText < 0 ? firstProse : Math.min(firstProse, firstText);
    if (from < 0) startLine = 0;
    else {
      // Walk back over the headline block: short lines that are not menus or dates-only, at most six.
      startLine = from;
      for (let i = firstProse - 1; i >= 0 && firstProse - i <= 6; i--) {
        const l = ls[i]!;
        // A byline or a dateline between headline and text: look past it for the headline.
        if (BYLINE.test(l.text) || isDateline(l.text)) continue;
        if (
          FURNITURE.test(l.text) ||
          STOP.test(l.text) ||
          l.text.length < 12 ||
          /icon|bookmark/i.test(l.text)
        )
          break;
        // A short sentence ends the headline block, unless it ends a sentence the line above breaks off
        // ("… along with the Chilean President," / "Gabriel Boric.").
        const continues = i > 0 && /[,;]$|\s\p{Ll}+$/u.test(ls[i - 1]!.text);
        if (/[.!?]$/.test(l.text) && l.text.length < 40 && !continues) break;
        startLine = i;
      }
    }
  }
  let endLine = Math.max(startLine, firstProse);
  const scanFrom = Math.max(startLine, firstProse);
  const promos: Range[] = [];
  for (let i = scanFrom; i < ls.length; i++) {
    const l = ls[i]!;
    // A call to follow or subscribe set between paragraphs, with the article's prose going on right after
    // it (three paragraphs at least): furniture inside the body, not its end.
    if (i > startLine && midArticlePromo(ls, i)) {
      promos.push({ start: l.start, end: l.end });
      continue;
    }
    // Furniture lines are short: a long paragraph that happens to start with "Support" or "Comments" is prose.
    if (
      i > startLine &&
      ((l.text.length < 120 &&
        ((STOP.test(l.text) && !/^read more$/i.test(l.text)) || ARTICLE_END.test(l.text))) ||
        COOKIE_NOTICE.test(l.text))
    )
      break;
    // A link glued to a paragraph's end ("… officials said. Continue reading…") does not end the prose.
    // Nor does an agency signing off after it ("… the Mexican embassy. — AGENCY").
    const lt = {
      ...l,
      text: withoutTrail(l.text),
    };
    if (isProse(lt) || (/[.!?"”’“»']$/.test(lt.text) && lt.text.split(/\s+/).length >= 5)) endLine = i;
    // A credit line under a quotation set alone ("“We will not back down.”" / "— Jane Doe, minister")
    // says who spoke: it stays in the body.
    if (endLine === i - 1 && isQuotationLine(ls[i - 1]!.text) && isQuoteCreditLine(l.text)) endLine = i;
    // A stored copy cut mid-sentence: its last line is a paragraph without its end, however short when
    // it follows the last paragraph and reads as a sentence's start ("He does not recognize Dina B").
    if (
      i === ls.length - 1 &&
      ((l.text.length >= 80 && l.text.split(/\s+/).length >= 12) || cutShort(ls, i, endLine))
    )
      endLine = i;
  }
  endLine = listTailEnd(ls, endLine);
  const start = ls[startLine]!.start;
  let end = ls[endLine]!.end;
  // An agency's end mark after the last sentence ("… labor. END") is no part of the article.
  const prose = text.slice(start, end);
  const endMark = mayHaveEndMark(prose) ? END_MARK.exec(prose) : null;
  if (endMark) end -= endMark[0].length;
  // A furniture word glued to the last sentence ("ties.News").
  const glued = /[.!?]["”’]?(\p{Lu}\p{Ll}{2,15})$/u.exec(text.slice(start, end));
  if (glued && /^(news|advertisement|share|related|more|comments|video|photo|subscribe)$/i.test(glued[1]!))
    end -= glued[1]!.length;
  const link = GLUED_LINK.exec(text.slice(start, end));
  if (link && link.index > 0) end = start + link.index;
  const body = { start, end: Math.max(end, start + 1) };
  const excluded = [
    ...findExcluded(ls.filter((l) => l.start >= body.start && l.end <= body.end)),
    ...promos.filter((r) => r.end <= body.end),
  ].sort((a, b) => a.start - b.start);
  const out: BodyInfo = { body, excluded, work: mask(text, body, excluded), titleNotFound };
  if (guessed) {
    // The headline: the first line of the headline block with four or more words that is not a sentence,
    // a date or a credit; the body starts there (dates and breadcrumbs above it are left out).
    // Only above the first paragraph: a line after it ("Also read: …") is no headline.
    const last = Math.min(ls.length, startLine + 6, firstProse > startLine ? firstProse : startLine + 1);
    for (let i = startLine; i < last && ls[i]!.end <= body.end; i++) {
      const l = ls[i]!;
      const words = l.text.split(/\s+/).length;
      // (A sentence may end inside its closing quotation mark: "… will have consequences.”")
      if (
        words < 4 ||
        words > 30 ||
        /[.!?]["”’»]?$/.test(l.text) ||
        /^\d|\b\d{1,2}:\d{2}\b|\/|©/.test(l.text)
      )
        continue;
      out.guessedTitle = l.text;
      if (l.start > body.start) {
        out.body = { start: l.start, end: body.end };
        out.work = mask(text, out.body, excluded);
      }
      break;
    }
  }
  return out;
}

/** A dateline alone on its line, a known place in capitals ("ANKARA"): the place stays, no byline. */
const isDatelinePlace = (t: string) => t === t.toUpperCase() && isKnownPlace(titleCaseIfCaps(t));

/** A line of a list of names under a lead that ends with a colon ("Designated individuals:"): no byline. */
function underListLead(ls: Line[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (!ls[k]!.text.trim() || isNameLine(ls[k]!.text))) k--;
  return /:\s*$/.test(ls[k]!.text);
}

function findExcluded(ls: Line[]): Range[] {
  const out: Range[] = [];
  const add = (s: number, e: number) => {
    if (e > s) out.push({ start: s, end: e });
  };
  // The header block: the lines between the headline and the first paragraph of prose.
  const firstProse = ls.findIndex((l, i) => i > 0 && isProse(l));
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const t = l.text;
    const inHeader = i > 0 && i < firstProse;
    const betweenProse = i > 0 && i < ls.length - 1 && isProse(ls[i - 1]!) && isProse(ls[i + 1]!);
    if (
      isStampLine(t) ||
      (inHeader && (isNameLine(t) || isReporterLine(t)) && !isDatelinePlace(t) && !underListLead(ls, i)) ||
      (betweenProse && isTeaserLine(t))
    ) {
      add(l.start, l.end);
      continue;
    }
    const listed = [ls[i - 1], ls[i + 1]].some((x) => x && opensWithNameDash(x.text));
    for (const [s, e] of creditSpans(t, listed)) add(l.start + s, l.start + e);
    // (The credits below hold a colon or a slash: a line with neither is not scanned for them.)
    const slash = t.includes('/');
    // "Image: X/dpa", "Photo: X/Getty Images", "Credit: ...", possibly glued to the caption ("weekImage:").
    const cred = !t.includes(':')
      ? null
      : /(?:^|(?<=[\s\p{L}.)]))(?:Image|Images|Photo|Photos|Photograph|Picture|Foto|Credit|Source|Video)s?\s*(?:by\s*)?:\s*\S.*$/u.exec(
          t,
        );
    if (cred && (/\//.test(cred[0]) || cred[0].length < 60)) add(l.start + cred.index, l.end);
    const photoBy = t.includes('Photo') ? /(?:^|\s)Photo(?:graph)? by [\p{Lu}][^\n]*$/u.exec(t) : null;
    if (photoBy) add(l.start + photoBy.index, l.end);
    const copy = /©.*$/.exec(t);
    if (copy) add(l.start + copy.index, l.end);
    for (const m of slash ? matchesOf(/\((?:Photo(?: by)?:?\s*)?[^()]{2,80}\/\s?[^()]{2,60}\)/g, t) : []) {
      const after = m[0].slice(m[0].lastIndexOf('/') + 1, -1).trim();
      const before = m[0].slice(1, m[0].indexOf('/')).trim();
      if (
        CREDIT_AGENCIES.test(after) ||
        /Images?|Photo|Pool|Press/.test(after) ||
        CREDIT_AGENCIES.test(before) ||
        /\bPhoto\b|Images?\b/.test(before)
      )
        add(l.start + m.index, l.start + m.index + m[0].length);
    }
    for (const m of slash ? matchesOf(/\/[A-Z][A-Za-z-]{1,15}\//g, t) : [])
      add(l.start + m.index, l.start + m.index + m[0].length);
    // A trailing "First Last/AGENCY" or "First Last / AGENCY" credit at the end of a caption line.
    const trail = !slash
      ? null
      : /(?:^|\s)(\p{Lu}[\p{L}'’-]+\s(?:\p{Lu}\.\s)?\p{Lu}[\p{L}'’-]+)\s?\/\s?([^/\n)]{2,40}(?:\/[^/\n)]{2,40}){0,3})$/u.exec(
          t,
        );
    if (trail && CREDIT_AGENCIES.test(trail[2]!.trim())) {
      const nameStart = t.indexOf(trail[1]!, trail.index);
      add(l.start + nameStart, l.end);
    }
    if (/^(?:advertisement|ad|sponsored|story continues below|continue reading)$/i.test(t))
      add(l.start, l.end);
    if (BYLINE.test(t) || BYLINE_ROLE.test(t)) add(l.start, l.end);
    // A line that is only the publication date ("Published on July 7, 2023, at 6:00 am (Paris)").
    if (isDateline(t)) add(l.start, l.end);
    // A wire dateline "MOSCOW, May 14 (Reuters) -", "TOKYO, Sept. 19 (Kyodo) --", "WASHINGTON (AP) —": the
    // place and date stay (they say where and when), the agency credit and the dash are furniture.
    const wire = WIRE_DATELINE.exec(t);
    if (wire) add(l.start + wire[1]!.length, l.start + wire[0].length);
    if (
      /^(?:read more|read also|see also|related|also read|more:)$/i.test(t) ||
      /^(?:read more|read also|see also|related):/i.test(t)
    ) {
      add(l.start, l.end);
      const teaser = (x: Line | undefined) => x && x.text.length < 140 && !/[.!?"”]$/.test(x.text);
      if (teaser(ls[i - 1])) add(ls[i - 1]!.start, ls[i - 1]!.end);
      if (teaser(ls[i + 1])) add(ls[i + 1]!.start, ls[i + 1]!.end);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The text with every code unit outside the body or inside an excluded range blanked (a space; line breaks
 * stay): runs of kept and blanked code units are sliced and joined, not the text's code units one by one.
 */
function mask(text: string, body: Range, excluded: Range[]): string {
  const n = text.length;
  // (A range past the text's end would lengthen the result: the code-unit loop below does as it always did.)
  if (excluded.some((r) => r.end > n)) return maskByCodeUnit(text, body, excluded);
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (i < body.start || i >= body.end) blank[i] = 1;
  for (const r of excluded) for (let i = Math.max(0, r.start); i < r.end; i++) blank[i] = 1;
  let out = '';
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && blank[j] === blank[i]) j++;
    out += blank[i] ? text.slice(i, j).replace(/[^\n]/g, ' ') : text.slice(i, j);
    i = j;
  }
  return out;
}

function maskByCodeUnit(text: string, body: Range, excluded: Range[]): string {
  const chars = text.split('');
  for (let i = 0; i < chars.length; i++) {
    if (i < body.start || i >= body.end) chars[i] = chars[i] === '\n' ? '\n' : ' ';
  }
  for (const r of excluded) for (let i = r.start; i < r.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

export function isExcluded(excluded: Range[], start: number, end: number): boolean {
  return excluded.some((r) => start < r.end && end > r.start);
}
