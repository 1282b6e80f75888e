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
