// A body's long name that a bracketed acronym spells ("Pakistan Tehreek-e-Insaf (PTI)", "the Election
// Commission of Pakistan (ECP)", "the National Defense and Security Council (NDC)"): the chunker cuts such a
// name at a lower-case part, a function word or a country word, leaving a place ("Pakistan") or a shorter
// body ("Security Council") where the page names one body. The capitalised run before the bracket whose
// initials the acronym spells is then one organisation (rule entities/spelled-acronyms:spelled), over the
// shorter mentions inside it. Not when the run is a place or person the page already names, a document
// ("Convention on …"), a title ("… Minister (EAM)"), a run with no body's head word that ends in a place or
// joins two with "and", or a run some mention crosses.
import { isKnownPlace, ORG_HEADS, TITLE_WORDS } from '../lexicon.js';
import type { Builder } from './builder.js';

/** Words that link the parts of one long name ("Commission of Pakistan", "Defense and Security"). */
const LINKS = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);
/** Names of documents, plans and places of things, not bodies ("Vienna Convention …", "… Airport"). */
const THING_WORDS =
  /^(?:Convention|Treaty|Declaration|Agreement|Accords?|Pact|Protocol|Charter|Act|Initiative|Plan|Programme|Program|Strategy|Project|Code|Airport|Corridor|Resolution|Memorandum)$/;

/** The capitals that open a word's parts: "Tehreek-e-Insaf" T, I; "Co-operation" C; "People's" P. */
const wordInitials = (w: string) => (w.match(/(?<![\p{L}'’])\p{Lu}/gu) ?? []).join('');

/** Whether `acr` spells `initials`: all of them, or all but one inside (first and last kept), from 3 letters. */
function spells(acr: string, initials: string): boolean {
  if (acr === initials) return true;
  if (acr.length < 3 || initials.length !== acr.length + 1) return false;
  if (acr[0] !== initials[0] || acr[acr.length - 1] !== initials[initials.length - 1]) return false;
  for (let k = 1; k < initials.length - 1; k++)
    if (initials.slice(0, k) + initials.slice(k + 1) === acr) return true;
  return false;
}

/** The start of the run before `at` (same line, up to 12 words) whose initials `acr` spells, or undefined. */
function spelledStart(work: string, at: number, acr: string): number | undefined {
  const line = work.slice(Math.max(0, at - 160), at);
  const from = at - line.length + line.lastIndexOf('\n') + 1;
  const words = [...work.slice(from, at).matchAll(/[\p{L}][\p{L}'’.-]*|&|[^\s\p{L}&]+/gu)];
  let i = words.length;
  let caps = '';
  while (i > 0 && words.length - i < 12) {
    const w = words[i - 1]![0];
    const cap = /^\p{Lu}/u.test(w);
    if (!cap && !LINKS.has(w)) break;
    i--;
    if (!cap) continue;
    caps = wordInitials(w) + caps;
    if (caps.length > acr.length + 1) break;
    if (spells(acr, caps)) return from + words[i]!.index!;
  }
  return undefined;
}

export function spelledAcronyms(b: Builder): void {
  const { work } = b;
  if (!/\(\s*[A-Z][A-Za-z]{1,7}\s*\)/.test(work)) return;
  for (const x of work.matchAll(/([^\S\n]*)\(\s*([A-Z][A-Za-z]{1,7})\s*\)/g)) {
    // (Not a plural's acronym, a class of things: "Pacific Island Countries (PICs)".)
    const acr = x[2]!.replace(/\p{Ll}/gu, '');
    if (acr.length < 2 || acr.length < x[2]!.length - 2 || /s$/.test(x[2]!)) continue;
    const end = x.index!;
    if (!/\p{L}$/u.test(work.slice(0, end))) continue;
    const start = spelledStart(work, end, acr);
    if (start === undefined) continue;
    const surface = work.slice(start, end).replace(/\s+/g, ' ');
    const words = surface.split(' ');
    if (words.length < 2 || words.some((w) => THING_WORDS.test(w)) || isKnownPlace(surface)) continue;
    // (Not a title's acronym, "External Affairs Minister (EAM)", nor a possessive, "the Forum's (PIF)".)
    const last = words[words.length - 1]!;
    if (TITLE_WORDS.has(last.toLowerCase()) || /['’]s$/.test(last)) continue;
    // (Left to the others: a named person or place that is the whole run, a body already whole, a crossing.)
    if (b.mentions.some((m) => m.start === start && m.end === end)) continue;
    if (b.mentions.some((m) => (m.start < start && m.end > start) || (m.start < end && m.end > end)))
      continue;
    // (With no body's head word, a run ending in a named place is that place's long name, "Democratic
    // Republic of the Congo (DRC)", and one with "and" a pair of places, "St Kitts and Nevis (SKN)".)
    const headed = words.some((w) => ORG_HEADS.has(w.toLowerCase()));
    const placeLast = b.mentions.some((m) => m.end === end && m.entity.type === 'Place');
    if (!headed && (placeLast || words.some((w) => w === 'and' || w === '&'))) continue;
    const inner = b.mentions.filter((m) => m.start >= start && m.end <= end);
    b.mentions = b.mentions.filter((m) => !inner.includes(m));
    b.orgMention(start, end, surface, 'entities/spelled-acronyms:spelled');
    for (const m of inner) if (!b.mentions.some((y) => y.entity === m.entity)) b.entities.delete(m.entity.id);
  }
}
