// An acronym in parentheses right after a title it abbreviates ("Chief of Army Staff (COAS)", "Cabinet
// Secretary (CS)") names an office, not a body: the organisation the acronym step made of it is dropped,
// with its mentions. The title is the words before the parenthesis whose initials (with or without those
// of "of", "for" and "and") are the acronym, one of them a title word, the last no body's head word.
import { ORG_HEADS } from '../lexicon.js';
import type { Builder } from './builder.js';
import { isTitle } from './chunking.js';

/** The initials of words, capitalised ones only or with the connectors' too. */
function initialsOf(words: string[], withConnectors: boolean): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w) || (withConnectors && /^(?:of|for|and)$/.test(w)))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Whether the words right before "(acr)" ending at `open` are a title whose initials are `acr`. */
function titleBefore(work: string, open: number, acr: string): boolean {
  const line = work.slice(work.lastIndexOf('\n', open - 1) + 1, open);
  const words = line.trim().split(/\s+/).slice(-7);
  for (let i = words.length - 1; i >= 0; i--) {
    const run = words.slice(i);
    if (!/^\p{Lu}/u.test(run[0]!)) continue;
    if (initialsOf(run, false) !== acr && initialsOf(run, true) !== acr) continue;
    return run.some((w) => isTitle(w)) && !ORG_HEADS.has(run[run.length - 1]!.toLowerCase());
  }
  return false;
}

/** Drops acronym organisations that abbreviate a title they follow in parentheses. */
export function dropTitleAcronyms(b: Builder): void {
  for (const acr of [...b.entities.values()]) {
    if (acr.type !== 'Organization' || !/acronym/.test(acr.rule) || !/^[A-Z]{2,6}$/.test(acr.name)) continue;
    const ms = b.mentions.filter((m) => m.entity === acr);
    const titled = ms.some(
      (m) =>
        /\(\s*$/.test(b.work.slice(Math.max(0, m.start - 2), m.start)) &&
        /^\s*\)/.test(b.work.slice(m.end, m.end + 2)) &&
        titleBefore(b.work, b.work.lastIndexOf('(', m.start), acr.name),
    );
    if (!titled) continue;
    b.mentions = b.mentions.filter((m) => m.entity !== acr);
    b.entities.delete(acr.id);
  }
}
