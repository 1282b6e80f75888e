// A body's unnamed spokesperson speaking again (session 28). "A State Department spokesman said: “…”"
// then "“…,” he said": the pronoun is the same unnamed spokesperson, so the body speaks, when no person was
// named since. "A spokesperson for the German Foreign Office said the envoy was summoned." then "“…,” the
// spokesperson said": the body whose spokesperson the text last named, though no quotation came before.
import type { Entity, Mention } from '../entities/index.js';
import { indexAt } from '../text.js';
import type { Attribution } from './speakers.js';
import { SPOKESPERSON } from '../role-nouns.js';
import { unnamedOfficialBody } from './unnamed-official.js';

const PRONOUN_RULES = new Set(['quotes:pronoun', 'quotes:pronoun-before']);
/** "the spokesman said", "the spokeswoman added" (not "the spokesman for X"). */
const THE_SPOKESPERSON = new RegExp(String.raw`\bthe\s+${SPOKESPERSON}\b(?!\s+(?:for|of|at)\b)`, 'i');
/** A spokesperson phrase whose body follows ("a spokeswoman for the", "the spokesman of"). */
const SPOKES_FOR = new RegExp(String.raw`\b${SPOKESPERSON}\s+(?:for|of|at)\s+(?:the\s+)?$`, 'i');
/** A body right before its spokesperson ("a Foreign Office spokesman"), no name after it. */
const SPOKES_AFTER = new RegExp(String.raw`^\s+${SPOKESPERSON}\b(?!\s+\p{Lu})`, 'u');

/**
 * The body for a pronoun after its unnamed spokesperson's quotation: `previous` the last speaker, a body
 * whose spokesperson spoke (`bySpokesperson`), `previousEnd` where that quotation closed.
 */
export function spokespersonPronoun(
  found: Attribution | undefined,
  previous: Entity | undefined,
  bySpokesperson: boolean,
  previousEnd: number,
  persons: Mention[],
  open: number,
): Attribution | undefined {
  if (!found || !PRONOUN_RULES.has(found.rule) || !bySpokesperson) return undefined;
  if (previous?.type !== 'Organization' || previousEnd < 0 || open - previousEnd > 600) return undefined;
  // (A person named since is whom the pronoun stands for.)
  const j = indexAt(persons, open - 1);
  if (j >= 0 && persons[j]!.end > previousEnd) return undefined;
  return { speaker: previous, rule: 'quotes:spokesperson-pronoun' };
}

/**
 * "“…,” the spokesperson said" with no body found: the organisation whose spokesperson the text named last
 * before the quotation (within 1,200 characters), when no person was named between.
 */
export function lastSpokespersonBody(
  work: string,
  all: Mention[],
  attribution: string,
  open: number,
): Attribution | undefined {
  if (!/spokes/i.test(attribution) || !THE_SPOKESPERSON.test(attribution)) return undefined;
  for (let j = indexAt(all, open - 1); j >= 0; j--) {
    const m = all[j]!;
    if (m.start < open - 1200) break;
    if (m.end > open) continue;
    if (m.entity.type === 'Person') return undefined;
    if (m.entity.type !== 'Organization') continue;
    const before = work.slice(Math.max(0, m.start - 40), m.start);
    if (SPOKES_FOR.test(before) || SPOKES_AFTER.test(work.slice(m.end, m.end + 30)))
      return { speaker: m.entity, rule: 'quotes:last-spokesperson-body' };
  }
  return undefined;
}

/** The body of an unnamed voice speaking again: "the spokesperson said" (above), "the official said". */
export function lastUnnamedVoiceBody(
  work: string,
  all: Mention[],
  attribution: string,
  open: number,
): Attribution | undefined {
  return (
    lastSpokespersonBody(work, all, attribution, open) ?? unnamedOfficialBody(work, all, attribution, open)
  );
}
