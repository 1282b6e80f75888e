// An object pronoun where a noun phrase starts: "summoned him", "expelled her on Monday" (not "her
// ambassador", where "her" is a determiner). The rules resolve it to the person last named (clause.ts
// referents), never to the speaker of the quotation it stands in.
const OBJECT_PRONOUN =
  /^\s*(him|her)(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|to|over|for|and|after|before|amid|following|yesterday|today|last|this|earlier|again|twice|once|because|from|about)\b)/;

/** The pronoun opening `text` (which starts at `pos`), as "he" or "she", and where it stands. */
export function objectPronounAt(
  text: string,
  pos: number,
): { start: number; end: number; pronoun: 'he' | 'she' } | undefined {
  const pro = OBJECT_PRONOUN.exec(text);
  if (!pro) return undefined;
  const end = pos + pro[0].length;
  return { start: end - pro[1]!.length, end, pronoun: pro[1] === 'him' ? 'he' : 'she' };
}
