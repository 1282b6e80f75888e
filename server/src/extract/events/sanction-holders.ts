// A body named in the sanctions' object only as where the one sanctioned serves: "sanctions on ICC
// Prosecutor X", "on the Gazprom chief executive, X" (the officer is sanctioned, not the body). Reads the
// words between the body's mention and the next person's: the officer titles of role-nouns.ts.
import type { NounPhrase } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { BODY_TITLE } from '../role-nouns.js';
import type { Sentence } from '../text.js';

/** Between a body and its officer's name: a bracketed abbreviation, up to two words, the title, a comma. */
const OFFICER_GAP = new RegExp(
  String.raw`^\)?\s+(?:\(\p{Lu}[\p{L}.]{1,10}\)\s+)?(?:(?!(?:and|or|its|his|her|their|the|of|with|to)\s)[\p{L}-]+\s+){0,2}?${BODY_TITLE}(?:\s*,\s*|\s+)(?:(?:Dr|Prof)\.?\s+)?$`,
  'iu',
);

/** A title that opens a person's mention. */
const TITLE_LEAD = new RegExp(String.raw`^${BODY_TITLE}\s+`, 'i');

/** The targets with each body that only titles the officer named after it replaced by that officer. */
export function officersForBodies(
  c: Ctx,
  s: Sentence,
  patient: NounPhrase | undefined,
  targets: Entity[],
): Entity[] {
  if (!patient || !targets.some((t) => t.type === 'Organization')) return targets;
  const out: Entity[] = [];
  for (const t of targets) {
    const officer = t.type === 'Organization' ? officerAfter(c, s, patient, t) : undefined;
    const kept = officer ?? t;
    if (!out.includes(kept)) out.push(kept);
  }
  return out;
}

function officerAfter(c: Ctx, s: Sentence, patient: NounPhrase, body: Entity): Entity | undefined {
  const m = c
    .inRange(patient.start, Math.min(s.end, patient.end + 1), ['Organization'], true)
    .find((x) => x.entity === body);
  if (!m) return;
  const person = c
    .inRange(m.end, Math.min(s.end, m.end + 60), ['Person'], true)
    .find((x) => x.start >= m.end);
  if (!person) return;
  // (The title may open the person's mention: "ICC Prosecutor X".)
  const titled = TITLE_LEAD.exec(c.work.slice(person.start, person.end))?.[0] ?? '';
  if (!OFFICER_GAP.test(c.work.slice(m.end, person.start) + titled)) return;
  return person.entity;
}
