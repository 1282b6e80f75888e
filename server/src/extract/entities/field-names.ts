// A body named with "of" and its field that runs on into a person's name in one capitalised chunk:
// "spokesman for the Ministry of Foreign Affairs Elman Abdullayev", "the head of the Department of Foreign
// Affairs Tomas Byrne" (classification.ts reads the body and the person apart).
import { demonymCountry, isFirstName, isKnownPlace, ORG_HEADS } from '../lexicon.js';
import type { Token } from '../text.js';
import { chamberOf, isTitle } from './chunking.js';
import { ORG_DOMAIN_WORD as ORG_DOMAIN } from './name-shapes.js';
import { HEAD_OF_MISSION, SPOKESPERSON } from '../role-nouns.js';

/** A role that owns the body before a chunk: "spokesman for the", "the head of the". */
const ROLE_OF_BODY_BEFORE = new RegExp(
  String.raw`\b(?:${SPOKESPERSON}|representative|official|minister|head|chief|director|adviser|advisor|${HEAD_OF_MISSION})\s+(?:for|of|at)\s+(?:the\s+)?$`,
  'i',
);

/**
 * "spokesman for the Ministry of Foreign Affairs Elman Abdullayev": a body named with "of" and its field
 * runs on into a person's name, two to four capitalised words after the field word (titles before them
 * allowed), the chunk set after a role that owns the body or the name opening with a known first name.
 * Gives where the body ends (its field word) and where the name starts.
 */
export function nameAfterField(
  work: string,
  c: Token[],
  ofHead: number,
): { field: number; from: number } | undefined {
  let field = -1;
  // (A chamber's members are its field: "the Chamber of Deputies Emilio Monzo".)
  for (let i = ofHead + 1; i < c.length; i++)
    if (ORG_DOMAIN.test(c[i]!.text) || (i === ofHead + 1 && chamberOf(c[ofHead - 1]!, c[i]!))) field = i;
  // (A country's name is the field too: "the Ice Hockey Federation of Latvia Janis Berzins", "the Bank of
  // South Sudan Ayuen Dhal"; the place's words right after "of", one to three of them.)
  if (field < 0) field = placeAfterOf(c, ofHead);
  if (field < 0) return undefined;
  let from = field + 1;
  while (from < c.length && isTitle(c[from]!.text)) from++;
  const rest = c.slice(from);
  if (rest.length < 2 || rest.length > 4) return undefined;
  const plain = rest.every(
    (t) =>
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      !ORG_HEADS.has(t.text.toLowerCase()) &&
      !ORG_DOMAIN.test(t.text) &&
      !isKnownPlace(t.text) &&
      !demonymCountry(t.text) &&
      !isTitle(t.text),
  );
  const before = work.slice(Math.max(0, c[0]!.start - 40), c[0]!.start);
  return plain && (ROLE_OF_BODY_BEFORE.test(before) || isFirstName(rest[0]!.text))
    ? { field, from }
    : undefined;
}

/** The index of the last word of a known place named by one to three words right after c[ofHead] ("of
 * South Sudan"), the longest such place, or -1. */
function placeAfterOf(c: Token[], ofHead: number): number {
  for (let n = 3; n >= 1; n--) {
    const words = c.slice(ofHead + 1, ofHead + 1 + n);
    if (words.length === n && isKnownPlace(words.map((t) => t.text).join(' '))) return ofHead + n;
  }
  return -1;
}
