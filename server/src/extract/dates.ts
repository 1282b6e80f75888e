// Date expressions with offsets, resolved to ISO dates of the precision the text supports. Absolute:
// "March 20, 2021", "20 March 2021", "August 2017", "in 1998". Relative, resolved against the publication
// date and always in the past: weekdays ("on Sunday": the last such day on or before publication),
// "last week"/"earlier this week" (month), "last month", "last year", "last March", "in March" (the latest
// March not after publication). Without a publication date relative ones resolve to null (counted).

export interface DateMention {
  start: number;
  end: number;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null when it cannot be resolved. */
  value: string | null;
  relative: boolean;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MON = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// The month patterns, built once: findDates's run() sets each one's lastIndex before it reads.
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MON}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+${MON}\s+(\d{4})\b`, 'g');
const MONTH_DAY = new RegExp(String.raw`\b${MON}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})`, 'g');
const MONTH_YEAR = new RegExp(String.raw`\b${MON}\s+(\d{4})\b`, 'g');
const MONTH_RELATIVE = new RegExp(
  String.raw`\b(last|this|in(?:\s+(?:late|early|mid-?))?|since|by|until|(?:late|early|mid-?))\s+${MON}\b(?!\s+\d)`,
  'gi',
);

const pad = (n: number) => String(n).padStart(2, '0');
function monthIndex(s: string): number {
  const k = s.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(k));
}

interface Pub {
  y: number;
  m?: number;
  d?: number;
}
export function parsePublished(p: string | null | undefined): Pub | null {
  if (!p) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(p);
  if (!m) return null;
  return { y: +m[1]!, m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
}

function ymd(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function findDates(
  work: string,
  from: number,
  to: number,
  published: string | null | undefined,
): DateMention[] {
  const pub = parsePublished(published);
  const out: DateMention[] = [];
  const seg = work.slice(0, to);
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (s: number, e: number, value: string | null, relative: boolean) => {
    if (s < from || !free(s, e)) return;
    taken.push([s, e]);
    out.push({ start: s, end: e, value, relative });
  };
  const run = (re: RegExp, f: (m: RegExpExecArray) => [string | null, boolean] | null) => {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg))) {
      const r = f(m);
      if (r) add(m.index, m.index + m[0].length, r[0], r[1]);
    }
  };
  // March 20, 2021 / 20 March 2021
  run(MONTH_DAY_YEAR, (m) => [`${m[3]}-${pad(monthIndex(m[1]!) + 1)}-${pad(+m[2]!)}`, false]);
  run(DAY_MONTH_YEAR, (m) => [`${m[3]}-${pad(monthIndex(m[2]!) + 1)}-${pad(+m[1]!)}`, false]);
  // March 20 (no year): the year of publication, or the year before when that would be in the future.
  run(MONTH_DAY, (m) => {
    if (!pub) return [null, true];
    const mi = monthIndex(m[1]!) + 1;
    const d = +m[2]!;
    let y = pub.y;
    if (pub.m && (mi > pub.m || (mi === pub.m && pub.d && d > pub.d))) y--;
    return [`${y}-${pad(mi)}-${pad(d)}`, true];
  });
  // August 2017
  run(MONTH_YEAR, (m) => [`${m[2]}-${pad(monthIndex(m[1]!) + 1)}`, false]);
  // last March / in (late|early) March
  run(MONTH_RELATIVE, (m) => {
    const mi = monthIndex(m[2]!) + 1;
    if (mi <= 0 || !/^\p{Lu}/u.test(m[2]!)) return null;
    if (!pub) return [null, true];
    let y = pub.y;
    if (/^last$/i.test(m[1]!)) {
      if (!pub.m || pub.m - mi < 2) y--;
    } else if (pub.m && mi > pub.m) y--;
    return [`${y}-${pad(mi)}`, true];
  });
  // in 1998, In 2014, since 2017
  run(/\b(?:in|since|of|by|until|from)\s+((?:19|20)\d{2})\b(?!\s*(?:percent|%|people|troops))/gi, (m) => [
    m[1]!,
    false,
  ]);
  // Weekdays
  run(
    /\b(?:(?:on|last|this|next|since|until)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:morning|afternoon|evening|night))?\b/g,
    (m) => {
      if (!pub) return [null, true];
      if (!pub.m || !pub.d) return [pub.m ? `${pub.y}-${pad(pub.m)}` : String(pub.y), true];
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const d = new Date(Date.UTC(pub.y, pub.m - 1, pub.d));
      const back = (d.getUTCDay() - wd + 7) % 7;
      d.setUTCDate(d.getUTCDate() - back);
      return [ymd(d), true];
    },
  );
  // Relative weeks, months, years.
  run(
    /\b(last|this past|earlier this|this|past|previous)\s+(week|weekend|month|year)\b|\b(yesterday|today)\b/gi,
    (m) => {
      if (!pub) return [null, true];
      const unit = (m[2] ?? m[3])!.toLowerCase();
      const last = /last|past|previous/i.test(m[1] ?? '');
      if (unit === 'year') return [String(last ? pub.y - 1 : pub.y), true];
      if (!pub.m) return [String(pub.y), true];
      if (unit === 'month') {
        if (!last) return [`${pub.y}-${pad(pub.m)}`, true];
        return pub.m === 1 ? [`${pub.y - 1}-12`, true] : [`${pub.y}-${pad(pub.m - 1)}`, true];
      }
      if (unit === 'yesterday' || unit === 'today') {
        if (!pub.d) return [`${pub.y}-${pad(pub.m)}`, true];
        const d = new Date(Date.UTC(pub.y, pub.m - 1, pub.d));
        if (unit === 'yesterday') d.setUTCDate(d.getUTCDate() - 1);
        return [ymd(d), true];
      }
      // week/weekend: the month of the day a week before (or the same month for "this week").
      if (!pub.d) return [`${pub.y}-${pad(pub.m)}`, true];
      const d = new Date(Date.UTC(pub.y, pub.m - 1, pub.d));
      if (last) d.setUTCDate(d.getUTCDate() - 7);
      return [ymd(d).slice(0, 7), true];
    },
  );
  // Bare years "2014," at the start of a clause are covered by "in 2014"; a bare year elsewhere too.
  run(/(?<![\d$.,-])\b((?:19|20)\d{2})\b(?![\d%]|\s*(?:percent|people|troops|staff))/g, (m) => [
    m[1]!,
    false,
  ]);
  return out.sort((a, b) => a.start - b.start);
}

/** A line that is only a date, as a page prints it under a headline ("March 26, 2018", "Updated: 26 March 2018 14:05 GMT"). */
const DATELINE = new RegExp(
  String.raw`^(?:(?:published|updated|posted|first published)(?:\s+on)?:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:${MON}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})\s+${MON},?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:\s*(?:,|-|\||·)?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?(?:\s*\([\p{L} ]{2,30}\))?\s*$`,
  'i',
);

export function isDateline(line: string): boolean {
  return DATELINE.test(line.trim());
}

/**
 * The publication date a page prints on a line of its own above the first paragraphs, as YYYY-MM-DD,
 * or null. `lines` are the page's first lines, in order; only a full date counts (never today's).
 */
export function datelineDate(lines: string[]): { text: string; value: string } | null {
  for (const line of lines) {
    const m = DATELINE.exec(line.trim());
    if (!m) continue;
    const [y, mo, d] = m[3]
      ? [m[3], monthIndex(m[1]!) + 1, +m[2]!]
      : m[6]
        ? [m[6], monthIndex(m[5]!) + 1, +m[4]!]
        : [m[7]!, +m[8]!, +m[9]!];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    return { text: line.trim(), value: `${y}-${pad(mo)}-${pad(d)}` };
  }
  return null;
}
