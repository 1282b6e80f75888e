// "according to him", "according to her" (common in machine-translated copies): a pronoun source, read as
// "he" or "she" for the person it stands for; not a possessive ("according to her ministry").

/** "he"/"she" when `rest` (text at pos) opens with "him"/"her" that "according to" right before governs. */
export function accordingToPronoun(work: string, pos: number, rest: string): string | undefined {
  if (!/\baccording\s+to\s+$/i.test(work.slice(Math.max(0, pos - 14), pos))) return undefined;
  const m = /^(him|her)(?=\s*(?:[,.;:!?”"]|$))/i.exec(rest);
  return m ? (/^him$/i.test(m[1]!) ? 'he' : 'she') : undefined;
}

/** A sentence opening "According to him," / "According to her,": "he" or "she". */
export function openingAccordingToPronoun(text: string): { pronoun: string; at: number } | undefined {
  const m = /^\s*according\s+to\s+(him|her)\s*,/i.exec(text);
  return m ? { pronoun: /^him$/i.test(m[1]!) ? 'he' : 'she', at: m.index } : undefined;
}
