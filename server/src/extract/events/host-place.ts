// Where (and when) a host receives a guest, told between the verb and the guest: "X received at the Bayan
// Palace the visiting Y", "X hosted in Riyadh Y", "X received on Sunday at his office in the Ministry in the
// capital Mogadishu Y". The meeting rule reads the guest after it.
import type { Ctx } from '../context.js';

/** A day before or after the place: "on Sunday", "today", "on Monday morning". */
const DAY = /^\s+(?:on\s+\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening))?|today|yesterday)/u;
/** One "at|in" phrase's lead: "at the", "in his", "in the capital". */
const LEAD = /^\s+(?:at|in)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:capital\s+)?/;
/** A lower-case seat of office: "his office", "the palace". */
const SEAT = /^(?:office|palace|residence|headquarters)\b/;

/**
 * Places (a place or body named, or a lower-case seat of office) and days right after a verb of hosting,
 * before the guest; their length, else 0. The first phrase must be a place or a seat; a named body may
 * follow ("at his office in the Ministry").
 */
export function hostPlaceGap(c: Ctx, end: number, limit: number): number {
  let to = end;
  let places = 0;
  for (let step = 0; step < 5; step++) {
    const day = DAY.exec(c.work.slice(to, limit));
    if (day) {
      to += day[0].length;
      continue;
    }
    const lead = LEAD.exec(c.work.slice(to, limit));
    if (!lead) break;
    const from = to + lead[0].length;
    const named = c.inRange(from, limit, places ? ['Place', 'Organization'] : ['Place'], true)[0];
    const seat = SEAT.exec(c.work.slice(from, limit));
    // (After a seat, a body named in lower case too: "at his office in the Ministry".)
    const body = places ? /^\p{Lu}\p{Ll}+\b/u.exec(c.work.slice(from, limit)) : null;
    const next =
      named?.start === from ? named.end : seat ? from + seat[0].length : body ? from + body[0].length : 0;
    if (!next) break;
    to = next;
    places++;
  }
  if (!places) return 0;
  const rest = /^,?\s+(?=(?:the\s+|visiting\s+)*\p{Lu})/u.exec(c.work.slice(to, limit));
  return rest ? to + rest[0].length - end : 0;
}

/** An adverbial a host's verb may take before its guest: a day, a time, "in separate audiences", "separately". */
const ADVERBIAL = String.raw`(?:on\s+(?:\p{Lu}\p{Ll}+day|the\s+same\s+day|separate\s+occasions)(?:\s+(?:morning|afternoon|evening|night))?|(?:yesterday|today|this|last)(?:\s+(?:morning|afternoon|evening|week))?|in\s+(?:separate\s+|a\s+joint\s+|an?\s+)?(?:audiences?|meetings?|sessions?)|separately|jointly|formally|officially|warmly|respectively)`;
const ADVERBIAL_GAP = new RegExp(
  String.raw`^(?:\s*,?\s*${ADVERBIAL})+\s*,?\s+(?=(?:the\s+|visiting\s+)*\p{Lu}|the\s)`,
  'u',
);

/**
 * Adverbials right after a verb of hosting, before the guest: "received on Monday the foreign ministers of
 * A and B", "hosted, in separate audiences, X and Y". Their length, else 0.
 */
export function hostAdverbialGap(c: Ctx, end: number, limit: number): number {
  const m = ADVERBIAL_GAP.exec(c.work.slice(end, limit));
  return m ? m[0].length : 0;
}

/** A day and a time of it with no preposition: "Friday morning", "Monday", "early Thursday". */
const BARE_DAY = String.raw`(?:early\s+|late\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?`;
/** A word of a place phrase, no participle ("at a ceremony attended by": the agent of another verb). */
const TOKEN = String.raw`(?!\p{Ll}+(?:ed|en)\b|led\b)[^\s,;.:()“”"]+`;
/** A place or occasion phrase: "at the X Airport (near Y)", "in the capital", "on arrival at …", "upon his arrival". */
const PLACE_PHRASE = String.raw`(?:(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival|(?:at|in|near)\s+(?:${TOKEN}\s+){0,6}?${TOKEN}(?:\s*\([^()]{1,60}\))?)`;
/** Quotation marks around a name inside the phrase ("at the “Simón Bolívar” International Airport"). */
const QUOTED = /[“”"]/g;
const PASSIVE_GAP = new RegExp(
  String.raw`^(?:\s*,?\s*(?:${ADVERBIAL}|${BARE_DAY}|${PLACE_PHRASE}))+\s*,?\s+by\s+`,
  'u',
);

/**
 * The agent of a passive verb of hosting told after where and when: "was received on arrival at the
 * airport by Y", "was officially received Friday morning by Y", "was welcomed at the X airport (near
 * Caracas) by Y". Its "by" phrase's length (up to the agent), else 0; no person may stand in the gap.
 */
export function hostAgentGap(c: Ctx, end: number, limit: number): number {
  const gap = c.work.slice(end, Math.min(limit, end + 160));
  const m = PASSIVE_GAP.exec(gap.replace(QUOTED, ' '));
  if (!m || c.inRange(end, end + m[0].length, ['Person']).length) return 0;
  return m[0].length;
}
