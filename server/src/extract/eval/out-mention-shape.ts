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

/**
 * Where a gold participant a found event leaves out, and its evidence never names, is named instead: in the
 * gold relation's own evidence or not, how many lines after the event's evidence, and the shape of that
 * line (short or long, a bullet or number first, the name first), word classes only.
 */
export function unnamedMentionShape(
  text: string,
  mentions: readonly Span[],
  eventEvidence: readonly Span[],
  relationEvidence: readonly Span[],
  found: readonly Span[] = [],
): string[] {
  const m =
    mentions.find((x) => relationEvidence.some((r) => x.start >= r.start && x.end <= r.end)) ?? mentions[0];
  if (!m) return ['no-mention'];
  const inRelation = relationEvidence.some((r) => m.start >= r.start && m.end <= r.end);
  const evEnd = Math.max(...eventEvidence.map((e) => e.end));
  const evStart = Math.min(...eventEvidence.map((e) => e.start));
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const nl = text.indexOf('\n', m.end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  const linesBetween =
    m.start >= evEnd
      ? text
          .slice(evEnd, lineStart)
          .split('\n')
          .filter((l) => l.trim()).length
      : -text
          .slice(m.end, evStart)
          .split('\n')
          .filter((l) => l.trim()).length;
  const lead = text.slice(lineStart, m.start);
  // Up from the mention's line past lines that open as it does ("Name – …"), to the line that heads them.
  const all = text.split('\n');
  const n = text.slice(0, lineStart).split('\n').length - 1;
  const dashy = (l: string) =>
    /^\s*(?:[-–—•*·]\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+[–—-]{1,2}\s/u.test(l);
  let k = n - 1;
  while (k >= 0 && (!all[k]!.trim() || dashy(all[k]!))) k--;
  const head = k >= 0 ? all[k]!.trim() : '';
  const headClass = !head
    ? 'none'
    : /:$/.test(head)
      ? 'colon'
      : /[.!?"”]$/.test(head)
        ? 'sentence'
        : head.length < 80
          ? 'short-no-stop'
          : 'long-no-stop';
  const headAt = all.slice(0, k).join('\n').length + (k > 0 ? 1 : 0);
  const foundEnd = found.length ? Math.max(...found.map((f) => f.end)) : -1;
  const fromFound =
    foundEnd < 0
      ? 'no-found-evidence'
      : foundEnd > headAt + head.length + 1
        ? 'found-evidence-after-head'
        : String(
            Math.min(
              3,
              text
                .slice(foundEnd, headAt)
                .split('\n')
                .filter((l) => l.trim()).length,
            ),
          );
  return [
    `head-line:${dashy(line) ? headClass : 'not-a-dash-line'}`,
    `head-lines-after-found-evidence:${dashy(line) ? fromFound : '-'}`,
    `in-relation-evidence:${inRelation}`,
    `lines-from-event:${m.start < evStart ? 'before' : linesBetween === 0 ? 'same-or-next-line' : linesBetween <= 3 ? String(linesBetween) : '4+'}`,
    `line:${line.length < 100 ? 'short' : 'long'}`,
    `line-lead:${!lead.trim() ? 'name-first' : /^\s*(?:[-–—•*·]|\d+[.)])/.test(lead) ? 'bullet' : 'words'}`,
    `after:${tokenClass(tokens(text.slice(m.end, m.end + 40))[0])}`,
  ];
}
