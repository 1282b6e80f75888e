// The shape of a gold participant's mention that a found event left out though the gold evidence names it,
// as word classes only (no content words, no names), so the blind split's misses can be sized by shape:
// the mention's form (the entity's name, or another form such as a demonym), the closed-class word or
// punctuation right before and after it in the evidence, and its side of the found event's own participants.
import type { Span } from '@dossier/model';

const FUNCTION_WORDS = new Set(
  'of from to in and or with by against on the at for as into over between including among its their'.split(
    ' ',
  ),
);

/** A token's class: a function word as itself, punctuation as itself, else capitalised/number/word. */
function tokenClass(token: string | undefined): string {
  if (!token) return 'edge';
  const t = token.toLowerCase();
  if (FUNCTION_WORDS.has(t)) return t;
  if (/^[’']s$/.test(t)) return "'s";
  if (/^\p{P}+$/u.test(token)) return token.slice(0, 1);
  if (/^\d/.test(token)) return 'number';
  return /^\p{Lu}/u.test(token) ? 'capitalised' : 'word';
}

const tokens = (s: string) => s.match(/[’']s\b|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|\S/gu) ?? [];

/** Word classes of the first mention of `mentions` inside `evidence`, relative to the `inside` mentions. */
export function outMentionShape(
  mentions: readonly Span[],
  names: readonly string[],
  evidence: readonly Span[],
  inside: readonly Span[],
  found: readonly Span[],
): string[] {
  for (const ev of evidence)
    for (const m of mentions) {
      if (m.start < ev.start || m.end > ev.end) continue;
      const before = tokens(ev.text.slice(0, m.start - ev.start));
      const after = tokens(ev.text.slice(m.end - ev.start));
      const norm = (s: string) => s.toLowerCase().replace(/^the /, '');
      const form = names.some((n) => norm(n) === norm(m.text)) ? 'name' : 'other-form';
      const ins = inside.filter((s) => s.start >= ev.start && s.end <= ev.end);
      const side = !ins.length
        ? 'no-participant-in-sentence'
        : ins.every((s) => s.start > m.start)
          ? 'before-participants'
          : ins.every((s) => s.start < m.start)
            ? 'after-participants'
            : 'between-participants';
      const lastIn = ins.filter((s) => s.end <= m.start).at(-1);
      const gap = lastIn ? ev.text.slice(lastIn.end - ev.start, m.start - ev.start) : '';
      const marks = [':', '–', '—', '(', ';', '.', '\n'].filter((x) => gap.includes(x));
      const sameSentence = found.some((f) => f.start <= m.start && f.end >= m.end);
      return [
        `form:${form}`,
        `in-found-evidence:${sameSentence}`,
        `marks-since-participant:${lastIn ? marks.join('') || 'none' : 'no-participant-before'}`,
        `before:${tokenClass(before.at(-2))} ${tokenClass(before.at(-1))}`,
        `after:${tokenClass(after[0])}`,
        `side:${side}`,
      ];
    }
  return ['mention-not-inside-one-evidence-span'];
}
