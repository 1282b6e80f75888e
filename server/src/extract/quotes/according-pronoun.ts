// "according to him", "according to her" (common in machine-translated copies): a pronoun source, read as
// "he" or "she" for the person it stands for; not a possessive ("according to her ministry"). Opening a
// sentence, also "In her view,", "For him,", "In its opinion," ("it": the body "it" stands for).

/** "he"/"she" when `rest` (text at pos) opens with "him"/"her" that "according to" right before governs. */
export function accordingToPronoun(work: string, pos: number, rest: string): string | undefined {
  if (!/\baccording\s+to\s+$/i.test(work.slice(Math.max(0, pos - 14), pos))) return undefined;
  const m = /^(him|her)(?=\s*(?:[,.;:!?”"]|$))/i.exec(rest);
  return m ? (/^him$/i.test(m[1]!) ? 'he' : 'she') : undefined;
}

/**
 * A sentence opening with a pronoun source: "According to him,", "In her view,", "For him,", "In its
 * opinion,": "he", "she" or "it".
 */
export function openingAccordingToPronoun(text: string): { pronoun: string; at: number } | undefined {
  const m =
    /^\s*(?:according\s+to\s+(him|her)|in\s+(his|her|its)\s+(?:view|opinion|words)|for\s+(him|her))\s*,/i.exec(
      text,
    );
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
  return { pronoun: word === 'its' ? 'it' : /^hi/.test(word) ? 'he' : 'she', at: m.index };
}
