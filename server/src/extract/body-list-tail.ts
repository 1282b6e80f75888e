// A list that ends a page: "The individuals are the following:" and then one name a line, with no end
// punctuation ("• Jane Doe, Minister of Defence"). body.ts ends the body at the last line that ends a
// sentence, which would cut such a list off; these lines stay in the body when a sentence's colon leads them.

/** A line of a list: short, a bullet, a number or a capital first, no link. */
const LIST_ITEM = /^(?:[-–—•*·]|\d{1,2}[.)])?\s*\p{Lu}/u;
/** A colon lead of a page's furniture, not of the article: "Read more:", "Related:", "Tags:", "Share:". */
const FURNITURE_LEAD = /^(?:read|related|see|more|also|tags?|topics?|share|follow|sources?|photos?|watch)\b/i;

/**
 * The last line of the body once a list led by a colon at or right after `endLine` is kept: the lead is a sentence of five
 * words or more, and every line after it is a short list item (at most 40), else `endLine` as it was.
 */
export function listTailEnd(ls: readonly { text: string }[], endLine: number): number {
  // (The lead ends on a colon, no sentence's end: it is the line right after the body's last.)
  const at = /:$/.test(ls[endLine]?.text ?? '') ? endLine : endLine + 1;
  const lead = ls[at]?.text;
  // (A lead of its own line: one sentence, no paragraph's earlier sentences before it.)
  if (!lead || !/:$/.test(lead) || FURNITURE_LEAD.test(lead) || lead.split(/\s+/).length < 5) return endLine;
  if (/[.!?]\s+\p{Lu}/u.test(lead)) return endLine;
  const items = ls.slice(at + 1);
  if (!items.length || items.length > 40) return endLine;
  const listed = items.every(
    (l) => l.text.length <= 140 && LIST_ITEM.test(l.text) && !/https?:|www\./.test(l.text),
  );
  return listed ? ls.length - 1 : endLine;
}
