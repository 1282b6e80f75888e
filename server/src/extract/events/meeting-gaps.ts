// What stands between a verb of meeting and whom it meets (meetings.ts): an adverbial before "with" ("met
// on Tuesday with"), a meal or calls given for a guest ("hosted a dinner for"), counterparts known by their
// states ("his counterparts from"), and a topic before "with" ("discussed trade with", "held talks on
// energy with"). Pure string work.

/**
 * An adverbial between "met" and "with": "on Tuesday 22/3/2022", "also", "earlier on Tuesday", "on the
 * sidelines of the G20 summit".
 */
export const ADVERBIAL_WITH =
  /^\s+(?:(?:also|earlier|later|again|separately|briefly|privately|today|yesterday|tonight|here|there|on|in|at|last|this|late|early|night|morning|afternoon|evening|week|weekend|\p{Lu}\p{Ll}+day|\d[\d/.,]*|\p{Lu}\p{Ll}+)\s+|(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){1,4}?){1,5}with\s+/u;

/** A meal given for a guest ("a dinner for", "a banquet in honour of"), calls received ("courtesy calls from"). */
export const MEAL =
  /^\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:dinner|lunch|luncheon|banquet|reception|breakfast)\s+(?:for|in honou?r of)|(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:courtesy\s+)?(?:calls?|visits?)\s+(?:from|by))\s+/u;

/**
 * "his counterparts from|of", "counterparts that included", "his counterpart from Guinea": the met are
 * known only by their states.
 */
export const COUNTERPARTS_FROM =
  /^\s*(?:(?:his|her|their|the)\s+)?(?:\p{L}+\s+){0,2}?counterparts?\s*,?\s+(?:from|of|(?:that|which|who)\s+include[sd]?|including|such as)\s+(?:the\s+)?/u;

/** Talks held (not planned: prospects are meeting-prospects.ts'), and their topic up to "with" and the partner. */
const HELD_TALKS =
  /^(?:held|hold|holds|had|has|have|holding)\s.*\b(?:talks|discussions?|consultations|negotiations)$/;
const TALKS_TOPIC =
  /^\s+(?:on|about|over|regarding)\s+[^,;.]{1,60}?\s+with\s+(?=\p{Lu}|(?:his|her|their)\s)/u;

/**
 * The topic after the verb up to "with", before the partner: "discussed trade with B", "co-chaired the
 * summit with B", "held talks on energy with B" (talks held, a preposition opening the topic).
 */
export function topicThenWith(word: string, rest: string): RegExpExecArray | null {
  if (/^(?:discussed|discusses|talked|co-chair\w*|co-host\w*)$/.test(word))
    return /^\s+(?!with\b)[^,;.]{1,60}?\s+with\s+(?=\p{Lu})/u.exec(rest);
  return HELD_TALKS.test(word) ? TALKS_TOPIC.exec(rest) : null;
}
