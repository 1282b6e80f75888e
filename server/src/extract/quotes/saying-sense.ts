// Whether a verb on the speech list is used in its saying sense. A few verbs of saying have a common other sense
// that takes a plain noun phrase as object: "maintained good relations" (kept), "observed the ceasefire"
// (kept to), "declared him “persona non grata”" (an act conferring a status, not words), "noted for its …",
// "stressed out". Used so, the verb reports nothing: its subject is no speaker, and a verb of saying before it
// ("X said Y had maintained the “…”") keeps the quotation.

/** Verbs with another sense; a cheap test before the patterns. */
const AMBIGUOUS = /^(?:maintain|observ|declar|noted$|stressed$)/i;
/** What follows a verb used to say something: a that-clause, a colon or comma, a quotation, the sentence's end. */
const SAYING_NEXT = /^\s*(?:(?:\p{Ll}+ly\s+)?(?:that|how|what|why|whether|if)\b|[:,;“"‘]|$)/u;
/** A plain noun phrase as object: a determiner, possessive, number, adjective or noun (not a clause). */
const NOUN_OBJECT =
  /^\s+(?:the|a|an|its|his|her|their|our|good|close|cordial|friendly|strong|regular|direct|\d[\d,]*|one|two|three|several|some|all|many|these|those|this|that(?=\s+\p{Ll}+\s+(?!that)\p{Ll}))\b|^\s+\p{Ll}+s\s+(?:with|between|of|and)\b/u;
/** A subject and its finite verb: an object clause ("maintains the move is …"). */
const OBJECT_CLAUSE =
  /^\s+(?:[^\s,;“"]+\s+){1,5}?(?:is|are|was|were|has|have|had|will|would|should|could|can|must|may|might)\b/;
/** "declared" + object + quotation: the object and the status given ("declared him “persona non grata”"). */
const DECLARED_STATUS =
  /^\s+(?:him|her|them|it|(?:the|its|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|all|US|[\p{Lu}][\p{L}-]*)(?:\s+[\p{L}-]+){0,5}?)\s*[“"‘](?!\s*(?:an?|the)\s)/u;

/**
 * Whether the verb `verb`, followed by `next` (the text after it, up to the quotation or sentence's end),
 * is used in its saying sense.
 */
export function inSayingSense(verb: string, next: string): boolean {
  if (!AMBIGUOUS.test(verb)) return true;
  const v = verb.toLowerCase();
  if (v === 'noted') return !/^\s+for\b/.test(next);
  if (v === 'stressed') return !/^\s+out\b/.test(next);
  if (v.startsWith('declar')) return !DECLARED_STATUS.test(next);
  if (SAYING_NEXT.test(next)) return true;
  // ("maintained his innocence", "maintains its position that …": a stand held is a claim.)
  if (/^\s+(?:his|her|its|their)\s+(?:innocence|position|stance|view|claim)\b/.test(next)) return true;
  // ("maintains the move is “…”": an object clause without "that", a finite verb after its subject.)
  if (OBJECT_CLAUSE.test(next)) return true;
  return !NOUN_OBJECT.test(next);
}
