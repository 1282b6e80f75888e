// A capitalised "The" inside a sentence that opens a name ("a statement to The Daily Courier"): the chunk
// keeps it, and the run is a body's or a publication's name (classification.ts). A "The" at a sentence's
// or a line's start, or before a known place, body, title or demonym, is the sentence's word as before.
import {
  demonymCountry,
  isCommonWord,
  isKnownPlace,
  KNOWN_ORGS,
  ORG_ALIASES,
  ORG_HEADS,
} from '../lexicon.js';
import type { Token } from '../text.js';
import { isTitle } from './chunking.js';

/** A publication's head word: its name keeps its "The" ("The Morning Post"); a ministry's does not. */
const PUBLICATION_HEAD = /^(?:news|times|post|journal|herald|tribune|gazette|telegraph|guardian)$/;

/**
 * "a statement to The Daily Courier", "reported by The Harbour": a capitalised "The" inside a sentence
 * (after a lower-case word or a comma on the same line) opens the name of a body or a publication, when the
 * rest is one to three words no lexicon knows as a place, a body, a title or a demonym.
 */
export function theInName(work: string, c: Token[], sentStarts: Set<number>): boolean {
  if (c.length < 2 || c.length > 4 || c[0]!.text !== 'The' || sentStarts.has(c[0]!.start)) return false;
  if (!/[\p{Ll},][^\S\n]$/u.test(work.slice(Math.max(0, c[0]!.start - 2), c[0]!.start))) return false;
  const rest = c.slice(1);
  const key = rest.map((t) => t.text.toLowerCase()).join(' ');
  const head = rest[rest.length - 1]!.text.toLowerCase();
  return (
    (!ORG_HEADS.has(head) || PUBLICATION_HEAD.test(head)) &&
    (rest.length >= 2 || PUBLICATION_HEAD.test(head) || !isCommonWord(rest[0]!.text)) &&
    !KNOWN_ORGS.has(key) &&
    !(key in ORG_ALIASES) &&
    !isKnownPlace(key) &&
    rest.every((t) => /^\p{Lu}/u.test(t.text) && !isTitle(t.text) && !demonymCountry(t.text))
  );
}
