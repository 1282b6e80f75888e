// A roster of persons each given by a role first: "(was received by) his Chief of Staff, Prof. A; the
// Chief of Defence Staff, Gen. B; service chiefs and the Inspector General of Police, C, among other
// officials". Each item is "<role words>, <titles> <Name>", items are set apart by semicolons (", and" or
// "; and" before the last). A role phrase that names a person itself ("Buhari's Chief of Staff") or a name
// that runs on into a verb ("…, A said") is no item. meetings.ts reads the persons met from it.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';

/** An item's role: words up to a comma, a short bracket allowed ("Inspector General of Police (IG)"). */
const ROLE =
  /^\s*(?:and\s+)?(?:(?:his|her|their|its|the)\s+)?(\p{L}[^,;:()]{1,70}?(?:\s*\([^()]{1,12}\))?),\s+/u;
/** Titles between the role's comma and the name ("Prof.", "Gen.", "Mr"). */
const TITLES = /^(?:\p{Lu}[\p{L}]{0,5}\.?\s+){0,2}$/u;
/** After an item's name: the next item's separator, or the roster's end. */
const NEXT = /^\s*(?:;\s*|,\s+and\s+|,\s+(?=among|amongst|and|as well as|who|on\s|at\s|in\s)|(?=[.]|$))/;

/** The persons of a roster at pos (at least two items, one set off by a semicolon), else empty. */
export function rosterPersons(c: Ctx, pos: number, limit: number): Entity[] {
  const out: Entity[] = [];
  let at = pos;
  let semicolon = false;
  for (;;) {
    const role = ROLE.exec(c.work.slice(at, limit));
    if (!role) break;
    const from = at + role[0].length;
    const p = c.inRange(from, Math.min(limit, from + 60), P, true)[0];
    if (!p || p.nominal || !TITLES.test(c.work.slice(from, p.start))) break;
    // The role names no person itself ("Buhari's Chief of Staff").
    if (c.inRange(at, from, P, true).length) break;
    const next = NEXT.exec(c.work.slice(p.end, limit));
    if (!next) break;
    if (!out.includes(p.entity)) out.push(p.entity);
    if (next[0].includes(';')) semicolon = true;
    if (!/[;]|\band\b/.test(next[0])) break;
    at = p.end + next[0].length;
  }
  return out.length >= 2 && semicolon ? out : [];
}
