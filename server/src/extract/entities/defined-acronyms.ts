// Acronyms a page defines in brackets after something that is no body, so that no later step takes them for
// an organisation: a treaty or another document ("the United Nations Convention on the Law of the Sea
// (UNCLOS)", "the Single Draft Negotiating Text (SNDT)", "an executive order (EO)"), whose every mention then
// names nothing; or a person or place the page already names, whose initials the acronym spells ("Andrés
// Manuel López Obrador (AMLO)", "St Vincent and the Grenadines (SVG)"), whose every mention is then that one.
// A body's own name before the brackets ("North Atlantic Treaty Organization (NATO)") is left to the others.
import type { Builder, PendingSingle } from './builder.js';
import type { Entity } from './types.js';

/** Head words of documents, acts and agreements (a name's head: its last capitalised word before "of", "on"…). */
const DOCUMENT_HEADS = new Set(
  (
    'convention treaty declaration agreement accord accords pact protocol charter act text plan framework ' +
    'memorandum resolution code deal scheme strategy roadmap communique communiqué'
  ).split(' '),
);
/** Heads of documents only when lower-case ("an executive order", but the "Sovereign Military Order of Malta"). */
const LOWER_DOCUMENT_HEADS = new Set(['order', 'decree', 'law', 'bill', 'directive']);
/** Words that link the parts of one long name ("Convention on the Law of the Sea"). */
const LINKS = new Set(['of', 'on', 'the', 'for', 'and', 'to', 'in', 'against', '&']);
const LINK_AFTER_HEAD = new Set(['of', 'on', 'for', 'to', 'in', 'against']);

/** The head of the name that ends just before the bracket, or of the lower-case phrase there. */
function headBefore(before: string): string | undefined {
  const words = before.match(/[\p{L}][\p{L}'’.-]*|&/gu) ?? [];
  if (words.length === 0) return undefined;
  const last = words[words.length - 1]!;
  // "an executive order (EO)": a lower-case phrase's head is its last word.
  if (/^\p{Ll}/u.test(last)) return last;
  // Back over the capitalised name and its links to its first word; the head is the word before its first
  // link ("Convention" of "Vienna Convention on Diplomatic Relations"), else its last word.
  let i = words.length - 1;
  while (i > 0 && (/^\p{Lu}/u.test(words[i - 1]!) || LINKS.has(words[i - 1]!))) i--;
  while (i < words.length - 1 && LINKS.has(words[i]!)) i++;
  const name = words.slice(i);
  const link = name.findIndex((w, k) => k > 0 && LINK_AFTER_HEAD.has(w));
  return link > 0 ? name[link - 1] : last;
}

/** Whether `acronym` spells the initials of `name`'s capitalised words (every one of them, in order). */
function spellsInitials(acronym: string, name: string): boolean {
  const initials = (name.match(/(?<![\p{L}'’])\p{Lu}/gu) ?? []).join('');
  return initials.length >= 2 && initials === acronym;
}

/** The named person or place whose mention ends just before `at` (spaces between). */
function namedBefore(b: Builder, at: number): Entity | undefined {
  let end = at;
  while (end > 0 && /\s/.test(b.work[end - 1]!)) end--;
  const m = b.mentions.find((x) => x.end === end && !x.nominal && x.entity.type !== 'Organization');
  return m?.entity;
}

/**
 * The acronyms bracketed after a document's name (null: they name nothing) or after a named person or place
 * whose initials they spell (that entity), by acronym.
 */
export function definedAcronyms(b: Builder, pendings: PendingSingle[]): Map<string, Entity | null> {
  const out = new Map<string, Entity | null>();
  for (const t of pendings) {
    if (out.has(t.text) || !/^[A-Z]{2,6}$/.test(t.text)) continue;
    const open = /\(\s*$/.exec(b.work.slice(Math.max(0, t.start - 3), t.start));
    if (!open || !/^\s*\)/.test(b.work.slice(t.end, t.end + 3))) continue;
    const bracket = t.start - open[0].length;
    const named = namedBefore(b, bracket);
    if (named) {
      if (spellsInitials(t.text, named.name)) out.set(t.text, named);
      continue;
    }
    const line = b.work.slice(Math.max(0, bracket - 120), bracket).split(/[\n.;:!?“”"(]/u);
    const head = headBefore(line[line.length - 1] ?? '');
    if (head && (DOCUMENT_HEADS.has(head.toLowerCase()) || LOWER_DOCUMENT_HEADS.has(head)))
      out.set(t.text, null);
  }
  return out;
}
