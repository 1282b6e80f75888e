// A counterpart known by its state alone ("met his Chinese counterpart"): the one person of that state the
// article named before, else the one person named before right after the same demonym and a role ("his
// Chinese counterpart, X"), else the one named after so ("his Chinese counterpart X" after a headline's "meets
// Chinese counterpart"), else the one named after with the same title as the person whose counterpart it is
// (of several persons of that state named after, the one with that title).
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { patternOf } from '../regex-matches.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

/**
 * "his Chinese counterpart" with no name after it (a headline's "meets Chinese counterpart" without the
 * possessive): the counterpart is known by the state alone.
 */
export const UNNAMED_COUNTERPART =
  /^\s*(?:(?:his|her|their|its)\s+)?((?:North\s+|South\s+)?\p{Lu}\p{Ll}+)\s+(?:counterpart|host|guest|opposite number)\b(?!\s*,?\s*\p{Lu})/u;

/**
 * The one person named before pos whose nationality the demonym gives ("Chinese President X"), else the
 * one named before after the demonym and a role ("his Iranian counterpart, X"), else the one named after
 * it with the same title as the person whose counterpart it is.
 */
export function counterpartOf(h: RuleHit, pos: number, demonym: string): Entity[] {
  const country = demonymCountry(demonym);
  if (!country) return [];
  const named = new Set(
    h.c
      .inRange(0, pos, P)
      .map((m) => m.entity)
      .filter((e) => e.nationality === country),
  );
  if (named.size) return named.size === 1 ? [...named] : [];
  // Named before right after the demonym and a role ("his Iranian counterpart, X"): that one person.
  const after = patternOf(`\\b${demonym}\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+\\s*,?\\s*$`, 'u');
  const titled = new Set(
    h.c
      .inRange(0, pos, P)
      .filter((m) => after.test(h.c.work.slice(Math.max(0, m.start - 60), m.start)))
      .map((m) => m.entity),
  );
  if (titled.size === 1) return [...titled];
  // Named later as "his Indian counterpart(,) (President) X" (a headline's "meets Indian counterpart"): that one.
  // (Within one line: a headline's "meets Indian counterpart" does not name the body's first person.)
  const called = patternOf(
    `\\b${demonym}[^\\S\\n]+counterpart[^\\S\\n]*,?[^\\S\\n]*(?:\\p{Lu}[\\p{L}.'’-]*[^\\S\\n]+){0,3}$`,
    'u',
  );
  const later = new Set(
    h.c
      .inRange(pos, h.c.work.length, P)
      .filter((m) => called.test(h.c.work.slice(Math.max(0, m.start - 60), m.start)))
      .map((m) => m.entity),
  );
  if (later.size === 1) return [...later];
  // Named only later ("… met his Chinese counterpart. Chinese Foreign Minister X said …"): the one
  // person of that country whose title is the title of the one whose counterpart it is.
  const ofState = new Set(
    h.c
      .inRange(pos, h.c.work.length, P)
      .map((m) => m.entity)
      .filter((e) => e.nationality === country),
  );
  const title = h.c.lastPersonBefore(pos)?.title?.toLowerCase();
  const same = title ? [...ofState].filter((e) => e.title?.toLowerCase() === title) : [];
  // (Of several persons of that country, the one with that title: the president's counterpart is the
  // president, not the prime minister. A headline's counterpart is the one person of that country the body
  // names, whatever the titles' wording: "Jaishankar meets Saudi counterpart" over "External Affairs
  // Minister X met Saudi Foreign Minister Y".)
  const headline = h.s === h.c.sents[0];
  return same.length === 1 ? same : headline && ofState.size === 1 ? [...ofState] : [];
}
