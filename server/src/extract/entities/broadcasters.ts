// A broadcaster whose name opens with its head word ("Radio Liberty", "Radio Free Asia", "Radio Television
// Serbia"), and two such names joined by a slash ("Radio Free Europe / Radio Liberty"): one organisation,
// named without spaces around the slash; a place inside it ("Europe", "Asia") is no mention of its own.
// The name stops before a title, a known first name, a month or a weekday ("Radio Liberty Director X").
import { isFirstName } from '../lexicon.js';
import type { Builder } from './builder.js';
import { isTitle, MONTHS, WEEKDAYS } from './chunking.js';
import { matchesOf } from '../regex-matches.js';

const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const NAME = String.raw`(?:Radio|Television)(?:[^\S\n]+${WORD}){1,3}`;
const BROADCASTER = new RegExp(String.raw`\b${NAME}(?:[^\S\n]*\/[^\S\n]*${NAME})?`, 'gu');
/** A capitalised word right before: the head word ends a name ("Vatican Radio"), the head-word rule's. */
const CAP_BEFORE = /\p{Lu}[\p{L}'’-]*[^\S\n]+$/u;

/** The name's part up to the first word that cannot belong to it, or undefined when only the head is left. */
function trimmed(part: string): string | undefined {
  const words = part.trim().split(/[^\S\n]+/);
  let n = 1;
  while (
    n < words.length &&
    !isTitle(words[n]!) &&
    !isFirstName(words[n]!) &&
    !MONTHS.test(words[n]!) &&
    !WEEKDAYS.test(words[n]!)
  )
    n++;
  return n > 1 ? words.slice(0, n).join(' ') : undefined;
}

export function broadcasters(b: Builder, work: string): void {
  for (const m of matchesOf(BROADCASTER, work)) {
    if (CAP_BEFORE.test(work.slice(Math.max(0, m.index - 30), m.index))) continue;
    const parts = m[0].split('/');
    const first = trimmed(parts[0]!);
    if (!first) continue;
    // (The second name counts only when the first ran up to the slash.)
    const second = parts[1] !== undefined && first === parts[0]!.trim() ? trimmed(parts[1]) : undefined;
    const s = m.index;
    const e = second ? m.index + m[0].lastIndexOf(second) + second.length : s + first.length;
    const name = second ? `${first}/${second}` : first;
    b.mentions = b.mentions.filter((x) => !(x.start >= s && x.end <= e));
    b.mention(b.get('Organization', name, 'entities/patterns:broadcaster'), s, e);
  }
}
